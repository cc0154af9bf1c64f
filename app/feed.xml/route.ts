import { cacheArchiveRender } from "@/lib/cache/scope";
import { listsTag } from "@/lib/cache/tags";
import { getSiteFeed, rssResponse } from "@/lib/feeds/feeds";

/** The whole archive's feed: a cached render, invalidated with the lists on each publication. */
async function siteFeed(): Promise<string> {
  "use cache";
  cacheArchiveRender(listsTag);
  return getSiteFeed();
}

export async function GET() {
  return rssResponse(await siteFeed());
}

import { getSiteFeed, rssResponse } from "@/lib/feeds/feeds";

/** Built once at build time, like the pages it mirrors. */
export const dynamic = "force-static";

export function GET() {
  return rssResponse(getSiteFeed());
}

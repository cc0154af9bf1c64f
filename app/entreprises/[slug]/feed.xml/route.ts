import { getEntityFeed, rssResponse } from "@/lib/feeds/feeds";

/** None built ahead: each feed renders on its first request, then is cached. */
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return rssResponse(getEntityFeed("company", (await params).slug));
}

import { getEntitySlugs } from "@/lib/entities/entity-pages";
import { getEntityFeed, rssResponse } from "@/lib/feeds/feeds";

export function generateStaticParams() {
  return getEntitySlugs("company");
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return rssResponse(getEntityFeed("company", (await params).slug));
}

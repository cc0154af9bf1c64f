import type { MetadataRoute } from "next";
import { getArchive } from "@/lib/archive/archive";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { listsTag } from "@/lib/cache/tags";
import { sitemapEntries } from "@/lib/seo/sitemap";
import { site } from "@/lib/site/site";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  "use cache";
  cacheArchiveRender(listsTag);
  return sitemapEntries(getArchive(), site.url);
}

import type { MetadataRoute } from "next";
import { getArchive } from "@/lib/archive";
import { sitemapEntries } from "@/lib/seo/sitemap";
import { site } from "@/lib/site";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getArchive(), site.url);
}

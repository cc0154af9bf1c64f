import type { MetadataRoute } from "next";
import type { Archive } from "../archive";
import type { Article } from "../content/article";
import { getCompanyProfile, getCountryProfile, getThemeProfile } from "../entities/entity-pages";
import { articlePath, entityPath, entityRoutes } from "../entities/entity-paths";
import { modifiedAt, newestChange } from "./archive-dates";

function entry(siteUrl: string, path: string, lastModified: string | undefined): MetadataRoute.Sitemap[number] {
  return { url: `${siteUrl}${path}`, ...(lastModified ? { lastModified } : {}) };
}

/**
 * Every page a reader can land on: sections, the chronology both ways,
 * articles, and the first page of each entity. `lastmod` is the archive's own
 * date (a full timestamp): an article's last correction or publication, a
 * list's newest change among its articles; a page with no article has none.
 * Never the text's date, which may be only a year.
 */
export function sitemapEntries(archive: Archive, siteUrl: string): MetadataRoute.Sitemap {
  const latest = newestChange(archive.articles);
  const { companies, countries, themes } = archive.registry;
  const timelineDate = (timeline: { article: Article }[] | undefined) => newestChange((timeline ?? []).map((e) => e.article));
  return [
    entry(siteUrl, "/", latest),
    entry(siteUrl, "/articles", latest),
    ...Object.values(entityRoutes).map((path) => entry(siteUrl, path, latest)),
    entry(siteUrl, "/chronologie", latest),
    entry(siteUrl, "/chronologie/recents", latest),
    ...archive.articles.map((a) => entry(siteUrl, articlePath(a.slug), modifiedAt(a))),
    ...[...companies.keys()].map((slug) => entry(siteUrl, entityPath("company", slug), timelineDate(getCompanyProfile(slug, archive)?.timeline))),
    ...[...countries.keys()].map((slug) => entry(siteUrl, entityPath("country", slug), timelineDate(getCountryProfile(slug, archive)?.timeline))),
    ...[...themes.keys()].map((slug) => entry(siteUrl, entityPath("theme", slug), timelineDate(getThemeProfile(slug, archive)?.timeline))),
  ];
}

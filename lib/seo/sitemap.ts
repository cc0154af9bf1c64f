import type { MetadataRoute } from "next";
import type { Archive } from "../archive";
import type { Article } from "../content/article";
import type { ArchiveDate } from "../dates";
import { getCompanyProfile, getCountryProfile, getThemeProfile } from "../entities/entity-pages";
import { articlePath, entityPath, entityRoutes } from "../entities/entity-paths";

/**
 * The calendar day a date starts on, as "YYYY-MM-DD" (a W3C datetime the
 * sitemap protocol accepts), without going through UTC so no day shifts.
 * @example isoDay(parseArchiveDate("2020-04", "month")) // "2020-04-01"
 */
export function isoDay(date: ArchiveDate): string | undefined {
  if (!date.start) return undefined;
  const d = date.start;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Date of the newest dated article, or undefined when none is dated. */
function newest(articles: readonly Article[]): string | undefined {
  let best: Article | undefined;
  for (const a of articles) if (a.date.start && (!best || a.date.sortKey > best.date.sortKey)) best = a;
  return best && isoDay(best.date);
}

function entry(siteUrl: string, path: string, lastModified: string | undefined): MetadataRoute.Sitemap[number] {
  return { url: `${siteUrl}${path}`, ...(lastModified ? { lastModified } : {}) };
}

/**
 * Every page a reader can land on: sections, articles, and the first page of
 * each entity, each dated by its newest article (undated pages carry no date).
 */
export function sitemapEntries(archive: Archive, siteUrl: string): MetadataRoute.Sitemap {
  const latest = newest(archive.articles);
  const { companies, countries, themes } = archive.registry;
  const pageEntry = (path: string, profile: { timeline: { article: Article }[] } | undefined) =>
    profile ? [entry(siteUrl, path, newest(profile.timeline.map((e) => e.article)))] : [];
  return [
    entry(siteUrl, "/", latest),
    entry(siteUrl, "/articles", latest),
    ...Object.values(entityRoutes).map((path) => entry(siteUrl, path, latest)),
    entry(siteUrl, "/chronologie", latest),
    ...archive.articles.map((a) => entry(siteUrl, articlePath(a.slug), isoDay(a.date))),
    // An entity no article names has no page (getXProfile is undefined), hence no entry.
    ...[...companies.keys()].flatMap((slug) => pageEntry(entityPath("company", slug), getCompanyProfile(slug, archive))),
    ...[...countries.keys()].flatMap((slug) => pageEntry(entityPath("country", slug), getCountryProfile(slug, archive))),
    ...[...themes.keys()].flatMap((slug) => pageEntry(entityPath("theme", slug), getThemeProfile(slug, archive))),
  ];
}

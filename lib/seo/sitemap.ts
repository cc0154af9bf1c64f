import type { MetadataRoute } from "next";
import type { Archive } from "../archive";
import type { Article } from "../content/article";
import { kinds } from "../entities/entity-kinds";
import { getEntityProfile } from "../entities/entity-pages";
import { entityParts } from "../schema/entity";
import { articlePath, entityPath, entityRoutes, routes } from "../routes";
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
  const timelineDate = (timeline: { article: Article }[]) => newestChange(timeline.map((e) => e.article));
  // An entity no article names has no page (its profile is undefined), hence no entry.
  const entityEntries = kinds.flatMap((kind) =>
    [...archive.registry[entityParts[kind]].keys()].flatMap((slug) => {
      const profile = getEntityProfile(kind, slug, archive);
      return profile ? [entry(siteUrl, entityPath(kind, slug), timelineDate(profile.timeline))] : [];
    }),
  );
  return [
    entry(siteUrl, "/", latest),
    entry(siteUrl, "/articles", latest),
    ...Object.values(entityRoutes).map((path) => entry(siteUrl, path, latest)),
    entry(siteUrl, "/chronologie", latest),
    entry(siteUrl, "/chronologie/recents", latest),
    entry(siteUrl, routes.announcements, latest),
    ...archive.articles.map((a) => entry(siteUrl, articlePath(a.slug), modifiedAt(a))),
    ...entityEntries,
  ];
}

import { type Archive, derive, getArchive } from "../archive";
import type { Announcement } from "../content/announcements";
import type { Article } from "../content/article";
import type { Country, Place } from "../schema/entity";
import { chronologicalOrder } from "../entities/timeline";
import { locate } from "./location";

/** One announcement with its article and where it is (its own place and country, else its site's). */
export type AnnouncementRow = {
  /** Stable within a version: "<article slug>#<position in its announcements>". */
  id: string;
  article: Article;
  announcement: Announcement;
  place?: Place;
  country?: Country;
  /** The year of the article that reports it: when it was announced, as the chronology dates it. */
  reportedIn: number | null;
};

/** The rows of some articles, in the order given, each article's announcements in its order. */
export function rowsOf(articles: readonly Article[], registry: Archive["registry"]): AnnouncementRow[] {
  return articles.flatMap((article) =>
    article.announcements.map((announcement, i) => ({
      id: `${article.slug}#${i}`,
      article,
      announcement,
      ...locate(announcement, registry),
      reportedIn: article.date.year,
    })),
  );
}

/**
 * Every announcement of an archive version, newest article first: computed
 * once per version (one pass over the articles) for /annonces, its exports,
 * the map and the chronology.
 */
export function getAnnouncementRows(archive: Archive = getArchive()): AnnouncementRow[] {
  return derive(archive, "announcement-rows", () => rowsOf(archive.articles, archive.registry));
}

/** Rows newest article first, each article's announcements in its order, as /annonces lists them. */
export function newestFirst(rows: readonly AnnouncementRow[]): AnnouncementRow[] {
  return [...rows].sort((a, b) => chronologicalOrder(b.article, a.article) || a.id.localeCompare(b.id, "en", { numeric: true }));
}

/** Rows oldest first (an undated article's last), as a timeline reads. */
export function oldestFirst(rows: readonly AnnouncementRow[]): AnnouncementRow[] {
  return [...rows].sort((a, b) => chronologicalOrder(a.article, b.article) || a.id.localeCompare(b.id, "en", { numeric: true }));
}

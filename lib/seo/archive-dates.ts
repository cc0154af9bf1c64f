import type { Article } from "../model/article";

/*
 * The archive's own dates (front matter `archivedAt`, `correctedAt`) are full
 * timestamps: they, not the text's date, say when a page or a feed item
 * changed. The text's date keeps its precision and is never widened into one.
 */

/** When the archive last changed the article: its last correction, else its publication. */
export function modifiedAt(article: Pick<Article, "archivedAt" | "correctedAt">): string {
  return article.correctedAt ?? article.archivedAt;
}

/**
 * The latest of some timestamps as written (time zones compared), or undefined for none.
 * @example latest(["2026-11-23T14:08:27+00:00", "2026-11-23T15:00:00+02:00"]) // "2026-11-23T14:08:27+00:00"
 */
export function latest(timestamps: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const t of timestamps) if (best === undefined || Date.parse(t) > Date.parse(best)) best = t;
  return best;
}

/** The newest change among some articles (the date of a page that lists them). */
export function newestChange(articles: Iterable<Pick<Article, "archivedAt" | "correctedAt">>): string | undefined {
  const changes: string[] = [];
  for (const a of articles) changes.push(modifiedAt(a));
  return latest(changes);
}

/**
 * RFC 822 form of a timestamp, for RSS.
 * @example rfc822("2026-11-23T15:08:27+01:00") // "Mon, 23 Nov 2026 14:08:27 GMT"
 */
export function rfc822(timestamp: string): string {
  return new Date(timestamp).toUTCString();
}

const frenchDay = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" });

/**
 * The day of an archive timestamp for a French reader, in Paris time (the
 * same on every server, whatever its zone).
 * @example formatArchiveDay("2026-11-23T23:30:00Z") // "24 novembre 2026"
 */
export function formatArchiveDay(timestamp: string): string {
  return frenchDay.format(new Date(timestamp));
}

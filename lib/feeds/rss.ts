import type { Article } from "../content/article";
import type { ArchiveDate } from "../dates";
import { articlePath, entityPath } from "../entities/entity-paths";

/** One `<item>`, in plain values: escaping happens once, in renderRss. */
export type FeedItem = {
  title: string;
  link: string;
  description: string;
  /** RFC 822 date; absent when the article's date is unknown. */
  pubDate?: string;
  categories: { domain: string; label: string }[];
};

export type Feed = {
  title: string;
  /** The HTML page the feed mirrors. */
  link: string;
  /** The feed's own URL (atom:link rel="self"). */
  self: string;
  description: string;
  /** Newest item's date: the feed changes only when the archive does. */
  lastBuildDate?: string;
  items: FeedItem[];
};

const precisionNote = { day: "", month: "date connue au mois près", year: "date connue à l'année près", unknown: "date inconnue" } as const;

/**
 * RFC 822 date of the first day a date covers, at midnight UTC: archive dates
 * are calendar dates, so the day must not move with the server's time zone.
 * @example rfc822(parseArchiveDate("2020-04", "month")) // "Wed, 01 Apr 2020 00:00:00 GMT"
 */
export function rfc822(date: ArchiveDate): string | undefined {
  if (!date.start) return undefined;
  const { start } = date;
  return new Date(Date.UTC(start.getFullYear(), start.getMonth(), start.getDate())).toUTCString();
}

/** XML text and attribute escaping, plus removal of characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * An article as a feed item: its summary as description, with the date's
 * precision said when the pubDate (first day of the period) is more precise
 * than what is known; companies, countries and themes as categories.
 */
export function articleFeedItem(article: Article, siteUrl: string): FeedItem {
  const note = precisionNote[article.date.precision];
  return {
    title: article.title,
    link: `${siteUrl}${articlePath(article.slug)}`,
    description: note ? `${article.summary} (${note})` : article.summary,
    pubDate: rfc822(article.date),
    categories: [
      ...article.companies.map((c) => ({ domain: `${siteUrl}${entityPath("company", c.slug)}`, label: c.name })),
      ...article.countries.map(({ country }) => ({ domain: `${siteUrl}${entityPath("country", country.slug)}`, label: country.name })),
      ...article.themes.map((t) => ({ domain: `${siteUrl}${entityPath("theme", t.slug)}`, label: t.name })),
    ],
  };
}

/** Feed of articles, newest first as given, keeping at most `limit`. */
export function articleFeed(
  channel: { title: string; path: string; description: string },
  articles: readonly Article[],
  siteUrl: string,
  limit: number,
): Feed {
  const items = articles.slice(0, limit).map((a) => articleFeedItem(a, siteUrl));
  return {
    title: channel.title,
    link: `${siteUrl}${channel.path}`,
    self: `${siteUrl}${feedPath(channel.path)}`,
    description: channel.description,
    lastBuildDate: items.find((i) => i.pubDate)?.pubDate,
    items,
  };
}

/**
 * The feed of a page: `feed.xml` under its path.
 * @example feedPath("/") // "/feed.xml"
 * @example feedPath("/pays/chine") // "/pays/chine/feed.xml"
 */
export function feedPath(pagePath: string): string {
  return `${pagePath.replace(/\/+$/, "")}/feed.xml`;
}

/** RSS 2.0 document, every text escaped. */
export function renderRss(feed: Feed): string {
  const tag = (name: string, value: string | undefined, indent: string) =>
    value === undefined ? [] : [`${indent}<${name}>${escapeXml(value)}</${name}>`];
  const item = (i: FeedItem) =>
    [
      "    <item>",
      ...tag("title", i.title, "      "),
      ...tag("link", i.link, "      "),
      `      <guid isPermaLink="true">${escapeXml(i.link)}</guid>`,
      ...tag("pubDate", i.pubDate, "      "),
      ...tag("description", i.description, "      "),
      ...i.categories.map((c) => `      <category domain="${escapeXml(c.domain)}">${escapeXml(c.label)}</category>`),
      "    </item>",
    ].join("\n");
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    ...tag("title", feed.title, "    "),
    ...tag("link", feed.link, "    "),
    `    <atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
    ...tag("description", feed.description, "    "),
    "    <language>fr</language>",
    ...tag("lastBuildDate", feed.lastBuildDate, "    "),
    ...feed.items.map(item),
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}

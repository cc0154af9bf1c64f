import type { Article } from "../content/article";
import { formatArchiveDate } from "../dates";
import { articlePath, entityPath } from "../routes";
import { describe, kinds } from "../entities/entity-kinds";
import { latest, modifiedAt, rfc822 } from "../seo/archive-dates";

/** One `<item>`, in plain values: escaping happens once, in renderRss. */
export type FeedItem = {
  title: string;
  link: string;
  description: string;
  /** RFC 822: when the archive published the article (never the text's own date, which may be only a year). */
  pubDate: string;
  /** When the archive last changed it, for the channel's lastBuildDate. */
  modified: string;
  categories: { domain: string; label: string }[];
};

export type Feed = {
  title: string;
  /** The HTML page the feed mirrors. */
  link: string;
  /** The feed's own URL (atom:link rel="self"). */
  self: string;
  description: string;
  /** Newest change among the items: the feed changes only when the archive does. */
  lastBuildDate?: string;
  items: FeedItem[];
};

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
 * Text with anything shaped like a tag removed, whitespace collapsed. Feed
 * readers take a `<description>` for HTML: a summary quoting markup
 * (`<svg onload=…>`), escaped once for XML, would be markup again to them.
 * Linear in the text's length whatever it holds (no backtracking regex):
 * a `<` followed by a letter, `/`, `!` or `?` opens a tag up to the next `>`;
 * any other `<`, and one no `>` follows, is text.
 * @example withoutMarkup("Avant <svg onload=alert(1)>après</svg> : 3 < 4") // "Avant après : 3 < 4"
 */
export function withoutMarkup(text: string): string {
  let out = "";
  let from = 0;
  while (from < text.length) {
    const open = text.indexOf("<", from);
    if (open === -1) break;
    if (!/[A-Za-z/!?]/.test(text[open + 1] ?? "")) {
      out += text.slice(from, open + 1);
      from = open + 1;
      continue;
    }
    const close = text.indexOf(">", open);
    // No tag can close past here: the rest is text.
    if (close === -1) break;
    out += `${text.slice(from, open)} `;
    from = close + 1;
  }
  out += text.slice(from);
  return out.replace(/\s+/g, " ").trim();
}

/**
 * An article as a feed item: dated by the archive (RSS needs a full date,
 * which the text may not give), its summary as description followed by the
 * text's own date at its precision, as plain text; its entities of every kind (companies, countries, themes, sites) as categories.
 * @example articleFeedItem(article, "https://x").description // "La mère annonce. (15 juin 2021)"
 */
export function articleFeedItem(article: Article, siteUrl: string): FeedItem {
  return {
    title: article.title,
    link: `${siteUrl}${articlePath(article.slug)}`,
    description: `${withoutMarkup(article.summary)} (${formatArchiveDate(article.date)})`,
    pubDate: rfc822(article.archivedAt),
    modified: modifiedAt(article),
    categories: kinds.flatMap((kind) =>
      describe(kind).of(article).map((entity) => ({ domain: `${siteUrl}${entityPath(kind, entity.slug)}`, label: entity.name })),
    ),
  };
}

/**
 * Feed of articles, the most recently archived first (what is new to a
 * subscriber), equal ones in the order given; at most `limit`.
 */
export function articleFeed(
  channel: { title: string; path: string; description: string },
  articles: readonly Article[],
  siteUrl: string,
  limit: number,
): Feed {
  const newestArchived = [...articles].sort((a, b) => Date.parse(b.archivedAt) - Date.parse(a.archivedAt));
  const items = newestArchived.slice(0, limit).map((a) => articleFeedItem(a, siteUrl));
  return {
    title: channel.title,
    link: `${siteUrl}${channel.path}`,
    self: `${siteUrl}${feedPath(channel.path)}`,
    description: channel.description,
    lastBuildDate: items.length ? rfc822(latest(items.map((i) => i.modified))!) : undefined,
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

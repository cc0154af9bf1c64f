import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive";
import { parseArchiveDate } from "@/lib/dates";
import { articleFeed, articleFeedItem, escapeXml, feedPath, renderRss, rfc822 } from "@/lib/feeds/rss";

const archive = buildArchive(path.resolve("tests/fixtures/content"));
const siteUrl = "https://archives.example";
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" || name === "category" });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).rss;
}

describe("rfc822", () => {
  it("dates a day at its midnight UTC, whatever the server's zone", () => {
    expect(rfc822(parseArchiveDate("2021-06-15", "day"))).toBe("Tue, 15 Jun 2021 00:00:00 GMT");
  });

  it("dates a month or a year at its first day", () => {
    expect(rfc822(parseArchiveDate("2019-02", "month"))).toBe("Fri, 01 Feb 2019 00:00:00 GMT");
    expect(rfc822(parseArchiveDate("2015", "year"))).toBe("Thu, 01 Jan 2015 00:00:00 GMT");
  });

  it("has no date for an unknown one", () => {
    expect(rfc822(parseArchiveDate(null, "unknown"))).toBeUndefined();
  });
});

describe("escapeXml", () => {
  it("escapes markup and drops characters XML forbids", () => {
    expect(escapeXml(`<a href="x">&'\u0001</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  });
});

describe("feedPath", () => {
  it("puts feed.xml under a page's path", () => {
    expect(feedPath("/")).toBe("/feed.xml");
    expect(feedPath("/pays/pays-a")).toBe("/pays/pays-a/feed.xml");
  });
});

describe("articleFeedItem", () => {
  it("links the article, says the date's precision and lists its entities as categories", () => {
    const item = articleFeedItem(archive.bySlug.get("vieille-nouvelle")!, siteUrl);
    expect(item.link).toBe(`${siteUrl}/articles/vieille-nouvelle`);
    expect(item.pubDate).toBe("Fri, 01 Feb 2019 00:00:00 GMT");
    expect(item.description).toBe("Une vieille nouvelle. (date connue au mois près)");
    expect(item.categories).toEqual([
      { domain: `${siteUrl}/entreprises/autre`, label: "Autre Société" },
      { domain: `${siteUrl}/pays/pays-a`, label: "Pays A" },
    ]);
  });

  it("keeps a day-precise summary as it is", () => {
    expect(articleFeedItem(archive.bySlug.get("annonce-de-la-mere-2021")!, siteUrl).description).toBe("La mère annonce.");
  });
});

describe("renderRss", () => {
  const feed = articleFeed({ title: "Archives", path: "/", description: "Tout." }, archive.articles, siteUrl, 50);

  it("is well-formed RSS 2.0 in French with one item per article, newest first", () => {
    const rss = parse(renderRss(feed));
    expect(rss["@_version"]).toBe("2.0");
    expect(rss.channel.language).toBe("fr");
    expect(rss.channel.link).toBe(`${siteUrl}/`);
    expect(rss.channel["atom:link"]["@_href"]).toBe(`${siteUrl}/feed.xml`);
    expect(rss.channel.lastBuildDate).toBe("Tue, 15 Jun 2021 00:00:00 GMT");
    expect(rss.channel.item.map((i: { guid: { "#text": string } }) => i.guid["#text"])).toEqual(archive.articles.map((a) => `${siteUrl}/articles/${a.slug}`));
    expect(rss.channel.item[0].category.map((c: { "#text": string }) => c["#text"])).toContain("Groupe Mère");
  });

  it("escapes every text, so hostile titles stay text", () => {
    const hostile = { ...archive.articles[0], title: `<script>alert("x")</script> & « co »`, summary: "]]> <b>gras</b>" };
    const rss = parse(renderRss(articleFeed({ title: "A & B", path: "/", description: "<desc>" }, [hostile], siteUrl, 50)));
    expect(rss.channel.title).toBe("A & B");
    expect(rss.channel.item[0].title).toBe(`<script>alert("x")</script> & « co »`);
    expect(rss.channel.item[0].description).toBe("]]> <b>gras</b>");
  });

  it("keeps at most the given number of items", () => {
    expect(articleFeed({ title: "x", path: "/", description: "x" }, archive.articles, siteUrl, 1).items).toHaveLength(1);
  });
});

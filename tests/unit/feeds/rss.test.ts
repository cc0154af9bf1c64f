import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive/archive";
import { articleFeed, articleFeedItem, escapeXml, feedPath, renderRss, withoutMarkup } from "@/lib/feeds/rss";

const archive = buildArchive(path.resolve("tests/fixtures/content"));
const siteUrl = "https://archives.example";
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" || name === "category" });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).rss;
}

describe("escapeXml", () => {
  it("escapes markup and drops characters XML forbids", () => {
    expect(escapeXml(`<a href="x">&'\u0001</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  });
});

describe("withoutMarkup", () => {
  it("keeps the text of markup, never the markup", () => {
    expect(withoutMarkup("Avant <svg onload=alert(1)>après</svg> : 3 < 4")).toBe("Avant après : 3 < 4");
    expect(withoutMarkup("</script><script>x()</script> « lisible »")).toBe("x() « lisible »");
    expect(withoutMarkup("<!-- c --><img src=x onerror=y>fin")).toBe("fin");
    expect(withoutMarkup("a <b")).toBe("a <b");
  });

  it("takes linear time on runs of angle brackets", () => {
    for (const hostile of ["<a".repeat(200_000), "<".repeat(400_000), "<a>".repeat(130_000)]) {
      const started = performance.now();
      withoutMarkup(hostile);
      // A guard against backtracking, not a speed target: linear work on 400 000 characters takes milliseconds, a
      // quadratic pattern minutes; the bound leaves room for a machine whose two cores are shared (1.1 s seen at load 9).
      expect(performance.now() - started).toBeLessThan(5_000);
    }
  });

  it("gives a feed item a description free of markup, whatever the summary holds", () => {
    const base = archive.bySlug.get("vieille-nouvelle")!;
    const item = articleFeedItem({ ...base, summary: "Chapeau <svg onload=alert(1)> piégé." }, siteUrl);
    expect(item.description).toBe("Chapeau piégé. (février 2019)");
    const xml = renderRss({ title: "t", link: siteUrl, self: `${siteUrl}/feed.xml`, description: "d", items: [item] });
    expect(parse(xml).channel.item[0].description).not.toMatch(/</);
  });
});

describe("feedPath", () => {
  it("puts feed.xml under a page's path", () => {
    expect(feedPath("/")).toBe("/feed.xml");
    expect(feedPath("/pays/pays-a")).toBe("/pays/pays-a/feed.xml");
  });
});

describe("articleFeedItem", () => {
  it("links the article, is dated by the archive, gives the text's date at its precision and lists its entities as categories", () => {
    const item = articleFeedItem(archive.bySlug.get("vieille-nouvelle")!, siteUrl);
    expect(item.link).toBe(`${siteUrl}/articles/vieille-nouvelle`);
    // archivedAt: "2026-11-23T14:17:51+00:00"; the text is dated "2019-02", which no RSS date can say.
    expect(item.pubDate).toBe("Mon, 23 Nov 2026 14:17:51 GMT");
    expect(item.description).toBe("Une vieille nouvelle. (février 2019)");
    expect(item.categories).toEqual([
      { domain: `${siteUrl}/entreprises/autre`, label: "Autre Société" },
      { domain: `${siteUrl}/pays/pays-a`, label: "Pays A" },
    ]);
  });

  it("never widens a year or an unknown date into a day", () => {
    const base = archive.bySlug.get("vieille-nouvelle")!;
    const year = articleFeedItem({ ...base, date: { ...base.date, value: "2015", precision: "year", year: 2015 } }, siteUrl);
    expect(year.description).toBe("Une vieille nouvelle. (2015)");
    expect(year.pubDate).not.toMatch(/2015/);
    const unknown = articleFeedItem({ ...base, date: { value: null, precision: "unknown", year: null, start: null, sortKey: Number.MAX_SAFE_INTEGER } }, siteUrl);
    expect(unknown.description).toBe("Une vieille nouvelle. (date inconnue)");
    expect(unknown.pubDate).toBe("Mon, 23 Nov 2026 14:17:51 GMT");
  });

  it("keeps the archive's time zone exact in RFC 822", () => {
    const item = articleFeedItem({ ...archive.bySlug.get("vieille-nouvelle")!, archivedAt: "2026-11-23T15:08:27+01:00" }, siteUrl);
    expect(item.pubDate).toBe("Mon, 23 Nov 2026 14:08:27 GMT");
  });
});

describe("renderRss", () => {
  const feed = articleFeed({ title: "Archives", path: "/", description: "Tout." }, archive.articles, siteUrl, 50);

  it("is well-formed RSS 2.0 in French with one item per article, newest first when archived together", () => {
    const rss = parse(renderRss(feed));
    expect(rss["@_version"]).toBe("2.0");
    expect(rss.channel.language).toBe("fr");
    expect(rss.channel.link).toBe(`${siteUrl}/`);
    expect(rss.channel["atom:link"]["@_href"]).toBe(`${siteUrl}/feed.xml`);
    expect(rss.channel.lastBuildDate).toBe("Mon, 23 Nov 2026 14:17:51 GMT");
    expect(rss.channel.item.map((i: { guid: { "#text": string } }) => i.guid["#text"])).toEqual(archive.articles.map((a) => `${siteUrl}/articles/${a.slug}`));
    expect(rss.channel.item[0].category.map((c: { "#text": string }) => c["#text"])).toContain("Groupe Mère");
  });

  it("escapes every text, so hostile titles stay text and descriptions plain text", () => {
    const hostile = { ...archive.articles[0], title: `<script>alert("x")</script> & « co »`, summary: "]]> <b>gras</b>" };
    const rss = parse(renderRss(articleFeed({ title: "A & B", path: "/", description: "<desc>" }, [hostile], siteUrl, 50)));
    expect(rss.channel.title).toBe("A & B");
    expect(rss.channel.item[0].title).toBe(`<script>alert("x")</script> & « co »`);
    expect(rss.channel.item[0].description).toBe("]]> gras (15 juin 2021)");
  });

  it("puts the most recently archived first and dates the channel by its latest correction", () => {
    const [a, b, c] = archive.articles;
    const articles = [a, { ...b, archivedAt: "2026-12-01T08:00:00Z" }, { ...c, correctedAt: "2027-01-05T10:30:00+01:00" }];
    const feed = articleFeed({ title: "x", path: "/", description: "x" }, articles, siteUrl, 50);
    expect(feed.items.map((i) => i.link)).toEqual([b, a, c].map((x) => `${siteUrl}/articles/${x.slug}`));
    expect(feed.lastBuildDate).toBe("Tue, 05 Jan 2027 09:30:00 GMT");
  });

  it("keeps at most the given number of items", () => {
    expect(articleFeed({ title: "x", path: "/", description: "x" }, archive.articles, siteUrl, 1).items).toHaveLength(1);
  });
});

import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { siteArchive } from "./archive";
import { baseUrl, newPage } from "./support";

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" || name === "category" });
type Item = { title: string; link: string; guid: { "#text": string }; pubDate?: string; description: string; category: { "#text": string }[] };

async function feed(path: string) {
  const response = await fetch(`${baseUrl}${path}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("application/rss+xml");
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const rss = parser.parse(xml).rss;
  expect(rss["@_version"]).toBe("2.0");
  expect(rss.channel.language).toBe("fr");
  return rss.channel as { title: string; link: string; item?: Item[] };
}

describe("RSS feeds", () => {
  it("/feed.xml has every article, the archive's dates in RFC 822, and categories", async () => {
    const channel = await feed("/feed.xml");
    expect(channel.title).toBe("Archives du Cloud");
    const items = channel.item!;
    expect(items).toHaveLength(Math.min(siteArchive.articles.length, 50));
    const bcx = items.find((i) => /\/articles\/bcx-lance/.test(i.link))!;
    expect(bcx.title).toContain("BCX lance le service cloud");
    // When the archive published it (archivedAt); the text's own date closes the description.
    expect(bcx.pubDate).toBe("Mon, 23 Nov 2026 14:08:27 GMT");
    expect(bcx.description).toMatch(/\(11 octobre 2023\)$/);
    expect(bcx.guid["#text"]).toBe(bcx.link);
    expect(bcx.category.map((c) => c["#text"])).toEqual(expect.arrayContaining(["BCX", "Afrique du Sud", "Cloud public"]));
    for (const item of items) expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/);
    // A text known only to the year keeps its year, never "01 Jan".
    expect(items.find((i) => i.title.startsWith("Deutsche Telekom"))?.description).toMatch(/\(2015\)$/);
    expect(JSON.stringify(items)).not.toMatch(/01 Jan 20(15|20)/);
  });

  it("each entity has its own feed with only its articles", async () => {
    const alibaba = await feed("/entreprises/alibaba/feed.xml");
    expect(alibaba.title).toContain("Alibaba");
    expect(alibaba.item!.length).toBeGreaterThan(0);
    for (const item of alibaba.item!) expect(item.category.map((c) => c["#text"]).join(" ")).toMatch(/Alibaba|BCX/);
    const germany = await feed("/pays/allemagne/feed.xml");
    expect(germany.item!.map((i) => i.title).join(" ")).toContain("Deutsche Telekom");
    const theme = await feed("/themes/cloud-public/feed.xml");
    expect(theme.item!.length).toBeGreaterThan(0);
  });

  it("an unknown entity's feed is a 404, and the entity pages still route", async () => {
    expect((await fetch(`${baseUrl}/entreprises/inconnue/feed.xml`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/entreprises/alibaba`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/entreprises/alibaba/page/99`)).status).toBe(404);
  });

  it("pages announce their feeds with <link rel=alternate>", async () => {
    const page = await newPage();
    await page.goto("/");
    const alternates = (path: string) =>
      page.goto(path).then(() => page.locator('head link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) => links.map((l) => new URL(l.getAttribute("href")!).pathname)));
    expect(await alternates("/")).toEqual(["/feed.xml"]);
    expect(await alternates("/entreprises/alibaba")).toEqual(["/entreprises/alibaba/feed.xml", "/feed.xml"]);
    expect(await alternates("/pays/chine")).toEqual(["/pays/chine/feed.xml", "/feed.xml"]);
    expect(await alternates("/themes/cloud-public")).toEqual(["/themes/cloud-public/feed.xml", "/feed.xml"]);
  });
});

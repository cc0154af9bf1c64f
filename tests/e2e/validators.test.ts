import { execFile } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Parser from "rss-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { familyOf, feedPaths, htmlPaths } from "./site-pages";
import { baseUrl } from "./support";

/*
 * Third-party checkers, on every page family of the built site: the Nu Html
 * Checker (vnu-jar, run with Java), Google's NewsArticle properties
 * (structured-data-testing-tool's Google preset, plus Google's current
 * documented list), a feed library on every feed, the sitemaps.org XSD. Each
 * is also shown a broken input, so a checker that stopped checking would fail.
 */

const require = createRequire(import.meta.url);
const { structuredDataTestHtml } = require("structured-data-testing-tool") as {
  structuredDataTestHtml: (html: string, options: object) => Promise<SdttResult>;
};
const { Google } = require("structured-data-testing-tool/presets") as { Google: object };
type SdttTest = { test: string; description?: string };
type SdttResult = { passed: SdttTest[]; failed: SdttTest[]; warnings: SdttTest[]; schemas: string[] };

const pages = new Map<string, string>();
const get = async (p: string) => {
  const response = await fetch(`${baseUrl}${p}`);
  return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
};

beforeAll(async () => {
  for (const p of await htmlPaths()) {
    const { status, text } = await get(p);
    expect(status, p).toBe(familyOf(p) === "404" ? 404 : 200);
    pages.set(p, text);
  }
}, 120_000);

/* ---------- Nu Html Checker ---------- */

type VnuMessage = { type: "error" | "info" | "non-document-error"; subType?: string; url: string; message: string; lastLine?: number; extract?: string };

/**
 * One JVM for every page: vnu checks all the files given to it. Java takes
 * no temporary folder from TMPDIR: it is given the test's, and without
 * -XX:-UsePerfData it would leave /tmp/hsperfdata_<user> behind.
 */
async function vnu(files: string[]): Promise<VnuMessage[]> {
  const jar = require.resolve("vnu-jar/build/dist/vnu.jar");
  const { stderr } = await promisify(execFile)("java", ["-Xss8m", "-XX:-UsePerfData", `-Djava.io.tmpdir=${os.tmpdir()}`, "-jar", jar, "--format", "json", "--exit-zero-always", ...files], { maxBuffer: 64 * 1024 * 1024 });
  return (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
}

describe("Nu Html Checker (vnu-jar)", () => {
  it("finds 0 errors and 0 warnings on every page family, and does find them in a broken page", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vnu-"));
    const fileOf = new Map<string, string>();
    [...pages.keys()].forEach((p, i) => {
      const file = path.join(dir, `${String(i).padStart(3, "0")}-${familyOf(p)}.html`);
      fs.writeFileSync(file, pages.get(p)!);
      fileOf.set(`file:${file}`, p);
    });
    // The canary: a duplicate id (an error) and a section without a heading (a warning).
    const canary = path.join(dir, "canary.html");
    fs.writeFileSync(canary, '<!DOCTYPE html><html lang="fr"><head><title>t</title></head><body><p id="a">x</p><p id="a">y</p><section><p>z</p></section></body></html>');
    const started = performance.now();
    const messages = await vnu([...[...fileOf.keys()].map((u) => u.slice(5)), canary]);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);

    const canaryMessages = messages.filter((m) => m.url === `file:${canary}`);
    expect(canaryMessages.some((m) => m.type === "error")).toBe(true);
    expect(canaryMessages.some((m) => m.type === "info" && m.subType === "warning")).toBe(true);

    const counts: Record<string, { pages: number; errors: number; warnings: number }> = {};
    for (const p of pages.keys()) (counts[familyOf(p)] ??= { pages: 0, errors: 0, warnings: 0 }).pages++;
    const problems: string[] = [];
    for (const m of messages.filter((m) => m.url !== `file:${canary}`)) {
      const p = fileOf.get(m.url) ?? m.url;
      const isError = m.type !== "info";
      const isWarning = m.type === "info" && m.subType === "warning";
      if (!isError && !isWarning) continue;
      counts[familyOf(p)][isError ? "errors" : "warnings"]++;
      problems.push(`${p} (${isError ? "erreur" : "avertissement"}, ligne ${m.lastLine}) : ${m.message} ${m.extract ?? ""}`);
    }
    console.log(`vnu : ${pages.size} pages en ${seconds} s`, JSON.stringify(counts));
    expect(Object.keys(counts).sort()).toEqual(["404", "announcements", "article", "articles", "chronology", "company", "country", "home", "search", "site", "theme"]);
    expect(problems).toEqual([]);
  }, 180_000);
});

/* ---------- Structured data ---------- */

type Node = Record<string, unknown> & { "@type"?: string };
const jsonLdOf = (html: string): Node[] =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].flatMap((m) => [JSON.parse(m[1])].flat());

const timestamp = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const atPrecision = /^\d{4}(-\d\d(-\d\d)?)?$/;

/**
 * Google's documented Article properties (developers.google.com/search/docs/appearance/structured-data/article):
 * none required; recommended: author (with a name, Person or Organization), dateModified, datePublished
 * (ISO 8601 with a time zone), headline, image. author.url is recommended too, but the archive knows no page
 * for a byline's person and will not make one up: it is checked only as a URL when present.
 * Plus the publisher with a logo, which the Google preset of structured-data-testing-tool requires.
 */
function googleArticleProblems(article: Node): string[] {
  const problems: string[] = [];
  const authors = [article.author].flat() as (Node | undefined)[];
  if (!authors.length || authors.some((a) => !a || !["Person", "Organization"].includes(a["@type"] ?? "") || !String(a.name ?? "").trim())) problems.push("author");
  for (const a of authors) if (a?.url !== undefined && !/^https?:\/\//.test(String(a.url))) problems.push("author.url");
  for (const key of ["datePublished", "dateModified"]) if (!timestamp.test(String(article[key]))) problems.push(key);
  if (!String(article.headline ?? "").trim() || String(article.headline).length > 110) problems.push("headline");
  const images = [article.image].flat().filter(Boolean);
  if (!images.length) problems.push("image");
  const publisher = article.publisher as Node | undefined;
  if (publisher?.["@type"] !== "Organization" || !publisher.name || !(publisher.logo as Node | undefined)?.url) problems.push("publisher.logo");
  const original = article.isBasedOn as Node | undefined;
  if (original?.datePublished !== undefined && !atPrecision.test(String(original.datePublished))) problems.push("isBasedOn.datePublished");
  return problems;
}

/** Google's BreadcrumbList: each item with its position, name and URL. */
function breadcrumbProblems(list: Node): string[] {
  const items = (list.itemListElement ?? []) as Node[];
  if (items.length < 2) return ["itemListElement"];
  return items.flatMap((item, i) => (item.position === i + 1 && item.name && /^https?:\/\//.test(String(item.item)) ? [] : [`itemListElement[${i}]`]));
}

describe("structured data", () => {
  const articlePaths = () => [...pages.keys()].filter((p) => familyOf(p) === "article");

  it("passes the Google preset of structured-data-testing-tool on every article, 0 failures", async () => {
    expect(articlePaths().length).toBeGreaterThanOrEqual(5);
    const failures: string[] = [];
    for (const p of articlePaths()) {
      const result = await structuredDataTestHtml(pages.get(p)!, { presets: [Google], schemas: ["NewsArticle"] }).catch((e: { res?: SdttResult }) => {
        if (!e.res) throw e;
        return e.res;
      });
      expect(result.schemas, p).toContain("NewsArticle");
      expect(result.passed.length, p).toBeGreaterThan(0);
      failures.push(...result.failed.map((t) => `${p} : ${t.test}`));
      failures.push(...result.warnings.filter((t) => /NewsArticle/.test(t.test)).map((t) => `${p} (avertissement) : ${t.test}`));
    }
    expect(failures).toEqual([]);
  });

  it("meets Google's documented Article properties on every article, with a breadcrumb", () => {
    for (const p of articlePaths()) {
      const nodes = jsonLdOf(pages.get(p)!);
      const article = nodes.find((n) => n["@type"] === "NewsArticle");
      expect(article, p).toBeDefined();
      expect(googleArticleProblems(article!), p).toEqual([]);
      const crumbs = nodes.find((n) => n["@type"] === "BreadcrumbList");
      expect(crumbs, p).toBeDefined();
      expect(breadcrumbProblems(crumbs!), p).toEqual([]);
    }
  });

  it("fails an article without publisher, author or dates, by both checks", async () => {
    const p = articlePaths()[0];
    const html = pages.get(p)!;
    const article = jsonLdOf(html).find((n) => n["@type"] === "NewsArticle")!;
    const { publisher, author, dateModified, ...stripped } = article;
    expect([publisher, author, dateModified].every(Boolean)).toBe(true);
    const broken = html.replace(/<script type="application\/ld\+json">.*?<\/script>/s, `<script type="application/ld+json">${JSON.stringify(stripped)}</script>`);
    const result = await structuredDataTestHtml(broken, { presets: [Google], schemas: ["NewsArticle"] }).then(
      () => undefined,
      (e: { res: SdttResult }) => e.res,
    );
    expect(result?.failed.map((t) => t.test)).toEqual(expect.arrayContaining(["NewsArticle[0].author", "NewsArticle[0].publisher.logo"]));
    expect(googleArticleProblems(stripped)).toEqual(["author", "dateModified", "publisher.logo"]);
    expect(googleArticleProblems({ ...article, isBasedOn: { datePublished: "2015-01-01T00:00:00Z" } })).toEqual(["isBasedOn.datePublished"]);
  });

  it("gives the original's date at the precision the page shows, and the page's dates as full timestamps", () => {
    for (const p of articlePaths()) {
      const html = pages.get(p)!;
      const article = jsonLdOf(html).find((n) => n["@type"] === "NewsArticle")!;
      const shown = /<time dateTime="([^"]+)"|<time datetime="([^"]+)"/.exec(html);
      const original = (article.isBasedOn as Node).datePublished;
      if (shown) expect(original, p).toBe(shown[1] ?? shown[2]);
      else expect(original, p).toBeUndefined();
      const published = /<meta property="article:published_time" content="([^"]+)"/.exec(html)?.[1];
      expect(published, p).toBe(article.datePublished);
      expect(/<meta property="article:modified_time" content="([^"]+)"/.exec(html)?.[1], p).toBe(article.dateModified);
    }
  });

  it("describes the home page as a WebSite with a search action that finds results", async () => {
    const site = jsonLdOf(pages.get("/")!).find((n) => n["@type"] === "WebSite");
    expect(site).toBeDefined();
    const action = site!.potentialAction as { target: { urlTemplate: string }; "query-input": string };
    expect(action["query-input"]).toBe("required name=search_term_string");
    const url = new URL(action.target.urlTemplate.replace("{search_term_string}", "alibaba"));
    expect(url.origin).toBe(baseUrl);
    const { status, text } = await get(`${url.pathname}${url.search}`);
    expect(status).toBe(200);
    expect(text).toContain("Alibaba");
  });

  it("names no twitter:site, the archive having no account", () => {
    for (const [p, html] of pages) expect(html, p).not.toContain('name="twitter:site"');
  });
});

/* ---------- Feeds ---------- */

describe("feeds, read by a feed library (rss-parser)", () => {
  const parser = new Parser();

  it("parses every feed, each item dated by the archive and linking into the site", async () => {
    const feeds = await feedPaths();
    expect(feeds.length).toBeGreaterThan(10);
    const articleDates = new Map<string, string>();
    for (const p of [...pages.keys()].filter((p) => familyOf(p) === "article")) {
      articleDates.set(p, jsonLdOf(pages.get(p)!).find((n) => n["@type"] === "NewsArticle")!.datePublished as string);
    }
    for (const p of feeds) {
      const { status, type, text } = await get(p);
      expect(status, p).toBe(200);
      expect(type, p).toContain("application/rss+xml");
      const feed = await parser.parseString(text);
      expect(feed.title, p).toBeTruthy();
      expect(feed.link, p).toMatch(new RegExp(`^${baseUrl}/`));
      for (const item of feed.items) {
        const link = new URL(item.link!);
        expect(link.origin, p).toBe(baseUrl);
        expect(item.guid, p).toBe(item.link);
        // The item's date is the archive's publication, the page's datePublished: never a text's date widened to a day.
        expect(Date.parse(item.isoDate!), `${p} ${link.pathname}`).toBe(Date.parse(articleDates.get(link.pathname)!));
      }
    }
  }, 120_000);

  it("refuses a broken feed", async () => {
    const { text } = await get("/feed.xml");
    await expect(parser.parseString(text.slice(0, text.indexOf("</item>")))).rejects.toThrow();
  });
});

/* ---------- Sitemap ---------- */

describe("sitemap, against the sitemaps.org 0.9 XSD (xmllint-wasm)", () => {
  const schema = { fileName: "sitemap.xsd", contents: fs.readFileSync("tests/fixtures/sitemap-0.9.xsd", "utf8") };
  const validate = (xml: string) => validateXML({ xml: [{ fileName: "sitemap.xml", contents: xml }], schema: [schema] });

  it("is valid, with full timestamps as lastmod", async () => {
    const { status, text } = await get("/sitemap.xml");
    expect(status).toBe(200);
    const result = await validate(text);
    expect(result.errors.map((e) => e.message)).toEqual([]);
    expect(result.valid).toBe(true);
    const lastmods = [...text.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].map((m) => m[1]);
    expect(lastmods.length).toBeGreaterThan(0);
    for (const d of lastmods) expect(d).toMatch(timestamp);
  });

  it("refuses a year as lastmod and an unknown element", async () => {
    const { text } = await get("/sitemap.xml");
    expect((await validate(text.replace(/<lastmod>[^<]+<\/lastmod>/, "<lastmod>2020</lastmod>"))).valid).toBe(false);
    expect((await validate(text.replace("</loc>", "</loc><auteur>x</auteur>"))).valid).toBe(false);
  });
});

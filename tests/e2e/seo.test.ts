import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { firstPageCount } from "./archive";
import { baseUrl, newPage } from "./support";

const article = "/articles/bcx-lance-le-service-cloud-africa-local-public-avec-alibaba-en-afrique-du-sud";
const pages = ["/", "/articles", article, "/entreprises", "/entreprises/alibaba", "/pays", "/pays/chine", "/themes", "/themes/cloud-public", "/chronologie", "/chronologie/recents", "/recherche?q=alibaba"];

type Head = { title: string; description: string | null; canonical: string | null; og: Record<string, string>; twitter: Record<string, string>; jsonLd: string[] };

async function head(path: string): Promise<Head> {
  const page = await newPage({ javaScriptEnabled: false });
  await page.goto(path);
  return page.evaluate(() => {
    const meta = (selector: string) => Object.fromEntries([...document.querySelectorAll<HTMLMetaElement>(selector)].map((m) => [m.getAttribute("property") ?? m.name, m.content]));
    return {
      title: document.title,
      description: document.querySelector<HTMLMetaElement>('meta[name="description"]')?.content ?? null,
      canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute("href") ?? null,
      og: meta('meta[property^="og:"]'),
      twitter: meta('meta[name^="twitter:"]'),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ""),
    };
  });
}

describe("metadata on every page", () => {
  it("gives each page a unique title, a description, a canonical URL, OpenGraph and Twitter tags", async () => {
    const heads = new Map<string, Head>();
    for (const path of pages) heads.set(path, await head(path));
    const titles = [...heads.values()].map((h) => h.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const [path, h] of heads) {
      expect(h.title, path).toMatch(/Archives du Cloud/);
      expect(h.description?.length, path).toBeGreaterThan(20);
      expect(h.canonical, path).toMatch(/^https?:\/\//);
      expect(h.og["og:title"], path).toBeTruthy();
      expect(h.og["og:url"], path).toBe(h.canonical);
      expect(h.og["og:image"], path).toBeTruthy();
      expect(h.twitter["twitter:card"], path).toBe("summary_large_image");
    }
    // Twelve pages in a row in Chromium: 30 s is not enough on a machine shared by several builds.
  }, 90_000);

  it("gives the 404 page a title and no index", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const response = await page.goto("/nulle-part");
    expect(response?.status()).toBe(404);
    expect(await page.title()).toBe("Page introuvable — Archives du Cloud");
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toContain("noindex");
  });
});

describe("search pages", () => {
  it("are never indexed, whatever the query, and their links followed", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    for (const path of ["/recherche?q=Achetez+sur+arnaque.example", "/recherche?q=alibaba", "/recherche"]) {
      await page.goto(path);
      expect(await page.locator('meta[name="robots"]').getAttribute("content"), path).toBe("noindex, follow");
    }
  });
});

describe("structured data", () => {
  it("describes an article as a NewsArticle published by the archive, based on the original, with a breadcrumb", async () => {
    const { jsonLd } = await head(article);
    const [data, crumbs] = JSON.parse(jsonLd[0]);
    expect(data["@type"]).toBe("NewsArticle");
    // The archive's page is dated by the archive; the original keeps the text's date.
    expect(data.datePublished).toBe("2026-11-23T14:08:27+00:00");
    expect(data.dateModified).toBe("2026-11-23T14:08:27+00:00");
    expect(data.isBasedOn).toMatchObject({ datePublished: "2023-10-11", publisher: { name: "WeAreTechAfrica" } });
    expect(data.publisher).toMatchObject({ "@type": "Organization", name: "Archives du Cloud", logo: { url: `${baseUrl}/logo.png` } });
    expect(data.author).toEqual({ "@type": "Person", name: "Adoni Conrad Quenum" });
    expect(data.about.map((a: { name: string }) => a.name)).toEqual(expect.arrayContaining(["BCX", "Alibaba", "Afrique du Sud"]));
    expect(crumbs["@type"]).toBe("BreadcrumbList");
    expect(crumbs.itemListElement.map((i: { name: string }) => i.name)).toEqual(["Accueil", "Articles", data.headline]);
  });

  it("never gives a year-only date a day, in JSON-LD, Open Graph or <time>", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/articles/deutsche-telekom-va-lancer-un-cloud-public-base-sur-la-plateforme-openstack-de-huawei");
    const html = await page.content();
    expect(html).not.toMatch(/2015-01-01|Jan 2015/);
    const [data] = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(data.isBasedOn.datePublished).toBe("2015");
    expect(await page.locator("article header time").first().getAttribute("datetime")).toBe("2015");
    expect(await page.locator('meta[property="article:published_time"]').getAttribute("content")).toBe("2026-11-23T14:08:27+00:00");
    // The archive's own date is on the page too, where a reader sees it.
    const provenance = page.getByRole("region", { name: "Provenance" });
    expect(await provenance.innerText()).toContain("Mis en ligne par l’archive le 23 novembre 2026.");
    expect(await provenance.locator("time").getAttribute("datetime")).toBe("2026-11-23T14:08:27+00:00");
  });

  it("describes the home page as a WebSite with a search action", async () => {
    const [data] = (await head("/")).jsonLd.map((block) => JSON.parse(block));
    expect(data["@type"]).toBe("WebSite");
    expect(data.potentialAction.target.urlTemplate).toBe(`${baseUrl}/recherche?q={search_term_string}`);
  });

  it("describes entity pages with their type and a breadcrumb", async () => {
    for (const [path, type] of [["/entreprises/alibaba", "Organization"], ["/pays/chine", "Country"], ["/themes/cloud-public", "DefinedTerm"]]) {
      const types = (await head(path)).jsonLd.flatMap((block) => [JSON.parse(block)].flat()).map((d: { "@type": string }) => d["@type"]);
      expect(types, path).toEqual([type, "BreadcrumbList"]);
    }
  });
});

describe("sharing images", () => {
  for (const path of [article, "/entreprises/alibaba", "/pays/chine", "/themes/cloud-public", "/"]) {
    it(`${path} has a 1200×630 PNG`, async () => {
      const image = (await head(path)).og["og:image"];
      // Each page shares its own image; the site's is the fallback of pages that have none.
      expect(new URL(image).pathname).toBe(`${path === "/" ? "" : path}/opengraph-image`);
      const response = await fetch(`${baseUrl}${new URL(image).pathname}${new URL(image).search}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      const png = Buffer.from(await response.arrayBuffer());
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    });
  }
});

describe("sitemap and robots", () => {
  it("the sitemap lists every article and entity page", async () => {
    const xml = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
    const urls: { loc: string; lastmod?: string }[] = new XMLParser({ isArray: (name) => name === "url" }).parse(xml).urlset.url;
    const paths = urls.map((u) => new URL(u.loc).pathname);
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/articles");
    const articles = await page.locator('main a[href^="/articles/"]:not([href^="/articles/page"])').evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(articles.length).toBe(firstPageCount);
    for (const path of articles) expect(paths).toContain(path);
    for (const index of ["/entreprises", "/pays", "/themes"]) {
      await page.goto(index);
      const entities = await page.locator(`main a[href^="${index}/"]`).evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
      expect(entities.length).toBeGreaterThan(0);
      for (const path of entities) expect(paths).toContain(path);
    }
    // The archive's timestamp, not the text's date.
    expect(urls.find((u) => u.loc.endsWith(article))?.lastmod).toBe("2026-11-23T14:08:27+00:00");
    expect(paths).toContain("/chronologie/recents");
  });

  it("robots.txt names the sitemap", async () => {
    const text = await (await fetch(`${baseUrl}/robots.txt`)).text();
    expect(text).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
    expect(text).toMatch(/^Disallow: \/recherche$/m);
    expect(text).toMatch(/^Disallow: \/api\/$/m);
  });
});

describe("security headers", () => {
  const routes = ["/", article, "/entreprises/alibaba", "/recherche?q=alibaba", "/feed.xml", "/pays/chine/feed.xml", "/sitemap.xml", "/robots.txt", "/opengraph-image", "/api/search?q=alibaba", "/nulle-part"];
  for (const path of routes) {
    it(`${path} carries them, without X-Powered-By`, async () => {
      const response = await fetch(`${baseUrl}${path}`);
      const headers = response.headers;
      expect(headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("x-frame-options")).toBe("DENY");
      expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(headers.get("x-powered-by")).toBeNull();
      expect(headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    });
  }
});

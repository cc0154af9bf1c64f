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
  });

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
  it("describes an article as a NewsArticle", async () => {
    const { jsonLd } = await head(article);
    const data = JSON.parse(jsonLd[0]);
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.datePublished).toBe("2023-10-11");
    expect(data.publisher.name).toBe("WeAreTechAfrica");
    expect(data.about.map((a: { name: string }) => a.name)).toEqual(expect.arrayContaining(["BCX", "Alibaba", "Afrique du Sud"]));
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
    expect(urls.find((u) => u.loc.endsWith(article))?.lastmod).toBe("2023-10-11");
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

import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive/archive";
import { sitemapEntries } from "@/lib/seo/sitemap";

const archive = buildArchive(path.resolve("tests/fixtures/content"));
const siteUrl = "https://archives.example";

describe("sitemapEntries", () => {
  const entries = sitemapEntries(archive, siteUrl);
  const byUrl = new Map(entries.map((e) => [e.url, e]));

  it("lists every article and every entity page once, and no entity no article names", () => {
    for (const a of archive.articles) expect(byUrl.has(`${siteUrl}/articles/${a.slug}`)).toBe(true);
    const named = (test: (a: (typeof archive.articles)[number]) => boolean) => archive.articles.some(test);
    for (const slug of archive.registry.companies.keys()) {
      const has = named((a) => a.companies.some((c) => c.slug === slug || c.parent === slug));
      expect(byUrl.has(`${siteUrl}/entreprises/${slug}`), slug).toBe(has);
    }
    for (const slug of archive.registry.countries.keys()) {
      expect(byUrl.has(`${siteUrl}/pays/${slug}`), slug).toBe(named((a) => a.countries.some((c) => c.country.slug === slug)));
    }
    for (const slug of archive.registry.themes.keys()) {
      expect(byUrl.has(`${siteUrl}/themes/${slug}`), slug).toBe(named((a) => a.themes.some((t) => t.slug === slug)));
    }
    expect(byUrl.has(`${siteUrl}/entreprises/dormante`)).toBe(false);
    expect(byUrl.has(`${siteUrl}/pays/pays-sans-article`)).toBe(false);
    expect(byUrl.size).toBe(entries.length);
  });

  it("lists both chronologies, and no headlines-only view (each is noindex, its full view canonical)", () => {
    expect(byUrl.has(`${siteUrl}/chronologie`)).toBe(true);
    expect(byUrl.has(`${siteUrl}/chronologie/recents`)).toBe(true);
    expect([...byUrl.keys()].filter((url) => url.includes("/titres"))).toEqual([]);
  });

  it("dates each page by the archive's timestamps, never by the text's date", () => {
    // vieille-nouvelle is dated "2019-02": "2019-02-01" would be a day no text gives.
    expect(byUrl.get(`${siteUrl}/articles/vieille-nouvelle`)?.lastModified).toBe("2026-11-23T14:17:51+00:00");
    for (const e of entries) if (e.lastModified) expect(e.lastModified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
  });

  it("dates an article by its correction and a list by its newest change", () => {
    const corrected = archive.articles.map((a) => (a.slug === "annonce-de-la-mere-2021" ? { ...a, correctedAt: "2027-01-05T10:30:00+01:00" } : a));
    const dated = new Map(sitemapEntries({ ...archive, articles: corrected }, siteUrl).map((e) => [e.url, e.lastModified]));
    expect(dated.get(`${siteUrl}/articles/annonce-de-la-mere-2021`)).toBe("2027-01-05T10:30:00+01:00");
    expect(dated.get(`${siteUrl}/articles/vieille-nouvelle`)).toBe("2026-11-23T14:17:51+00:00");
    expect(dated.get(`${siteUrl}/`)).toBe("2027-01-05T10:30:00+01:00");
  });

  it("leaves a page with no dated article undated", () => {
    // A country named only by undated articles (one no article names has no page at all).
    const undated = [...archive.registry.countries.keys()].find((slug) => {
      const articles = archive.articles.filter((a) => a.countries.some((c) => c.country.slug === slug));
      return articles.length > 0 && articles.every((a) => !a.date.start);
    });
    if (undated) expect(byUrl.get(`${siteUrl}/pays/${undated}`)).not.toHaveProperty("lastModified");
  });
});

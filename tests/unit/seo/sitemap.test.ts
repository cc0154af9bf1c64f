import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive";
import { parseArchiveDate } from "@/lib/dates";
import { isoDay, sitemapEntries } from "@/lib/seo/sitemap";

const archive = buildArchive(path.resolve("tests/fixtures/content"));
const siteUrl = "https://archives.example";

describe("isoDay", () => {
  it("gives the first day a date covers", () => {
    expect(isoDay(parseArchiveDate("2021-06-15", "day"))).toBe("2021-06-15");
    expect(isoDay(parseArchiveDate("2019-02", "month"))).toBe("2019-02-01");
    expect(isoDay(parseArchiveDate(null, "unknown"))).toBeUndefined();
  });
});

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

  it("dates each page by its newest article", () => {
    expect(byUrl.get(`${siteUrl}/articles/vieille-nouvelle`)?.lastModified).toBe("2019-02-01");
    expect(byUrl.get(`${siteUrl}/entreprises/mere`)?.lastModified).toBe("2021-06-15");
    expect(byUrl.get(`${siteUrl}/`)?.lastModified).toBe("2021-06-15");
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

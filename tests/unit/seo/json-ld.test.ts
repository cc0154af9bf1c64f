import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive";
import {
  archiveOrganization,
  articleBreadcrumbJsonLd,
  articleJsonLd,
  breadcrumbJsonLd,
  entityBreadcrumbJsonLd,
  entityJsonLd,
  serializeJsonLd,
  websiteJsonLd,
} from "@/lib/seo/json-ld";

const archive = buildArchive(path.resolve("tests/fixtures/content"));
const siteUrl = "https://archives.example";

describe("articleJsonLd", () => {
  const base = archive.bySlug.get("vieille-nouvelle")!;

  it("describes a NewsArticle dated by the archive, based on the original at its date's precision", () => {
    const data = articleJsonLd(base, siteUrl);
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.headline).toBe("Vieille nouvelle");
    expect(data.datePublished).toBe("2026-11-23T14:17:51+00:00");
    expect(data.dateModified).toBe("2026-11-23T14:17:51+00:00");
    expect(data.isBasedOn).toMatchObject({ "@type": "CreativeWork", datePublished: "2019-02" });
    expect(data.url).toBe(`${siteUrl}/articles/vieille-nouvelle`);
    expect(data.image).toEqual([`${siteUrl}/articles/vieille-nouvelle/opengraph-image`]);
    expect(data.inLanguage).toBe("fr");
  });

  it("keeps a year a year and leaves an unknown date out, in every date it gives", () => {
    const year = articleJsonLd({ ...base, date: { ...base.date, value: "2015", precision: "year", year: 2015 } }, siteUrl);
    expect((year.isBasedOn as { datePublished: string }).datePublished).toBe("2015");
    expect(JSON.stringify(year)).not.toContain("2015-01-01");
    const unknown = articleJsonLd({ ...base, date: { value: null, precision: "unknown", year: null, start: null, sortKey: Number.MAX_SAFE_INTEGER } }, siteUrl);
    expect(unknown.isBasedOn).not.toHaveProperty("datePublished");
    expect(unknown.datePublished).toBe("2026-11-23T14:17:51+00:00");
  });

  it("says when the archive corrected the article", () => {
    expect(articleJsonLd({ ...base, correctedAt: "2027-01-05T10:30:00+01:00" }, siteUrl).dateModified).toBe("2027-01-05T10:30:00+01:00");
  });

  it("is about the article's companies and countries, with links to their pages", () => {
    const data = articleJsonLd(archive.bySlug.get("annonce-de-la-mere-2021")!, siteUrl);
    expect(data.about).toEqual([
      { "@type": "Organization", name: "Groupe Mère", url: `${siteUrl}/entreprises/mere` },
      { "@type": "Organization", name: "Autre Société", url: `${siteUrl}/entreprises/autre` },
      { "@type": "Country", name: "Pays A", url: `${siteUrl}/pays/pays-a` },
    ]);
  });

  it("has the archive as publisher, with its logo, on every article", () => {
    const publisher = articleJsonLd(base, siteUrl).publisher;
    expect(publisher).toEqual(archiveOrganization(siteUrl));
    expect(publisher).toMatchObject({ "@type": "Organization", name: "Archives du Cloud", logo: { "@type": "ImageObject", url: `${siteUrl}/logo.png` } });
  });

  it("names the byline's person as author, and the original's outlet as its publisher", () => {
    const article = { ...base, author: "Jeanne Martin", source: { name: "Le Journal", url: "https://journal.example/a", inferred: false } };
    const data = articleJsonLd(article, siteUrl);
    expect(data.author).toEqual({ "@type": "Person", name: "Jeanne Martin" });
    expect(data.isBasedOn).toMatchObject({ publisher: { name: "Le Journal" }, author: { name: "Jeanne Martin" }, url: "https://journal.example/a" });
  });

  it("names the outlet as author when the text has no byline, else the archive that edited the page", () => {
    const outlet = articleJsonLd({ ...base, author: undefined, source: { name: "Le Journal", url: "https://journal.example/a/b", inferred: false } }, siteUrl);
    expect(outlet.author).toEqual({ "@type": "Organization", name: "Le Journal", url: "https://journal.example" });
    const none = articleJsonLd({ ...base, author: undefined, source: undefined }, siteUrl);
    expect(none.author).toMatchObject({ "@type": "Organization", "@id": `${siteUrl}/#archive`, name: "Archives du Cloud" });
    expect(none.isBasedOn).not.toHaveProperty("publisher");
    expect(none.isBasedOn).not.toHaveProperty("author");
  });

  it("gives the original a name only when the title is the text's own", () => {
    expect(articleJsonLd({ ...base, titleSource: "source" }, siteUrl).isBasedOn).toHaveProperty("name", "Vieille nouvelle");
    expect(articleJsonLd({ ...base, titleSource: "editorial" }, siteUrl).isBasedOn).not.toHaveProperty("name");
  });
});

describe("articleBreadcrumbJsonLd and websiteJsonLd", () => {
  it("put an article under Accueil › Articles", () => {
    expect(articleBreadcrumbJsonLd({ slug: "vieille-nouvelle", title: "Vieille nouvelle" }, siteUrl).itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Accueil", item: `${siteUrl}/` },
      { "@type": "ListItem", position: 2, name: "Articles", item: `${siteUrl}/articles` },
      { "@type": "ListItem", position: 3, name: "Vieille nouvelle", item: `${siteUrl}/articles/vieille-nouvelle` },
    ]);
  });

  it("describe the site with a search action on /recherche", () => {
    const data = websiteJsonLd(siteUrl);
    expect(data).toMatchObject({ "@type": "WebSite", url: `${siteUrl}/`, publisher: { name: "Archives du Cloud" } });
    expect(data.potentialAction).toEqual({
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${siteUrl}/recherche?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    });
  });
});

describe("entityJsonLd", () => {
  it("describes a company as an Organization with its parent", () => {
    const data = entityJsonLd("company", archive.registry.companies.get("fille")!, siteUrl, archive.registry);
    expect(data).toMatchObject({ "@type": "Organization", name: "Filiale Fille", url: `${siteUrl}/entreprises/fille` });
    expect(data.parentOrganization).toEqual({ "@type": "Organization", url: `${siteUrl}/entreprises/mere` });
  });

  it("describes a country as a Country and a theme as a DefinedTerm", () => {
    expect(entityJsonLd("country", archive.registry.countries.get("pays-a")!, siteUrl, archive.registry)["@type"]).toBe("Country");
    expect(entityJsonLd("theme", archive.registry.themes.get("cloud")!, siteUrl, archive.registry)).toMatchObject({ "@type": "DefinedTerm", description: "Le cloud." });
  });
});

describe("breadcrumbs", () => {
  it("number the items from the home page down", () => {
    const data = entityBreadcrumbJsonLd("country", { slug: "pays-a", name: "Pays A" }, siteUrl);
    expect(data["@type"]).toBe("BreadcrumbList");
    expect(data.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Accueil", item: `${siteUrl}/` },
      { "@type": "ListItem", position: 2, name: "Pays", item: `${siteUrl}/pays` },
      { "@type": "ListItem", position: 3, name: "Pays A", item: `${siteUrl}/pays/pays-a` },
    ]);
    expect(breadcrumbJsonLd([], siteUrl).itemListElement).toEqual([]);
  });
});

describe("serializeJsonLd", () => {
  it("escapes < so a string cannot close the script element, and stays valid JSON", () => {
    const json = serializeJsonLd({ "@type": "Thing", name: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("<");
    expect(JSON.parse(json).name).toBe("</script><script>alert(1)</script>");
  });
});

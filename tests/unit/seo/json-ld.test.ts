import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive";
import { articleJsonLd, breadcrumbJsonLd, entityBreadcrumbJsonLd, entityJsonLd, serializeJsonLd } from "@/lib/seo/json-ld";

const archive = buildArchive(path.resolve("tests/fixtures/content"));
const siteUrl = "https://archives.example";

describe("articleJsonLd", () => {
  it("describes a NewsArticle with its date at its precision", () => {
    const data = articleJsonLd(archive.bySlug.get("vieille-nouvelle")!, siteUrl);
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.headline).toBe("Vieille nouvelle");
    expect(data.datePublished).toBe("2019-02");
    expect(data.url).toBe(`${siteUrl}/articles/vieille-nouvelle`);
    expect(data.inLanguage).toBe("fr");
  });

  it("is about the article's companies and countries, with links to their pages", () => {
    const data = articleJsonLd(archive.bySlug.get("annonce-de-la-mere-2021")!, siteUrl);
    expect(data.about).toEqual([
      { "@type": "Organization", name: "Groupe Mère", url: `${siteUrl}/entreprises/mere` },
      { "@type": "Organization", name: "Autre Société", url: `${siteUrl}/entreprises/autre` },
      { "@type": "Country", name: "Pays A", url: `${siteUrl}/pays/pays-a` },
    ]);
  });

  it("names the original source as publisher and as the publication it is based on", () => {
    const article = {
      ...archive.bySlug.get("vieille-nouvelle")!,
      author: "Jeanne Martin",
      source: { name: "Le Journal", url: "https://journal.example/a", inferred: false },
    };
    const data = articleJsonLd(article, siteUrl);
    expect(data.author).toEqual({ "@type": "Person", name: "Jeanne Martin" });
    expect(data.publisher).toEqual({ "@type": "Organization", name: "Le Journal", url: "https://journal.example/a" });
    expect(data.isBasedOn).toMatchObject({ publisher: { name: "Le Journal" }, url: "https://journal.example/a" });
  });

  it("leaves out what the article does not know", () => {
    const article = { ...archive.bySlug.get("vieille-nouvelle")!, author: undefined, source: undefined, date: { ...archive.bySlug.get("vieille-nouvelle")!.date, value: null } };
    const data = articleJsonLd(article, siteUrl);
    expect(data).not.toHaveProperty("datePublished");
    expect(data).not.toHaveProperty("author");
    expect(data).not.toHaveProperty("publisher");
    expect(data).not.toHaveProperty("isBasedOn");
  });
});

describe("entityJsonLd", () => {
  it("describes a company as an Organization with its parent", () => {
    const data = entityJsonLd("company", archive.registry.companies.get("fille")!, siteUrl);
    expect(data).toMatchObject({ "@type": "Organization", name: "Filiale Fille", url: `${siteUrl}/entreprises/fille` });
    expect(data.parentOrganization).toEqual({ "@type": "Organization", url: `${siteUrl}/entreprises/mere` });
  });

  it("describes a country as a Country and a theme as a DefinedTerm", () => {
    expect(entityJsonLd("country", archive.registry.countries.get("pays-a")!, siteUrl)["@type"]).toBe("Country");
    expect(entityJsonLd("theme", archive.registry.themes.get("cloud")!, siteUrl)).toMatchObject({ "@type": "DefinedTerm", description: "Le cloud." });
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

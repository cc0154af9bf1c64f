import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive";
import { type EntityProfile, getEntityProfile } from "@/lib/entities/entity-pages";

/** The map inputs of a company's or a country's profile. */
function companyOf(slug: string) {
  const p = getEntityProfile("company", slug, archive) as Extract<EntityProfile, { kind: "company" }>;
  return { company: p.entity, country: p.country, timeline: p.timeline };
}
function countryOf(slug: string) {
  const p = getEntityProfile("country", slug, archive) as Extract<EntityProfile, { kind: "country" }>;
  return { country: p.entity, timeline: p.timeline };
}
import { articlesMap, getArchiveMap, getCompanyMap, getCountryMap } from "@/lib/maps/entity-maps";

const archive = buildArchive(path.resolve("tests/fixtures/content"));

describe("entity maps", () => {
  it("put a company's home country as its headquarters, beside its sites", () => {
    const map = getCompanyMap(companyOf("mere"));
    expect(map.countries.map((c) => [c.country.slug, c.role])).toEqual([
      ["pays-a", "headquarters"],
      ["pays-b", "planned"],
    ]);
    expect(map.places.map((p) => [p.place.slug, p.role])).toEqual([["ville-une", "site"]]);
    expect(map.spec.points).toEqual([{ id: "ville-une", lat: 10, lon: 20, role: "site", label: "Ville Une" }]);
  });

  it("take a company's headquarters from the registry only: an article's headquarters may be another company's", () => {
    // The article names pays-a as a headquarters without saying whose (its one company, "autre", has no country in the registry).
    const article = archive.articles.filter((a) => a.slug === "vieille-nouvelle");
    expect(articlesMap(article, { company: true }).countries.map((c) => [c.country.slug, c.role])).toEqual([["pays-a", "mentioned"]]);
    // The company's own country is its headquarters; without the company's view (the archive's map, a country's), the article's role stands.
    expect(articlesMap(article, { company: true, home: article[0].countries[0].country }).countries.map((c) => c.role)).toEqual(["headquarters"]);
    expect(articlesMap(article).countries.map((c) => c.role)).toEqual(["headquarters"]);
  });

  it("leave off the map what has no code, but keep it in the text", () => {
    const map = getCompanyMap(companyOf("mere"));
    expect(map.spec.countries).toEqual([]);
    const withCode = articlesMap(archive.articles.map((a) => ({ ...a, countries: a.countries.map((c) => ({ ...c, country: { ...c.country, numeric: c.country.slug === "pays-a" ? "250" : undefined } })) })));
    expect(withCode.spec.countries).toEqual([{ numeric: "250", role: "headquarters" }]);
  });

  it("focus a country's map on it and its own places", () => {
    const map = getCountryMap(countryOf("pays-a"));
    expect(map.countries.map((c) => c.country.slug)).toEqual(["pays-a"]);
    expect(map.places.map((p) => p.place.slug)).toEqual(["ville-une"]);
    expect(getCountryMap(countryOf("pays-b")).places).toEqual([]);
  });

  it("show on the archive's map only sites and planned sites, each with its articles", () => {
    const map = getArchiveMap(archive);
    expect(map.countries.map((c) => [c.country.slug, c.role])).toEqual([
      ["pays-a", "site"],
      ["pays-b", "planned"],
    ]);
    expect(map.places.map((p) => [p.place.slug, p.articles.map((a) => a.slug)])).toEqual([["ville-une", ["annonce-de-la-mere-2021"]]]);
  });
});

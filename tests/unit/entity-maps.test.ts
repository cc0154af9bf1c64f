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
import { articlesMap, getCompanyMap, getCountryMap } from "@/lib/maps/entity-maps";
import { getProjectMap } from "@/lib/maps/project-map";

const archive = buildArchive(path.resolve("tests/fixtures/content"));

describe("entity maps", () => {
  it("put a company's home country as its headquarters; an article's sites without an announcement are only cited", () => {
    // The fixture articles give Pays B and Ville Une as a site and a planned site, but announce nothing: no one's site.
    const map = getCompanyMap(companyOf("mere"));
    expect(map.countries.map((c) => [c.country.slug, c.role])).toEqual([
      ["pays-a", "headquarters"],
      ["pays-b", "mentioned"],
    ]);
    expect(map.places.map((p) => [p.place.slug, p.role])).toEqual([["ville-une", "mentioned"]]);
  });

  it("mark as sites only the projects a company is `by` in, by their state", () => {
    const projects = buildArchive(path.resolve("tests/fixtures/announcements"));
    const mere = getEntityProfile("company", "mere", projects)!;
    const map = getCompanyMap({ company: mere.entity, country: mere.country, timeline: mere.timeline }, mere.projects);
    // The campus is in service; "autre"'s investments in Pays B, in an article naming "mere" too, are not hers.
    expect(map.places.map((p) => [p.place.slug, p.role])).toEqual([["ville-une", "site"]]);
    expect(map.countries.map((c) => [c.country.slug, c.role])).toEqual([["pays-a", "headquarters"]]);
    const autre = getEntityProfile("company", "autre", projects)!;
    const autreMap = getCompanyMap({ company: autre.entity, country: autre.country, timeline: autre.timeline }, autre.projects);
    expect(autreMap.countries.map((c) => [c.country.slug, c.role])).toEqual([["pays-b", "planned"]]);
    expect(autreMap.places.map((p) => [p.place.slug, p.role])).toEqual([["ville-deux", "planned"]]);
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

  it("put on the archive's map sites and announcements as points, with their state and who is behind them, and no country", () => {
    expect(getProjectMap(archive).points).toEqual([]);
    const map = getProjectMap(buildArchive(path.resolve("tests/fixtures/announcements")));
    expect(map.spec.countries).toEqual([]);
    expect(map.points.map((p) => [p.id, p.status, p.operators.map((c) => c.slug), p.rows.length])).toEqual([
      ["lieu-site-campus-une", "operational", ["mere", "fille"], 3],
      ["lieu-ville-deux", "announced", ["autre"], 1],
    ]);
    // Pays B has no coordinates in the fixture registry: its project is listed, not drawn.
    expect(map.unplaced.map((r) => r.id)).toEqual(["campus-en-service-2022#1"]);
  });
});

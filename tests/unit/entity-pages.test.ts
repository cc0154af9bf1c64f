import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive";
import { getChronology, getCompanyIndex, getEntityIndex, getEntityProfile, hasEntityPage } from "@/lib/entities/entity-pages";
import { groupByYearAndMonth } from "@/lib/entities/timeline";

const archive = buildArchive(path.resolve("tests/fixtures/content"));

describe("company profiles", () => {
  it("put a subsidiary's articles on the parent's timeline, oldest first, marked", () => {
    const profile = getEntityProfile("company", "mere", archive)!;
    expect(profile.timeline.map((e) => [e.article.slug, e.via?.slug])).toEqual([
      ["la-fille-en-2021", "fille"],
      ["annonce-de-la-mere-2021", undefined],
    ]);
    expect(profile.kind === "company" && profile.subsidiaries.map((s) => s.slug)).toEqual(["fille"]);
  });

  it("compute the fact sheet from the archive only", () => {
    const { facts } = getEntityProfile("company", "mere", archive)!;
    expect(facts.articleCount).toBe(2);
    expect(facts.dates?.first.slug).toBe("la-fille-en-2021");
    expect(facts.dates?.last.slug).toBe("annonce-de-la-mere-2021");
    expect(facts.companies.map((c) => [c.value.slug, c.count])).toEqual([["autre", 1]]);
    expect(facts.countries.map((c) => c.value.slug)).toEqual(["pays-a", "pays-b"]);
    // People of other companies are not the company's people.
    expect(facts.people.map((p) => p.name)).toEqual(["Jeanne Martin"]);
  });

  it("are undefined for unknown slugs", () => {
    expect(getEntityProfile("company", "inconnue", archive)).toBeUndefined();
    expect(getEntityProfile("country", "inconnu", archive)).toBeUndefined();
    expect(getEntityProfile("theme", "inconnu", archive)).toBeUndefined();
  });

  it("index parents with counts including subsidiaries", () => {
    expect(getCompanyIndex(archive).map((c) => [c.company.slug, c.count, c.subsidiaries.map((s) => s.count)])).toEqual([
      ["autre", 2, []],
      ["mere", 2, [1]],
    ]);
  });
});

describe("fact sheets of the archive's own articles", () => {
  const content = buildArchive(path.resolve("content"));

  it("count a country or place once per article, whatever its roles there", () => {
    // The BCX article names South Africa as a site and as a headquarters, and Alibaba's articles name China both ways too.
    for (const kind of ["company", "country", "theme"] as const) {
      for (const slug of content.registry[kind === "company" ? "companies" : kind === "country" ? "countries" : "themes"].keys()) {
        const profile = getEntityProfile(kind, slug, content);
        if (!profile) continue;
        const articles = profile.timeline.map((e) => e.article);
        for (const { value, count } of profile.facts.countries) expect(count, `${slug} › ${value.slug}`).toBe(articles.filter((a) => a.countries.some((c) => c.country === value)).length);
        for (const { place, count } of profile.facts.places) expect(count, `${slug} › ${place.slug}`).toBe(articles.filter((a) => a.places.some((p) => p.place === place)).length);
      }
    }
    const alibaba = getEntityProfile("company", "alibaba", content)!;
    expect(alibaba.facts.countries.find((c) => c.value.slug === "chine")!.count).toBeLessThanOrEqual(alibaba.facts.articleCount);
  });
});

describe("entities no article names", () => {
  // The fixture registry holds a subsidiary, a country and a theme that no article names.
  it("have no page: no profile (the routes' 404), no index row, no static param", () => {
    expect(archive.registry.companies.has("dormante")).toBe(true);
    expect(getEntityProfile("company", "dormante", archive)).toBeUndefined();
    expect(getEntityProfile("country", "pays-sans-article", archive)).toBeUndefined();
    expect(getEntityProfile("theme", "theme-sans-article", archive)).toBeUndefined();
    expect(hasEntityPage("company", "dormante", archive)).toBe(false);
    expect(hasEntityPage("company", "fille", archive)).toBe(true);
    expect(hasEntityPage("country", "pays-sans-article", archive)).toBe(false);
    const companyRows = getCompanyIndex(archive).flatMap((c) => [c.company.slug, ...c.subsidiaries.map((s) => s.company.slug)]);
    expect(companyRows).not.toContain("dormante");
    expect(companyRows).toContain("fille");
    expect(getEntityIndex("country", archive).map((c) => c.entity.slug)).not.toContain("pays-sans-article");
    expect(getEntityIndex("theme", archive).map((t) => t.entity.slug)).not.toContain("theme-sans-article");
  });

  it("are not listed among a parent's subsidiaries", () => {
    const mother = getEntityProfile("company", "mere", archive)!;
    expect(mother.kind === "company" && mother.subsidiaries.map((s) => s.slug)).toEqual(["fille"]);
  });
});

describe("country profiles", () => {
  it("carry each article's role and the country's places", () => {
    const profile = getEntityProfile("country", "pays-a", archive)!;
    expect(profile.timeline.map((e) => [e.article.slug, e.roles])).toEqual([
      ["vieille-nouvelle", ["headquarters"]],
      ["annonce-de-la-mere-2021", ["site"]],
    ]);
    expect(profile.facts.places.map((p) => p.name)).toEqual(["Ville Une"]);
    expect(getEntityIndex("country", archive).map((c) => [c.entity.slug, c.count])).toEqual([
      ["pays-a", 2],
      ["pays-b", 1],
    ]);
  });
});

describe("chronology", () => {
  it("orders oldest first or reversed, and groups by year then month", () => {
    const asc = getChronology("asc", archive);
    expect(asc.map((a) => a.date.value)).toEqual(["2019-02", "2021", "2021-06-15"]);
    expect(getChronology("desc", archive).map((a) => a.date.value)).toEqual(["2021-06-15", "2021", "2019-02"]);
    const groups = groupByYearAndMonth(asc, (a) => a.date);
    expect(groups.map((g) => [g.year, g.months.map((m) => m.month), g.count])).toEqual([
      [2019, [[2]].flat(), 1],
      [2021, [null, 6], 2],
    ]);
  });
});

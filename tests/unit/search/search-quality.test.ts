import fs from "node:fs";
import path from "node:path";
import { parseYaml } from "@/lib/content/yaml";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive";
import { stopWords } from "@/lib/search/encoder";
import { fieldsOf } from "@/lib/search/fields";
import { createSearch } from "@/lib/search/search";
import { parseSearchParams } from "@/lib/search/search-params";
import type { SearchResponse } from "@/lib/search/search-response";
import { words } from "@/lib/text";

/*
 * The search as readers use it, on an archive written for it
 * (tests/fixtures/search-archive: 25 articles, two of them undated): French
 * stems, partial matches that say what they lack, publishers and dates,
 * corrections of unknown words only. Then the held-out queries, written with
 * the archive before the search was tuned.
 */

const dir = path.resolve("tests/fixtures/search-archive");
const archive = buildArchive(dir);
const search = createSearch(archive);
const run = (input: Record<string, string>): SearchResponse => search(parseSearchParams(input).params);
const slugs = (input: Record<string, string>) => run(input).results.map((r) => r.slug);
const dateOf = (slug: string) => archive.articles.find((a) => a.slug === slug)!.date.value;

const ovhOpens = "ovhcloud-inaugure-un-centre-de-donnees-a-strasbourg";
const ovhFire = "un-incendie-detruit-un-batiment-d-ovhcloud-a-strasbourg";
const scalewayOpens = "scaleway-ouvre-un-nouveau-datacenter-a-saint-ouen";
const scalewayInvests = "scaleway-investit-dans-des-serveurs-d-ia";
const microsoftInvests = "microsoft-va-investir-4-milliards-d-euros-en-france";
const equinix = "equinix-lance-un-dixieme-centre-a-saint-denis";
const orangeBuilds = "orange-construit-un-centre-de-donnees-a-abidjan";
const senegal = "le-senegal-inaugure-son-centre-de-donnees-national";
const google = "google-cloud-ouvre-une-region-a-francfort";
const awsOutage = "une-panne-d-aws-paralyse-des-milliers-de-sites";
const cooling = "le-refroidissement-liquide-gagne-les-centres-de-donnees";
const sovereign = "le-cloud-souverain-selon-scaleway";

describe("French stems: the reader's word finds the text's", () => {
  it.each([
    ["inauguration ovh", ovhOpens, "inaugure"],
    ["inauguration senegal", senegal, "inaugure"],
    ["ouverture scaleway", scalewayOpens, "ouvre"],
    ["lancement equinix", equinix, "lance"],
    ["construction abidjan", orangeBuilds, "construit"],
    ["investissements scaleway", scalewayInvests, "investit"],
  ])("« %s » finds %s, whose text says « %s »", (q, slug) => {
    const response = run({ q });
    expect(response.results[0].slug).toBe(slug);
    expect(response.results[0].missing).toBeUndefined();
  });

  it("ranks the word as typed above its stem", () => {
    // "investit" is Scaleway's headline, "investir" Microsoft's: each finds both, its own first.
    expect(slugs({ q: "investit" }).slice(0, 2)).toEqual([scalewayInvests, microsoftInvests]);
    expect(slugs({ q: "investir" }).slice(0, 2)).toEqual([microsoftInvests, scalewayInvests]);
  });

  it("finds as the reader types: without accents, in any case, hyphens or not", () => {
    for (const q of ["Côte d’Ivoire", "cote d'ivoire", "COTE DIVOIRE", "cote-d-ivoire"]) expect(slugs({ q }), q).toContain(orangeBuilds);
    expect(slugs({ q: "e commerce" })).toEqual(slugs({ q: "e-commerce" }));
    expect(slugs({ q: "securite geree" })[0]).toBe("atos-rachete-un-specialiste-de-la-cybersecurite");
  });
});

describe("partial matches", () => {
  it("ranks the articles holding every word first, then the others, each saying which words it lacks", () => {
    const response = run({ q: "OVHcloud Strasbourg Inauguration" });
    expect(response.results[0]).toMatchObject({ slug: ovhOpens });
    expect(response.results[0].missing).toBeUndefined();
    expect(response.complete).toBe(1);
    const fire = response.results.find((r) => r.slug === ovhFire)!;
    // As the reader wrote it.
    expect(fire.missing).toEqual(["Inauguration"]);
  });

  it("shows an empty page only when no word of the query is in the archive, with suggestions then", () => {
    const partly = run({ q: "xyzzyplugh ovh" });
    expect(partly.total).toBeGreaterThan(0);
    for (const result of partly.results) expect(result.missing).toEqual(["xyzzyplugh"]);
    const nothing = run({ q: "xyzzyplugh zorglub" });
    expect(nothing.total).toBe(0);
    expect(nothing.popular.length).toBeGreaterThan(0);
  });

  it("ranks by field: a word in the headline above the same word in the body", () => {
    // Both name Abidjan as their place; one in its headline, the other in its body.
    expect(slugs({ q: "abidjan" })).toEqual([orangeBuilds, "le-datacenter-d-orange-en-cote-d-ivoire-entre-en-service"]);
  });
});

describe("publisher, year, month and places", () => {
  it("finds a publisher's articles", () => {
    const response = run({ q: "les echos" });
    const fromEchos = archive.articles.filter((a) => a.source?.name === "Les Echos").map((a) => a.slug);
    expect(response.results.slice(0, fromEchos.length).map((r) => r.slug).sort()).toEqual(fromEchos.sort());
  });

  it("ranks the articles of a year before those that only name it", () => {
    const found = slugs({ q: "2019" });
    const of2019 = archive.articles.filter((a) => a.date.year === 2019).map((a) => a.slug);
    expect(found.slice(0, of2019.length).sort()).toEqual(of2019.sort());
    // The Abidjan article (June 2018) says it opens "en 2019": found, after them.
    expect(found.indexOf(orangeBuilds)).toBe(of2019.length);
  });

  it("finds an article by its month and year, and a publisher with a year", () => {
    expect(slugs({ q: "mars 2019" })[0]).toBe(equinix);
    expect(run({ q: "jeune afrique 2019" }).results.slice(0, 3).map((r) => dateOf(r.slug)!.slice(0, 4))).toEqual(["2019", "2019", "2019"]);
  });

  it("finds a place by another of its names", () => {
    expect(slugs({ q: "Frankfurt" })[0]).toBe(google);
    expect(slugs({ q: "northern virginia" })[0]).toBe(awsOutage);
  });
});

describe("corrections", () => {
  // Every word the archive's articles hold, in any field.
  const known = [...new Set(archive.articles.flatMap((a) => Object.values(fieldsOf(a)).flatMap((text) => words(text))))].filter(
    (word) => word.length > 1 && !stopWords.has(word),
  );

  it("never corrects a word the archive knows, and always finds it", () => {
    expect(known.length).toBeGreaterThan(300);
    for (const q of known) {
      const response = run({ q });
      expect(response.suggestion, q).toBeUndefined();
      expect(response.total, q).toBeGreaterThan(0);
    }
  });

  it("corrects an unknown word, never offering the query itself", () => {
    const response = run({ q: "equinixx saint-denis" });
    expect(response.suggestion).toBe("equinix saint-denis");
    expect(response.results[0].slug).toBe(equinix);
    // A correction inside a hyphenated word keeps the hyphen, and differs from what was typed.
    expect(run({ q: "e-comerce" }).suggestion).toBe("e-commerce");
  });
});

describe("undated articles", () => {
  it("come after the dated ones in the date order, with or without a query", () => {
    const byDate = slugs({ q: "refroidissement", tri: "date" });
    expect(byDate.at(-1)).toBe(cooling);
    expect(byDate.slice(0, -1).every((slug) => dateOf(slug))).toBe(true);
    const filtered = slugs({ theme: "souverainete" });
    expect(filtered.at(-1)).toBe(sovereign);
    expect(filtered.slice(0, -1).map(dateOf)).toEqual(["2021-06-22", "2018-06"]);
  });
});

describe("held-out reader queries", () => {
  const queries = parseYaml(fs.readFileSync(path.join(dir, "held-out-queries.yaml"), "utf8")) as { q: string; slug: string }[];

  it("find their article in the first three results for at least 90 % of them, and never an empty page", () => {
    expect(queries.length).toBeGreaterThanOrEqual(50);
    const missed: string[] = [];
    let empty = 0;
    for (const { q, slug } of queries) {
      expect(archive.articles.some((a) => a.slug === slug), slug).toBe(true);
      const response = run({ q });
      if (response.total === 0) empty++;
      if (!response.results.slice(0, 3).some((r) => r.slug === slug)) missed.push(q);
    }
    expect(empty).toBe(0);
    expect(missed.length / queries.length, missed.join(" | ")).toBeLessThanOrEqual(0.1);
  });
});

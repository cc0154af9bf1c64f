import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive";
import { type SearchFunction, createSearch } from "@/lib/search/search";
import { parseSearchParams } from "@/lib/search/search-params";
import type { SearchResponse } from "@/lib/search/search-response";

const fixtureDir = path.join(__dirname, "../../fixtures/search-content");

let search: SearchFunction;
beforeAll(() => {
  search = createSearch(buildArchive(fixtureDir));
});

const run = (input: Record<string, string>): SearchResponse => search(parseSearchParams(input).params);
const slugs = (response: SearchResponse) => response.results.map((r) => r.slug);
const marked = (response: SearchResponse, i = 0) => response.results[i].snippet.filter((p) => p.mark).map((p) => p.text);

const huawei = "huawei-et-deutsche-telekom-lancent-un-cloud-public";
const telekomSecurity = "telekom-renforce-la-securite-de-ses-serveurs";
const alibabaEcommerce = "alibaba-mise-sur-l-e-commerce";
const alibabaCloud = "alibaba-cloud-ouvre-un-centre-de-donnees-en-allemagne";
const alibabaDatacenters = "le-groupe-chinois-alibaba-ouvre-des-datacenters";
const clouds = "les-clouds-publics-face-a-cloudflare";

describe("French matching", () => {
  it("folds accents and case both ways", () => {
    for (const q of ["securite", "SÉCURITÉ", "Sécurité"]) {
      expect(slugs(run({ q })).sort()).toEqual([huawei, telekomSecurity].sort());
    }
  });

  it("ranks a match in the headline above one in the body", () => {
    expect(slugs(run({ q: "sécurité" }))).toEqual([telekomSecurity, huawei]);
  });

  it("matches singular and plural, masculine and feminine", () => {
    // The third one is tagged with the theme "Centres de données": entity names are indexed too.
    const centres = run({ q: "centre de donnees" });
    expect(centres.complete).toBe(3);
    expect(slugs(centres).slice(0, 3).sort()).toEqual([alibabaCloud, alibabaEcommerce, alibabaDatacenters].sort());
    const secured = run({ q: "serveur securise" });
    expect(slugs(secured)[0]).toBe(telekomSecurity);
    expect(secured.complete).toBe(1);
  });

  it("splits hyphens and apostrophes", () => {
    const hyphen = slugs(run({ q: "e-commerce" }));
    expect(hyphen).toContain(alibabaEcommerce);
    expect(slugs(run({ q: "e commerce" }))).toEqual(hyphen);
    expect(slugs(run({ q: "l'Allemagne" }))).toEqual(slugs(run({ q: "allemagne" })));
    expect(slugs(run({ q: "l’Allemagne" }))).toContain(alibabaCloud);
  });

  it("ranks the articles holding every word first, then the others, each saying what it lacks", () => {
    const response = run({ q: "alibaba allemagne" });
    expect(slugs(response)[0]).toBe(alibabaCloud);
    expect(response.results[0].missing).toBeUndefined();
    expect(response.complete).toBe(1);
    for (const result of response.results.slice(1)) expect(result.missing).toHaveLength(1);
    expect(response.results.find((r) => r.slug === telekomSecurity)?.missing).toEqual(["alibaba"]);
  });

  it("ignores stop words", () => {
    expect(slugs(run({ q: "la sécurité des serveurs" }))).toEqual(slugs(run({ q: "sécurité serveurs" })));
    const onlyStopWords = run({ q: "le la des" });
    expect(onlyStopWords.total).toBe(0);
    expect(onlyStopWords.notices.join(" ")).toMatch(/trop courants/);
  });
});

describe("typos", () => {
  it("finds what a misspelt word means and suggests the spelling", () => {
    const response = run({ q: "huaweii" });
    expect(slugs(response)).toEqual([huawei]);
    expect(response.suggestion).toBe("huawei");
    expect(response.entityHits.map((h) => h.slug)).toEqual(["huawei"]);
  });

  it("corrects a transposition and keeps the other words", () => {
    const response = run({ q: "cloud hauwei" });
    expect(response.suggestion).toBe("cloud huawei");
    expect(slugs(response)[0]).toBe(huawei);
    expect(response.complete).toBe(1);
  });

  it("treats a near miss of an entity name as that entity too", () => {
    const response = run({ q: "telecom" });
    expect(response.entityHits.map((h) => h.slug)).toContain("deutsche-telekom");
    expect(slugs(response)).toContain(telekomSecurity);
  });

  it("completes the word being typed", () => {
    const response = run({ q: "huaw" });
    expect(slugs(response)).toEqual([huawei]);
    expect(marked(response)).toContain("Huawei");
  });

  it("searches the words as typed with exact=1: no correction, no completion, no suggestion", () => {
    for (const q of ["huaweii", "huaw", "cloud hauwei"]) {
      const response = run({ q, exact: "1" });
      expect(response.suggestion, q).toBeUndefined();
      expect(response.params, q).toMatchObject({ q, exact: true });
      // No article holds the word as typed: the others' words only, each result saying so.
      for (const result of response.results) expect(result.missing, q).toContain(q.split(" ").at(-1));
    }
    expect(run({ q: "huaweii", exact: "1" }).total).toBe(0);
    expect(run({ q: "cloud hauwei", exact: "1" }).total).toBeGreaterThan(0);
    expect(slugs(run({ q: "huawei", exact: "1" }))).toEqual([huawei]);
  });

  it("does not correct short words or nonsense", () => {
    expect(run({ q: "zqxw" }).total).toBe(0);
    expect(run({ q: "xyzzyplugh" }).suggestion).toBeUndefined();
  });
});

describe("entity hits", () => {
  it.each([
    ["huawei", "company", "huawei"],
    ["DT", "company", "deutsche-telekom"],
    ["allemand", "country", "allemagne"],
    ["chinoise", "country", "chine"],
    ["datacenters", "theme", "centres-de-donnees"],
    ["Aliyun", "company", "alibaba-cloud"],
  ])("%s names %s %s", (q, kind, slug) => {
    const hits = run({ q }).entityHits;
    expect(hits[0]).toMatchObject({ kind, slug });
  });

  it("finds articles by alias and adjective through their entities", () => {
    expect(slugs(run({ q: "DT" })).sort()).toEqual([huawei, telekomSecurity].sort());
    expect(slugs(run({ q: "chinoise" }))).toContain(alibabaCloud);
  });

  it("gives the count and, for a parent, its subsidiaries", () => {
    const [hit] = run({ q: "alibaba" }).entityHits;
    expect(hit).toMatchObject({ slug: "alibaba", articleCount: 2, href: "/entreprises/alibaba" });
    expect(hit.subsidiaries.map((s) => s.slug)).toEqual(["alibaba-cloud"]);
  });
});

describe("filters and facets", () => {
  it("keeps company filters exact: a parent does not include its subsidiary", () => {
    const response = run({ q: "", entreprise: "alibaba" });
    expect(slugs(response)).toEqual([alibabaDatacenters, alibabaEcommerce]);
  });

  it("combines filters with an empty query", () => {
    expect(slugs(run({ entreprise: "alibaba", annee: "2020" }))).toEqual([alibabaEcommerce]);
  });

  it("counts facet values over the results and marks the selected one", () => {
    const response = run({ q: "alibaba" });
    expect(response.total).toBe(3);
    expect(response.facets.companies).toContainEqual({ slug: "alibaba", name: "Alibaba", count: 2, selected: false });
    expect(response.facets.years.map((y) => [y.year, y.count])).toEqual([
      [2021, 1],
      [2020, 2],
    ]);
    const filtered = run({ q: "alibaba", pays: "allemagne" });
    expect(slugs(filtered)).toEqual([alibabaCloud]);
    expect(filtered.facets.countries.find((c) => c.slug === "allemagne")).toMatchObject({ count: 1, selected: true });
  });

  it("ignores unknown filter values with a notice", () => {
    const response = run({ q: "alibaba", entreprise: "inconnue", annee: "1999" });
    expect(response.total).toBe(3);
    expect(response.params.company).toBeUndefined();
    expect(response.notices.join(" ")).toMatch(/inconnue.*ignoré/);
    expect(response.notices.join(" ")).toMatch(/1999/);
  });

  it("sorts by date, newest first", () => {
    expect(slugs(run({ q: "serveurs", tri: "date" }))).toEqual([alibabaCloud, telekomSecurity, huawei]);
  });
});

describe("snippets", () => {
  it("marks whole words only", () => {
    const response = run({ q: "cloud", entreprise: "", theme: "cloud-public" });
    const texts = response.results.find((r) => r.slug === clouds)!.snippet;
    const marks = texts.filter((p) => p.mark).map((p) => p.text);
    expect(marks).toEqual(["cloud", "cloud"]);
    expect(texts.map((p) => p.text).join("")).toContain("Cloudflare");
  });

  it("does not match a word inside a longer one", () => {
    expect(slugs(run({ q: "sécurité" }))).not.toContain("none");
    const telekom = run({ q: "sécurité" }).results.find((r) => r.slug === telekomSecurity)!;
    expect(telekom.snippet.filter((p) => p.mark).map((p) => p.text)).not.toContain("cybersécurité");
  });

  it("gives the result's date, source and entity links", () => {
    const [result] = run({ q: "huawei" }).results;
    expect(result).toMatchObject({
      href: `/articles/${huawei}`,
      date: { label: "2015", value: "2015" },
      source: "Le Journal du Cloud",
    });
    expect(result.companies.map((c) => c.href)).toEqual(["/entreprises/huawei", "/entreprises/deutsche-telekom"]);
    expect(result.countries.map((c) => c.href)).toEqual(["/pays/allemagne", "/pays/chine"]);
  });
});

describe("bad input", () => {
  it("answers an empty query with popular entities and no results", () => {
    const response = run({});
    expect(response.total).toBe(0);
    expect(response.popular.length).toBeGreaterThan(0);
  });

  it("caps a 10,000-character query with a notice", () => {
    const { params, notices } = parseSearchParams({ q: "alibaba ".repeat(1250) });
    expect(params.q.length).toBeLessThanOrEqual(200);
    expect(notices[0]).toMatch(/trop longue/);
    expect(search(params).total).toBe(3);
  });

  it("survives markup, control characters and odd Unicode", () => {
    for (const q of ["<script>alert(1)</script>", "huawei\u0000\u0007\u200b", "\ud800 cloud", "%E0%A4%A", "💥".repeat(300), "'\"--;", "   "]) {
      expect(() => run({ q })).not.toThrow();
    }
    expect(run({ q: "<script>alert(1)</script>" }).params.q).toBe("<script>alert(1)</script>");
  });

  it("shows the last page for a page past the end", () => {
    const response = run({ q: "alibaba", page: "999999" });
    expect(response.page).toBe(1);
    expect(response.results).toHaveLength(3);
    expect(response.notices.join(" ")).toMatch(/dernière page/);
  });
});

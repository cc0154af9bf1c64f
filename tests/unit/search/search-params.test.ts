import { describe, expect, it } from "vitest";
import { apiRequestProblem, cleanQuery, parseSearchParams, searchUrl } from "@/lib/search/search-params";

describe("parseSearchParams", () => {
  it("reads the French parameters", () => {
    expect(parseSearchParams({ q: " huawei ", entreprise: "huawei", pays: "chine", theme: "cloud-public", annee: "2015", tri: "date", page: "2" })).toEqual({
      params: { q: "huawei", company: "huawei", country: "chine", theme: "cloud-public", year: 2015, sort: "date", page: 2 },
      notices: [],
    });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseSearchParams({ q: ["a", "b"] }).params.q).toBe("a");
  });

  it("drops bad values with French notices, never throws", () => {
    const { params, notices } = parseSearchParams({ entreprise: "<b>", annee: "20x5", tri: "hasard", page: "-3" });
    expect(params).toEqual({ q: "", sort: "relevance", page: 1 });
    expect(notices).toHaveLength(4);
  });

  it("reads exact=1 as a search without correction, only with a query", () => {
    expect(parseSearchParams({ q: "huaweii", exact: "1" })).toEqual({ params: { q: "huaweii", exact: true, sort: "relevance", page: 1 }, notices: [] });
    expect(parseSearchParams({ q: "huaweii", exact: "0" })).toEqual({ params: { q: "huaweii", sort: "relevance", page: 1 }, notices: [] });
    expect(parseSearchParams({ exact: "1" }).params.exact).toBeUndefined();
    const { params, notices } = parseSearchParams({ q: "huaweii", exact: "oui" });
    expect(params.exact).toBeUndefined();
    expect(notices).toEqual(["Valeur «\u00a0oui\u00a0» du paramètre exact inconnue\u00a0: les mots mal orthographiés sont corrigés."]);
  });

  it("clamps absurd page numbers", () => {
    expect(parseSearchParams({ page: "999999999" }).params.page).toBe(100_000);
  });
});

describe("cleanQuery", () => {
  it("removes control characters and collapses spaces", () => {
    expect(cleanQuery("  sécurité\u0000\tdes\n données ")).toBe("sécurité des données");
  });
  it("repairs lone surrogates", () => {
    expect(() => encodeURIComponent(cleanQuery("a\ud800b"))).not.toThrow();
  });
});

describe("searchUrl", () => {
  it("writes parameters in one order and leaves defaults out", () => {
    expect(searchUrl({ page: 1, sort: "relevance", year: 2020, company: "alibaba", q: "cloud public" })).toBe("/recherche?q=cloud+public&entreprise=alibaba&annee=2020");
    expect(searchUrl({ q: "", sort: "date", page: 3, theme: "e-commerce", country: "chine" })).toBe("/recherche?pays=chine&theme=e-commerce&tri=date&page=3");
    expect(searchUrl({})).toBe("/recherche");
  });

  it("round-trips through parseSearchParams", () => {
    for (const params of [
      { q: "l'Allemagne & co", company: "deutsche-telekom", year: 2015, sort: "date" as const, page: 2 },
      { q: "huaweii", exact: true, country: "chine", sort: "relevance" as const, page: 3 },
    ]) {
      const url = new URL(searchUrl(params), "http://x");
      expect(parseSearchParams(Object.fromEntries(url.searchParams)).params).toEqual(params);
    }
  });

  it("writes exact=1 after the query, and never without one", () => {
    expect(searchUrl({ q: "huaweii", exact: true, company: "huawei", page: 2 })).toBe("/recherche?q=huaweii&exact=1&entreprise=huawei&page=2");
    expect(searchUrl({ q: "", exact: true })).toBe("/recherche");
  });
});

describe("apiRequestProblem", () => {
  it("accepts what the page accepts from a well-behaved client", () => {
    expect(apiRequestProblem({ q: "huawei", page: "2", tri: "date", annee: "2020" })).toBeUndefined();
  });
  it("explains invalid requests in French", () => {
    expect(apiRequestProblem({ q: "a".repeat(1001) })).toMatch(/trop long/);
    expect(apiRequestProblem({ page: "abc" })).toMatch(/entier/);
    expect(apiRequestProblem({ tri: "x" })).toMatch(/pertinence/);
    expect(apiRequestProblem({ q: "huaweii", exact: "oui" })).toMatch(/exact/);
    expect(apiRequestProblem({ q: "huaweii", exact: "1" })).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { activeFilters, clearFiltersHref, narrowingFacets, searchSubject, suggestionLabel } from "@/lib/search/filters";
import type { SearchParams } from "@/lib/search/search-params";
import type { Facets } from "@/lib/search/search-response";

const params = (extra: Partial<SearchParams> = {}): SearchParams => ({ q: "", sort: "relevance", page: 1, ...extra });
const names: Record<string, string> = { alibaba: "Alibaba", chine: "Chine", "cloud-public": "Cloud public" };
const nameOf = (param: string, value: string) => (param === "year" ? value : names[value]);

describe("search filters", () => {
  it("offer only values that would narrow the results, and keep a chosen one", () => {
    const value = (slug: string, count: number, selected = false) => ({ slug, name: slug, count, selected });
    const facets: Facets = {
      companies: [value("alibaba", 4, true), value("bcx", 1), value("huawei", 4)],
      countries: [value("chine", 4)],
      themes: [value("cloud-public", 2)],
      years: [{ year: 2020, name: "2020", count: 2, selected: false }, { year: 2023, name: "2023", count: 4, selected: false }],
    };
    const kept = narrowingFacets(facets, 4);
    expect(kept.companies.map((v) => v.slug)).toEqual(["alibaba", "bcx"]);
    expect(kept.countries).toEqual([]);
    expect(kept.themes.map((v) => v.slug)).toEqual(["cloud-public"]);
    expect(kept.years.map((v) => v.year)).toEqual([2020]);
  });

  it("name each chosen filter with the URL that removes it, and one that removes all", () => {
    const p = params({ q: "cloud", company: "alibaba", year: 2020, sort: "date" });
    expect(activeFilters(p, nameOf)).toEqual([
      { param: "company", label: "Entreprise", name: "Alibaba", removeHref: "/recherche?q=cloud&annee=2020&tri=date" },
      { param: "year", label: "Année", name: "2020", removeHref: "/recherche?q=cloud&entreprise=alibaba&tri=date" },
    ]);
    expect(clearFiltersHref(p)).toBe("/recherche?q=cloud&tri=date");
  });

  it("say what the page shows", () => {
    expect(searchSubject(params({ company: "alibaba", year: 2020 }), nameOf)).toBe("Alibaba, 2020");
    expect(searchSubject(params({ q: "cloud", country: "chine" }), nameOf)).toBe("«\u00a0cloud\u00a0», Chine");
    expect(searchSubject(params(), nameOf)).toBe("");
    // An unknown slug is shown as written rather than dropped.
    expect(searchSubject(params({ theme: "inconnu" }), nameOf)).toBe("inconnu");
  });

  it("write a corrected query as the registry does when it names an entity", () => {
    const names = (t: string) => ({ huawei: "Huawei", cloud: "Cloud", "deutsche telekom": "Deutsche Telekom" })[t];
    expect(suggestionLabel("huawei", "huaweii", names)).toBe("Huawei");
    expect(suggestionLabel("deutsche telekom", "deutsche telecom", names)).toBe("Deutsche Telekom");
    expect(suggestionLabel("cloud souverain", "cloud souverin", () => undefined)).toBe("cloud souverain");
    // Only the corrected word takes the registry's spelling; the words typed right stay as typed.
    expect(suggestionLabel("cloud huawei", "cloud huaweii", names)).toBe("cloud Huawei");
  });
});

import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive";
import { queryWords } from "@/lib/search/encoder";
import { buildFacetTables } from "@/lib/search/facets";
import { applyFilters } from "@/lib/search/filters";
import type { ResolvedWord } from "@/lib/search/match";
import { suggestionFor } from "@/lib/search/present";
import { rankFirst } from "@/lib/search/rank";

const archive = buildArchive(path.resolve("tests/fixtures/search-content"));
const tables = buildFacetTables(archive.articles, archive.registry);

describe("search stages", () => {
  it("filters: applies known values and drops unknown ones with a notice", () => {
    const { params, filter, notices } = applyFilters({ q: "cloud", sort: "relevance", page: 1, company: "alibaba", country: "atlantide" }, tables);
    expect(params).toMatchObject({ company: "alibaba" });
    expect(params.country).toBeUndefined();
    expect(filter.companies).toBe(tables.positions.companies.get("alibaba"));
    expect(notices).toEqual(["Le pays «\u00a0atlantide\u00a0» n’existe pas dans les archives\u00a0: ce filtre est ignoré."]);
  });

  it("rank: keeps the best scores first, newest (lower id) first among equals, like a full sort", () => {
    const ids = Array.from({ length: 500 }, (_, i) => i);
    const scores = Float32Array.from(ids, (i) => (i * 7919) % 13);
    const sorted = [...ids].sort((a, b) => scores[b] - scores[a] || a - b);
    expect(rankFirst({ ids, scores }, 20)).toEqual(sorted.slice(0, 20));
    expect(rankFirst({ ids: [9, 3, 5] }, 2)).toEqual([3, 5]);
  });

  it("present: suggests the query with each unmatched word replaced", () => {
    const [huaweii, cloud] = queryWords("huaweii cloud");
    const resolved = [
      { ...huaweii, searched: "huawei", hits: undefined },
      { ...cloud, searched: cloud.word, hits: undefined },
    ] as ResolvedWord[];
    expect(suggestionFor("Huaweii cloud", resolved)).toBe("huawei cloud");
    expect(suggestionFor("cloud", [resolved[1]])).toBeUndefined();
    // Inside a hyphenated word too; and never the query itself, whatever was replaced.
    const [clood] = queryWords("clood");
    expect(suggestionFor("e-clood", [{ ...clood, searched: "cloud", hits: undefined }])).toBe("e-cloud");
    expect(suggestionFor("Huaweii", [{ ...huaweii, searched: "huaweii", hits: undefined }])).toBeUndefined();
    expect(suggestionFor("nuage", [{ ...huaweii, searched: "huawei", hits: undefined }])).toBeUndefined();
  });
});

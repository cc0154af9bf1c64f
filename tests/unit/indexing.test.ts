import { describe, expect, it } from "vitest";
import robots from "@/app/robots";
import { searchMetadata } from "@/components/search/search-results-page";

/* Search pages echo whatever a URL says: a spammer's text must not become an indexed page. */
describe("indexing of search pages", () => {
  it.each([
    { q: "Achetez sur arnaque.example", sort: "relevance", page: 1 },
    { q: "alibaba", sort: "relevance", page: 1 },
    { q: "", sort: "relevance", page: 1 },
    { q: "alibaba", company: "huawei", sort: "date", page: 2 },
  ] as const)("marks %j noindex, follow", (params) => {
    expect(searchMetadata(params).robots).toEqual({ index: false, follow: true });
  });

  it("robots.txt keeps crawlers out of /recherche and /api/", () => {
    const rules = [robots().rules].flat();
    const forAll = rules.find((r) => r.userAgent === "*")!;
    expect([forAll.disallow].flat()).toEqual(expect.arrayContaining(["/recherche", "/api/"]));
  });
});

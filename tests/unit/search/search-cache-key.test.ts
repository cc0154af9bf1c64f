import { describe, expect, it } from "vitest";
import { cachedSearchPath, paramsFromCachedSegment, searchCacheKey } from "@/lib/search/search-cache-key";

const query = (text: string) => new URLSearchParams(text);
const segmentOf = (text: string) => cachedSearchPath(query(text))?.split("/").pop();

describe("search cache keys", () => {
  it("give every way of writing one search the same canonical key", () => {
    const key = "q=cloud+public&entreprise=alibaba&annee=2020";
    expect(searchCacheKey(query("annee=2020&q=cloud%20public&entreprise=alibaba"))).toBe(key);
    expect(searchCacheKey(query("q=++cloud+++public+&entreprise=ALIBABA&annee=2020&utm_source=lettre"))).toBe(key);
    expect(searchCacheKey(query("q=cloud+public&entreprise=alibaba&annee=2020&tri=pertinence&page=1"))).toBe(key);
    expect(searchCacheKey(query(""))).toBe("");
  });

  it("leave out searches that need a notice, and very long ones", () => {
    expect(searchCacheKey(query("q=cloud&annee=deux-mille"))).toBeUndefined();
    expect(searchCacheKey(query("q=cloud&page=-1"))).toBeUndefined();
    expect(searchCacheKey(query(`q=${"alibaba ".repeat(1250)}`))).toBeUndefined();
    expect(searchCacheKey(query(`q=${"é".repeat(100)}`))).toBeUndefined();
    expect(cachedSearchPath(query("q=cloud&tri=hasard"))).toBeUndefined();
  });

  it("turn a cached page's segment back into the same search", () => {
    for (const text of ["q=s%C3%A9curit%C3%A9", "q=100%25&tri=date&page=3", "pays=chine&theme=cloud-public", "", "q=c%C3%B4te+d'ivoire"]) {
      const segment = segmentOf(text)!;
      expect(segment).toMatch(/^[\w-]+$/);
      expect(paramsFromCachedSegment(segment)).toBeDefined();
    }
    expect(paramsFromCachedSegment(segmentOf("q=s%C3%A9curit%C3%A9&tri=date")!)).toEqual({ q: "sécurité", sort: "date", page: 1 });
    expect(paramsFromCachedSegment("tout")).toEqual({ q: "", sort: "relevance", page: 1 });
  });

  it("refuse segments proxy.ts would never write, so they cannot fill the cache with duplicates", () => {
    const b64 = (text: string) => Buffer.from(text).toString("base64url");
    expect(paramsFromCachedSegment(b64("q=cloud"))).toEqual({ q: "cloud", sort: "relevance", page: 1 });
    expect(paramsFromCachedSegment(b64("q=cloud&utm_source=x"))).toBeUndefined();
    expect(paramsFromCachedSegment(b64("q=Cloud+&page=1"))).toBeUndefined();
    expect(paramsFromCachedSegment(b64("annee=abc"))).toBeUndefined();
    expect(paramsFromCachedSegment(`${b64("q=cloud")}==`)).toBeUndefined();
    expect(paramsFromCachedSegment("%%%")).toBeUndefined();
    expect(paramsFromCachedSegment("")).toBeUndefined();
  });
});

import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getArticle, getArticlesPage, getRelatedArticles, getSameStoryArticles } from "@/lib/pages/articles";

beforeAll(() => {
  process.env.CONTENT_DIR = path.resolve("tests/fixtures/content");
});

describe("article getters", () => {
  it("find an article by slug, undefined otherwise", () => {
    expect(getArticle("vieille-nouvelle")?.title).toBe("Vieille nouvelle");
    expect(getArticle("inconnu")).toBeUndefined();
    expect(getArticlesPage(1)?.items.map((a) => a.slug)).toEqual(["annonce-de-la-mere-2021", "la-fille-en-2021", "vieille-nouvelle"]);
    expect(getArticlesPage(2)).toBeUndefined();
  });

  it("link the articles of one story, and only them", () => {
    expect(getSameStoryArticles(getArticle("la-fille-en-2021")!).map((a) => a.slug)).toEqual(["vieille-nouvelle"]);
    expect(getSameStoryArticles(getArticle("annonce-de-la-mere-2021")!)).toEqual([]);
  });

  it("relate articles by shared entities, outside their own story", () => {
    // "Vieille nouvelle" shares the company Autre and the country Pays A with the announcement.
    expect(getRelatedArticles(getArticle("vieille-nouvelle")!).map((a) => a.slug)).toEqual(["annonce-de-la-mere-2021"]);
    // The daughter's article shares nothing with the announcement (no company, country or theme in common).
    expect(getRelatedArticles(getArticle("la-fille-en-2021")!)).toEqual([]);
  });
});

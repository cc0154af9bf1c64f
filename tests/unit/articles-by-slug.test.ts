import { describe, expect, it } from "vitest";
import { ArticlesBySlug } from "@/lib/archive/articles-by-slug";
import type { Article } from "@/lib/model/article";

const article = (slug: string, title = slug) => ({ slug, title }) as Article;

describe("the articles of a version by slug", () => {
  const first = [article("a"), article("b"), article("c")];

  it("answers for added, changed and withdrawn articles, and leaves the table it was made from as it was", () => {
    const before = ArticlesBySlug.of(first);
    const changedB = article("b", "B corrigé");
    const after = before.with([{ slug: "d", after: article("d") }, { slug: "b", after: changedB }, { slug: "c" }]);
    expect(after.get("a")).toBe(first[0]);
    expect(after.get("b")).toBe(changedB);
    expect(after.has("c")).toBe(false);
    expect(after.get("d")?.slug).toBe("d");
    expect(after.has("zzz")).toBe(false);
    expect(before.get("b")).toBe(first[1]);
    expect(before.has("c")).toBe(true);
    expect(before.has("d")).toBe(false);
  });

  it("stays right over many publications, past the point where the changes are folded into a new table", () => {
    const many = Array.from({ length: 500 }, (_, i) => article(`s${i}`));
    let table = ArticlesBySlug.of(many);
    const versions = [table];
    // 300 publications of one change each: withdraw every even article below 200, add 100, correct some.
    for (let i = 0; i < 200; i += 2) versions.push((table = table.with([{ slug: `s${i}` }])));
    for (let i = 0; i < 100; i++) versions.push((table = table.with([{ slug: `n${i}`, after: article(`n${i}`) }])));
    const corrected = article("s201", "corrigé");
    versions.push((table = table.with([{ slug: "s201", after: corrected }])));
    for (let i = 0; i < 500; i++) expect(table.has(`s${i}`)).toBe(i >= 200 || i % 2 === 1);
    for (let i = 0; i < 100; i++) expect(table.get(`n${i}`)?.slug).toBe(`n${i}`);
    expect(table.get("s201")).toBe(corrected);
    // Every earlier version still reads as it did: the first one has all 500 and none of the new.
    expect(versions[0].has("s0")).toBe(true);
    expect(versions[0].has("n0")).toBe(false);
    expect(versions[0].get("s201")).toBe(many[201]);
    expect(versions[100].has("n0")).toBe(false);
    expect(versions[101].has("n0")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { nextVersion } from "@/lib/archive/archive";
import { fromScratch, publications, startingArchive } from "./publications";

const slugs = (articles: { slug: string }[]) => articles.map((a) => a.slug);

describe("the next archive version after a publication", () => {
  it.each(Object.keys(publications))("after %s, holds the articles in the order a full sort gives", (name) => {
    const previous = startingArchive();
    const before = slugs(previous.articles);
    const changes = publications[name](previous);
    const next = nextVersion(previous, changes);
    expect(slugs(next.articles)).toEqual(slugs(fromScratch(next).articles));
    for (const article of next.articles) expect(next.bySlug.get(article.slug)).toBe(article);
    for (const { slug, after } of changes) expect(next.bySlug.get(slug)).toBe(after);
    expect(slugs(previous.articles)).toEqual(before);
    // The previous version's table still says what it said.
    for (const article of previous.articles) expect(previous.bySlug.get(article.slug)).toBe(article);
    for (const { slug, before: old } of changes) if (!old) expect(previous.bySlug.has(slug)).toBe(false);
    // Where each kept article went: the shift the positional tables are patched with.
    previous.articles.forEach((article, old) => {
      if (!next.origin!.shift.isRemoved(old)) expect(next.articles[next.origin!.shift.moved(old)]).toBe(article);
    });
  });

  it("is built from scratch, with nothing to carry, when a publication changes most of the archive", () => {
    const previous = startingArchive();
    const next = nextVersion(previous, previous.articles.slice(0, 70).map((a) => ({ slug: a.slug, before: a })));
    expect(next.origin).toBeUndefined();
    expect(next.articles).toHaveLength(previous.articles.length - 70);
  });
});

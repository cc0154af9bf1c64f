import { describe, expect, it } from "vitest";
import { type Archive, nextVersion, settleVersion } from "@/lib/archive";
import { getArticleHtml, getRelatedArticles } from "@/lib/articles";
import { getEntityProfile } from "@/lib/entities/entity-pages";
import type { EntityKind } from "@/lib/schema/entity";
import { fromScratch, publications, registry, startingArchive } from "./publications";

const entities: [EntityKind, string][] = [
  ...[...registry.companies.keys()].map((slug) => ["company", slug] as [EntityKind, string]),
  ...[...registry.countries.keys()].map((slug) => ["country", slug] as [EntityKind, string]),
  ...[...registry.themes.keys()].map((slug) => ["theme", slug] as [EntityKind, string]),
];

const profiles = (archive: Archive) => entities.map(([kind, slug]) => getEntityProfile(kind, slug, archive));

describe("entity pages, bodies and related articles of a version made by a publication", () => {
  // Bodies render on the render thread (lib/markdown-render.ts), which loads the parser once per test file.
  it.each(Object.keys(publications))("after %s, are those of the version built from scratch", { timeout: 60_000 }, async (name) => {
    const previous = startingArchive();
    const old = profiles(previous);
    for (const article of previous.articles) getArticleHtml(article, previous);
    const changes = publications[name](previous);
    const next = nextVersion(previous, changes);
    settleVersion(next);
    const fresh = fromScratch(next);
    expect(profiles(next)).toEqual(profiles(fresh));
    // A page no changed article is on is carried as it was; the others are computed again.
    const carried = profiles(next).filter((p, i) => p && p === old[i]).length;
    expect(carried).toBeGreaterThan(0);
    expect(carried).toBeLessThan(old.filter(Boolean).length);
    for (const article of next.articles) {
      expect(next.derived.has(`html:${article.slug}`)).toBe(!changes.some((c) => c.slug === article.slug));
      expect(await getArticleHtml(article, next)).toBe(await getArticleHtml(article, fresh));
      expect(getRelatedArticles(article, 3, next)).toEqual(getRelatedArticles(article, 3, fresh));
    }
  });
});

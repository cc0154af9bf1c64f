import path from "node:path";
import { describe, expect, it } from "vitest";
import { archiveOf, buildArchive } from "@/lib/archive";
import type { Article } from "@/lib/content/article";
import { stem } from "@/lib/search/encoder";
import { buildLiveIndex, indexArticle, postingsOf, unindexArticle } from "@/lib/search/live-index";
import { words } from "@/lib/text";
import { createSearch } from "@/lib/search/search";

const base = buildArchive(path.resolve("tests/fixtures/search-content"));
const slugsFound = (archive: ReturnType<typeof archiveOf>, live: ReturnType<typeof buildLiveIndex>, q: string) =>
  createSearch(archive, live)({ q, sort: "relevance", page: 1 }).results.map((r) => r.slug);

const withBody = (article: Article, slug: string, body: string): Article => ({ ...article, slug, file: `articles/${slug}.md`, body });

describe("the live search index", () => {
  it("takes a new article, a correction and a withdrawal in place, without indexing the others again", () => {
    const live = buildLiveIndex(base.articles);
    const idsBefore = new Map(live.docIdOf);
    const added = withBody(base.articles[0], "nouvel-article", "Un mot jamais vu : zorglubesque.");

    indexArticle(live, added);
    const v2 = archiveOf(base.dir, base.registry, [...base.articles, added]);
    expect(slugsFound(v2, live, "zorglubesque")).toEqual(["nouvel-article"]);
    // Every other article kept its document: nothing was rebuilt.
    for (const [slug, id] of idsBefore) expect(live.docIdOf.get(slug)).toBe(id);

    const corrected = withBody(added, "nouvel-article", "Le mot corrigé : zorglubissime.");
    indexArticle(live, corrected, added);
    const v3 = archiveOf(base.dir, base.registry, [...base.articles, corrected]);
    expect(slugsFound(v3, live, "zorglubissime")).toEqual(["nouvel-article"]);
    expect(slugsFound(v3, live, "zorglubesque")).toEqual([]);
    expect(live.documentFrequency.has("zorglubesque")).toBe(false);

    unindexArticle(live, corrected);
    expect(slugsFound(base, live, "zorglubissime")).toEqual([]);
    expect(live.documentFrequency.has("zorglubissime")).toBe(false);
    // A freed document id is reused by the next article.
    indexArticle(live, withBody(added, "autre-article", "Texte."));
    expect(live.docIdOf.get("autre-article")).toBe(idsBefore.size);
  });

  it("ignores documents an older archive version does not hold", () => {
    const live = buildLiveIndex(base.articles);
    indexArticle(live, withBody(base.articles[0], "plus-recent", "Le mot zorglubesque."));
    // The previous version, still answering a request in flight, knows nothing of it.
    expect(slugsFound(base, live, "zorglubesque")).toEqual([]);
  });
});

describe("reading the index's word maps", () => {
  it("gives the posting lists flexsearch's own search gives, slot by slot", () => {
    const live = buildLiveIndex(base.articles);
    // flexsearch's search stems its query again: compare on stems that are their own stem.
    const terms = [...new Set(base.articles.flatMap((a) => words(a.body)).map(stem))].filter((term) => stem(term) === term);
    const slots = (lists: readonly (number[] | undefined)[]) => {
      const all = lists.map((ids) => ids ?? []);
      while (all.length && !all.at(-1)!.length) all.pop();
      return all;
    };
    let found = 0;
    for (const term of terms) {
      const searched = live.document.search({ query: term, field: "body", limit: 1000, resolve: false }).result as (number[] | undefined)[];
      const read = slots(postingsOf(live, "body", term) ?? []);
      if (read.length) found++;
      expect(read, term).toEqual(slots(searched));
    }
    expect(found).toBeGreaterThan(30);
    // Short fields keep the word as written, marked, beside its stem.
    expect(postingsOf(live, "title", "=securite")?.flat()).toEqual(postingsOf(live, "title", stem("securite"))?.flat());
  });
});

import { describe, expect, it } from "vitest";
import { type Archive, nextVersion, settleVersion } from "@/lib/archive";
import { entityIndexOf } from "@/lib/entities/entity-index";
import { fromScratch, publications, startingArchive } from "./publications";

/** What an entity index says, as slugs: enough to see a wrong entry, order or key, and cheap to keep. */
const summary = (archive: Archive) => {
  const index = entityIndexOf(archive);
  const entries = (map: Map<string, { article: { slug: string }; via?: { slug: string }; roles?: string[] }[]>) =>
    [...map].map(([key, list]) => [key, list.map((e) => [e.article.slug, e.via?.slug, e.roles])]).sort();
  return {
    chronological: index.chronological.map((a) => a.slug),
    timelines: Object.fromEntries(Object.entries(index.timelines).map(([kind, map]) => [kind, entries(map)])),
    stories: [...index.stories].map(([key, list]) => [key, list.map((a) => a.slug)]).sort(),
    articlesByKey: [...index.articlesByKey].sort(),
  };
};

describe("the entity index carried from one version to the next", () => {
  it.each(Object.keys(publications))("after %s, equals the index built from scratch", (name) => {
    const previous = startingArchive();
    const previousSummary = summary(previous);
    const next = nextVersion(previous, publications[name](previous));
    settleVersion(next);
    // Settling only patches: the index is there without having been computed again.
    expect(next.derived.has("entity-index")).toBe(true);
    expect(next.origin).toBeUndefined();
    expect(entityIndexOf(next)).toEqual(entityIndexOf(fromScratch(next)));
    expect(summary(next)).toEqual(summary(fromScratch(next)));
    // The older version still reads as it was.
    expect(summary(previous)).toEqual(previousSummary);
  });

  it("follows a chain of publications, each from the version before", () => {
    let archive = startingArchive();
    entityIndexOf(archive);
    for (const name of Object.keys(publications)) {
      archive = nextVersion(archive, publications[name](archive));
      settleVersion(archive);
    }
    expect(summary(archive)).toEqual(summary(fromScratch(archive)));
  });

  it("is computed from scratch when the previous version never computed it", () => {
    const previous = startingArchive();
    const next = nextVersion(previous, publications["a new article"](previous));
    settleVersion(next);
    expect(next.derived.has("entity-index")).toBe(false);
    expect(summary(next)).toEqual(summary(fromScratch(next)));
  });
});

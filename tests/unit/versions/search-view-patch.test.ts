import { beforeEach, describe, expect, it } from "vitest";
import { type Archive, nextVersion, settleVersion } from "@/lib/archive/archive";
import { type SearchIndex, buildSearchIndex, searchIndexOf } from "@/lib/search/build-index";
import { applyToLiveIndex, dropLiveIndex, liveIndexFor } from "@/lib/search/live-search";
import { searchFor } from "@/lib/search/search";
import { fromScratch, publications, startingArchive } from "./publications";

/** A search view without its archive and live index (shared, or another object for the same version). */
const tables = ({ archive: _archive, live: _live, ...rest }: SearchIndex) => rest;

const queries = [
  { q: "cloud", sort: "relevance" as const, page: 1 },
  { q: "motcorrige", sort: "relevance" as const, page: 1 },
  { q: "", sort: "date" as const, page: 1, theme: "cloud-public" },
  { q: "centre donnees", sort: "date" as const, page: 2 },
  { q: "huawei", sort: "relevance" as const, page: 1 },
];

let previous: Archive;
beforeEach(() => {
  previous = startingArchive();
  dropLiveIndex(previous.dir);
});

/** Publishes as lib/publishing/publish.ts does: next version, live index updated, then the version settled. */
function publish(archive: Archive, name: string): Archive {
  const changes = publications[name](archive);
  const next = nextVersion(archive, changes);
  applyToLiveIndex(archive.dir, changes);
  settleVersion(next);
  return next;
}

describe("the search view carried from one version to the next", () => {
  it.each(Object.keys(publications))("after %s, equals the view built from scratch, and answers the same", (name) => {
    const before = structuredClone(tables(searchIndexOf(previous)));
    const next = publish(previous, name);
    expect(next.derived.has("search-index")).toBe(true);
    const fresh = fromScratch(next);
    expect(tables(searchIndexOf(next))).toEqual(tables(buildSearchIndex(fresh, liveIndexFor(next))));
    for (const query of queries) expect(searchFor(next)({ ...query })).toEqual(searchFor(fresh)({ ...query }));
    // The older version's view is as it was.
    expect(tables(searchIndexOf(previous))).toEqual(before);
  });

  it("follows a chain of publications", () => {
    let archive = previous;
    searchIndexOf(archive);
    for (const name of Object.keys(publications)) archive = publish(archive, name);
    expect(tables(searchIndexOf(archive))).toEqual(tables(buildSearchIndex(fromScratch(archive), liveIndexFor(archive))));
  });
});

import path from "node:path";
import { describe, expect, it } from "vitest";
import { archiveOf, buildArchive } from "@/lib/archive";
import { liveIndexFromSnapshot, snapshotOf } from "@/lib/search/index-snapshot";
import { buildLiveIndex } from "@/lib/search/live-index";
import { createSearch } from "@/lib/search/search";

const built = buildArchive(path.resolve("tests/fixtures/search-content"));

describe("the search index exported by the build", () => {
  it("is imported at start and brought up to the articles as they are now", () => {
    const snapshot = JSON.parse(JSON.stringify(snapshotOf(built.dir, buildLiveIndex(built.articles), built.articles)));
    const [first, second, ...rest] = built.articles;
    // Since the build: one article corrected, one withdrawn, one added.
    const corrected = { ...first, body: `${first.body}\n\nAjout : zorglubissime.` };
    const added = { ...second, slug: "ajoute-apres-le-build", file: "articles/ajoute-apres-le-build.md", body: "Le mot zorglubesque." };
    const now = archiveOf(built.dir, built.registry, [corrected, ...rest, added]);
    const search = createSearch(now, liveIndexFromSnapshot(snapshot, now.articles));
    const found = (q: string) => search({ q, sort: "relevance", page: 1 }).results.map((r) => r.slug);
    expect(found("zorglubissime")).toEqual([first.slug]);
    expect(found("zorglubesque")).toEqual(["ajoute-apres-le-build"]);
    // The withdrawn article is found by nothing, not even its own title.
    expect(found(second.title)).not.toContain(second.slug);
    // Unchanged articles are found as before.
    expect(found(rest[0].title)).toContain(rest[0].slug);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { archiveOf, buildArchive } from "@/lib/archive/archive";
import { liveIndexFromSnapshot, readSnapshot, snapshotOf, writeSnapshot } from "@/lib/search/index-snapshot";
import { buildLiveIndex } from "@/lib/search/live-index";
import { createSearch } from "@/lib/search/search";

const built = buildArchive(path.resolve("tests/fixtures/search-content"));

/** The snapshot of the build's index, written to a file and read back, as a server reads it. */
function throughFile() {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "index-snapshot-")), "search-index.bin");
  const snapshot = snapshotOf(built.dir, buildLiveIndex(built.articles), built.articles);
  writeSnapshot(snapshot, file);
  return { snapshot, file, read: readSnapshot(file) };
}

describe("the search index exported by the build", () => {
  it("is imported at start and brought up to the articles as they are now", () => {
    const snapshot = throughFile().read!;
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

  it("reads back from its file exactly what was written, posting lists included", () => {
    const { snapshot, read } = throughFile();
    expect(read).toEqual(snapshot);
    // The word maps' posting lists went to the file's binary part: there are some, and they came back.
    const postings = snapshot.parts.filter(([key]) => key.endsWith("map")).flatMap(([, data]) => (data as [string, (number[] | null)[]][]).flatMap(([, lists]) => lists));
    expect(postings.some((list) => list && list.length > 1)).toBe(true);
  });

  it("is ignored when its file is cut short or not one of ours, so the server indexes the articles instead", () => {
    const { file } = throughFile();
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 6));
    expect(readSnapshot(file)).toBeUndefined();
    fs.writeFileSync(file, "{}");
    expect(readSnapshot(file)).toBeUndefined();
    expect(readSnapshot(path.join(path.dirname(file), "absent.bin"))).toBeUndefined();
  });
});

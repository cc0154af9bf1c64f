import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive, setArchive } from "@/lib/archive";
import { markServerReady, serverState } from "@/lib/server/readiness";

describe("what the health endpoint reports", () => {
  it("says not ready, and nothing of an archive, until the server has loaded it", () => {
    expect(serverState()).toEqual({ ready: false });
  });

  it("then reports the archive served: its newest publication or correction, its articles", () => {
    const dir = path.resolve("tests/fixtures/content");
    process.env.CONTENT_DIR = dir;
    const archive = buildArchive(dir);
    setArchive(archive);
    markServerReady();
    const state = serverState();
    expect(state).toMatchObject({ ready: true, articles: archive.articles.length, refusedFiles: 0 });
    const newest = archive.articles.map((a) => a.correctedAt ?? a.archivedAt).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
    expect(state.archiveVersion).toBe(newest);
  });
});

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { getArchive } from "@/lib/archive";
import { publishChanges } from "@/lib/publishing/publish";
import { markReady, serverState } from "@/lib/server/readiness";

/* What a health check reads of this process: not ready until the start is done, then the archive served and the files refused. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "archive-readiness-"));
fs.cpSync("tests/fixtures/content", dir, { recursive: true });
execFileSync("mkfifo", [path.join(dir, "articles", "tube.md")]);
vi.stubEnv("CONTENT_DIR", dir);
afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("serverState", () => {
  it("is not ready before the start is done, and never loads the archive itself", () => {
    expect(serverState()).toEqual({ ready: false });
    markReady();
    // Ready, but no archive loaded yet in this process: still not ready.
    expect(serverState()).toEqual({ ready: false });
  });

  it("then reports the version served (its newest publication or correction), its articles and the files refused", () => {
    const archive = getArchive();
    const newest = archive.articles.map((a) => a.correctedAt ?? a.archivedAt).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
    expect(serverState()).toEqual({ ready: true, archiveVersion: newest, articles: 3, refusedFiles: 1 });
    fs.rmSync(path.join(dir, "articles", "tube.md"));
    vi.spyOn(console, "error").mockImplementation(() => {});
    publishChanges(["articles/tube.md"]);
    expect(serverState()).toEqual({ ready: true, archiveVersion: newest, articles: 3, refusedFiles: 0 });
  });
});

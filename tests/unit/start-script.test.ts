import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error a plain .mjs script without types
import { staleBuildReason } from "@/scripts/lib/stale-build.mjs";

/** A project with some code, some content and a build made at `builtAt` (seconds). */
function project(builtAt: number): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "start-"));
  const write = (file: string, at: number) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), "x");
    fs.utimesSync(path.join(root, file), at, at);
  };
  write("lib/archive.ts", 1000);
  write("app/page.tsx", 1000);
  write("package-lock.json", 1000);
  write("content/articles/a.md", 1000);
  write(".next/BUILD_ID", builtAt);
  return root;
}

const touch = (root: string, file: string, at: number) => fs.utimesSync(path.join(root, file), at, at);

describe("npm start's rebuild decision", () => {
  it("builds when there is no build", () => {
    expect(staleBuildReason(project(2000), ".next-absent")).toMatch(/aucun build/);
  });

  it("serves a build newer than every code file", () => {
    expect(staleBuildReason(project(2000), ".next")).toBeUndefined();
  });

  it.each(["lib/archive.ts", "app/page.tsx", "package-lock.json"])("rebuilds when %s changed after the build (a git pull)", (file) => {
    const root = project(2000);
    touch(root, file, 3000);
    expect(staleBuildReason(root, ".next")).toContain(file);
  });

  it("does not rebuild for a content change", () => {
    const root = project(2000);
    touch(root, "content/articles/a.md", 3000);
    expect(staleBuildReason(root, ".next")).toBeUndefined();
  });
});

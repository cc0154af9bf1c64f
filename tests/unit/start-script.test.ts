import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
// @ts-expect-error a plain .mjs script without types
import { acquireBuildLock, buildLockPath } from "@/scripts/lib/build-lock.mjs";
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

describe("npm start's build lock", () => {
  const lockIn = () => buildLockPath(path.join(fs.mkdtempSync(path.join(os.tmpdir(), "start-lock-")), ".next"));

  it("takes a free lock at once, and frees it on release", async () => {
    const file = lockIn();
    const lock = await acquireBuildLock(file);
    expect(lock.waited).toBe(false);
    expect(fs.readFileSync(file, "utf8")).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(file)).toBe(false);
  });

  it("waits while another running process builds, then takes it", async () => {
    const file = lockIn();
    const builder = spawn("sleep", ["30"]);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, String(builder.pid));
    const waits: number[] = [];
    let settled = false;
    const acquiring = acquireBuildLock(file, { pollMs: 20, onWait: (pid: number) => waits.push(pid) }).then((lock: { waited: boolean; release: () => void }) => {
      settled = true;
      return lock;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(settled).toBe(false);
    expect(waits).toEqual([builder.pid]);
    builder.kill();
    const lock = await acquiring;
    expect(lock.waited).toBe(true);
    expect(fs.readFileSync(file, "utf8")).toBe(String(process.pid));
    lock.release();
  });

  it("takes over a lock left by a process that ended", async () => {
    const file = lockIn();
    const gone = spawn("true");
    await new Promise((r) => gone.on("exit", r));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, String(gone.pid));
    const lock = await acquireBuildLock(file, { pollMs: 20 });
    expect(lock.waited).toBe(false);
    lock.release();
  });
});

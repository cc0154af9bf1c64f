import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

describe("server start-up", () => {
  it("exits with a clear message when CONTENT_DIR does not exist", async () => {
    const child = spawn("npx", ["next", "start", "-p", "0", "-H", "127.0.0.1"], { env: { ...env, CONTENT_DIR: "/nonexistent/archive" } });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(output).toContain("Archives du Cloud ne peut pas démarrer");
    expect(output).toContain("/nonexistent/archive");
  });
});

describe("a broken content file", () => {
  it("fails next build with the file, the field and the problem", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "archive-cassee-"));
    fs.cpSync("tests/fixtures/content", dir, { recursive: true });
    fs.copyFileSync("tests/fixtures/broken/impossible-date.md", path.join(dir, "articles/date-impossible.md"));
    const result = spawnSync("npx", ["next", "build"], { env: { ...env, CONTENT_DIR: dir, NEXT_DIST_DIR: ".next-broken" }, encoding: "utf8" });
    fs.rmSync(".next-broken", { recursive: true, force: true });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/date-impossible\.md › date : date inexistante dans le calendrier \(trouvé : "2023-02-30"\)/);
  }, 240_000);
});

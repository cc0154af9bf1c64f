import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { nextCommand } from "../../scripts/lib/next-bin.mjs";
import { e2eDistDir } from "./support";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: e2eDistDir };

/** Content directories made by this file, removed after it. */
const made: string[] = [];
function contentDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe("server start-up", () => {
  it("exits with a clear message when CONTENT_DIR does not exist", async () => {
    const child = spawn(...nextCommand(["start", "-p", "0", "-H", "127.0.0.1"]), { env: { ...env, CONTENT_DIR: "/nonexistent/archive" } });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(output).toContain("Archives du Cloud ne peut pas démarrer");
    expect(output).toContain("/nonexistent/archive");
  });
});

/**
 * Runs `next start` on the built site with another CONTENT_DIR until it exits,
 * or until its output matches `until` (then stops it); its code and output.
 */
async function startOn(contentDir: string, until?: RegExp): Promise<{ code: number | null; output: string }> {
  const child = spawn(...nextCommand(["start", "-p", "0", "-H", "127.0.0.1"]), { env: { ...env, CONTENT_DIR: contentDir }, detached: true });
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  let output = "";
  const read = (d: Buffer) => {
    output += d;
    if (until?.test(output)) stop();
  };
  child.stdout.on("data", read);
  child.stderr.on("data", read);
  const timer = setTimeout(stop, 25_000);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  clearTimeout(timer);
  return { code, output };
}

describe("a content file whose front matter is JavaScript", () => {
  it("stops the server naming the file, and its code never runs", async () => {
    const marker = path.join(os.tmpdir(), `front-matter-js-ran-e2e-${process.pid}`);
    fs.rmSync(marker, { force: true });
    const dir = contentDir("archive-js-");
    fs.cpSync("tests/fixtures/content", dir, { recursive: true });
    const payload = `process.getBuiltinModule("fs").writeFileSync(${JSON.stringify(marker)}, "ran")`;
    fs.writeFileSync(path.join(dir, "articles/piege-js.md"), `---js\n{ title: (${payload}, "Titre") }\n---\n\nCorps.\n`);
    const { code, output } = await startOn(dir);
    expect(code).toBe(1);
    expect(output).toContain("Archives du Cloud ne peut pas démarrer");
    expect(output).toMatch(/piege-js\.md › front matter : YAML attendu .*\(trouvé : "---js"\)/);
    expect(fs.existsSync(marker)).toBe(false);
    fs.rmSync(marker, { force: true });
  });
});

describe("a content directory without articles", () => {
  it("starts with a warning", async () => {
    const dir = contentDir("archive-vide-");
    fs.cpSync("tests/fixtures/content/entities", path.join(dir, "entities"), { recursive: true });
    fs.mkdirSync(path.join(dir, "articles"));
    const { output } = await startOn(dir, /index prêts|ne peut pas démarrer/);
    expect(output).toMatch(/aucun article dans .*archive-vide-.*\/articles/i);
  });
});

describe("a broken content file", () => {
  /*
   * `next build` reads the content only after compiling, to collect page data:
   * the e2e build's compiled code (copied, since this build writes into its
   * folder) is given to the build's second half (`--experimental-build-mode
   * generate`) instead of compiling the site again for this one test.
   */
  it("fails next build with the file, the field and the problem", () => {
    const dir = contentDir("archive-cassee-");
    fs.cpSync("tests/fixtures/content", dir, { recursive: true });
    fs.copyFileSync("tests/fixtures/broken/impossible-date.md", path.join(dir, "articles/date-impossible.md"));
    const distDir = `${e2eDistDir}-cassee`;
    fs.cpSync(e2eDistDir, distDir, { recursive: true });
    try {
      const result = spawnSync(...nextCommand(["build", "--experimental-build-mode", "generate"]), { env: { ...env, CONTENT_DIR: dir, NEXT_DIST_DIR: distDir }, encoding: "utf8" });
      expect(result.status).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toMatch(/date-impossible\.md › date : date inexistante dans le calendrier \(trouvé : "2023-02-30"\)/);
    } finally {
      fs.rmSync(distDir, { recursive: true, force: true });
    }
  }, 120_000);
});

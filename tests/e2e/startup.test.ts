import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { nextCommand } from "../../scripts/lib/next-bin.mjs";
import { contentCopy, pageText, startLiveServer } from "./live-site";
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
  it("is refused at start, named in the log, and its code never runs; the other articles are served", async () => {
    const marker = path.join(os.tmpdir(), `front-matter-js-ran-e2e-${process.pid}`);
    fs.rmSync(marker, { force: true });
    const dir = contentDir("archive-js-");
    fs.cpSync("tests/fixtures/content", dir, { recursive: true });
    const payload = `process.getBuiltinModule("fs").writeFileSync(${JSON.stringify(marker)}, "ran")`;
    fs.writeFileSync(path.join(dir, "articles/piege-js.md"), `---js\n{ title: (${payload}, "Titre") }\n---\n\nCorps.\n`);
    const { output } = await startOn(dir, /index prêts|ne peut pas démarrer/);
    expect(output).not.toContain("ne peut pas démarrer");
    expect(output).toMatch(/fichier refusé, non publié : articles\/piege-js\.md › front matter : YAML attendu .*\(trouvé : "---js"\)/);
    expect(output).toMatch(/3 articles chargés depuis .*, 1 fichier refusé/);
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

describe("a production start on a content directory changed since the build", () => {
  /*
   * The build's snapshot and prerendered pages hold the five articles of
   * content/; the directory the server starts on has one corrected title,
   * one article with three problems, and files that are no regular files.
   */
  const corrected = "alibaba-met-en-place-ses-premiers-centres-de-donnees-auto-concus-dans-le-hebei";
  const model = "bcx-lance-le-service-cloud-africa-local-public-avec-alibaba-en-afrique-du-sud";

  it("serves every valid file and the changed content from the first request, refusing the others with all their problems", async () => {
    const dir = contentCopy();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "hors-archive-"));
    const file = path.join(dir, "articles", `${corrected}.md`);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^title: .*$/m, 'title: "Alibaba corrigé avant le démarrage : redemarrissime"'));
    const invalid = fs
      .readFileSync(path.join(dir, "articles", `${model}.md`), "utf8")
      .replace(/^titleSource: .*$/m, "titleSource: peut-etre")
      .replace(/^companies: .*$/m, "companies: [bcx, inconnue]")
      .replace(/^raw: .*$/m, "raw: absent.txt");
    fs.writeFileSync(path.join(dir, "articles", "trois-problemes.md"), invalid);
    spawnSync("mkfifo", [path.join(dir, "articles", "tube.md")]);
    fs.symlinkSync("/dev/zero", path.join(dir, "articles", "zero.md"));
    fs.mkdirSync(path.join(dir, "articles", "dossier.md"));
    fs.writeFileSync(path.join(outside, "secret.txt"), "SECRET-HORS-ARCHIVE\n");
    fs.symlinkSync(path.join(outside, "secret.txt"), path.join(dir, "raw", "fuite.txt"));
    const server = await startLiveServer(dir, { ARCHIVE_WATCH: "0" });
    try {
      // The very first answer shows the archive as it is on disk, not as the build prerendered it.
      const home = await pageText(`${server.url}/`);
      expect(home.text).toContain("redemarrissime");
      expect((await pageText(`${server.url}/chronologie`)).text).toContain("redemarrissime");
      expect((await pageText(`${server.url}/feed.xml`)).text).toContain("redemarrissime");
      expect((await pageText(`${server.url}/articles/${model}`)).status).toBe(200);
      expect((await pageText(`${server.url}/articles/trois-problemes`)).status).toBe(404);
      expect((await pageText(`${server.url}/sources/fuite.txt`)).status).toBe(404);
      const log = server.output();
      expect(log).not.toContain("ne peut pas démarrer");
      for (const problem of [
        "articles/trois-problemes.md › titleSource",
        "articles/trois-problemes.md › companies[1] : entreprise inconnu(e) du registre",
        'articles/trois-problemes.md › raw : texte brut introuvable dans le dossier raw/ de l\'archive (trouvé : "absent.txt")',
        "articles/tube.md : fichier spécial refusé",
        "articles/zero.md : lien symbolique refusé",
        "articles/dossier.md : c'est un dossier",
      ]) {
        expect(log).toContain(problem);
      }
      expect(log).toMatch(/5 articles chargés depuis .*, 4 fichiers refusés/);
      expect(log).not.toContain("SECRET-HORS-ARCHIVE");
    } finally {
      server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe("a production start on a registry file broken since the build", () => {
  it("serves the build's registry, the last good one, and names the file, the entry and the problem", async () => {
    const dir = contentCopy();
    // One entry pointing to nothing makes the whole companies.yaml unusable: no registry can be built from the files.
    fs.appendFileSync(path.join(dir, "entities/companies.yaml"), "- slug: orpheline\n  name: Orpheline\n  parent: inconnue\n");
    const server = await startLiveServer(dir, { ARCHIVE_WATCH: "0" });
    try {
      const company = await pageText(`${server.url}/entreprises/alibaba`);
      expect(company.status).toBe(200);
      expect(company.text).toContain("Alibaba");
      expect((await pageText(`${server.url}/entreprises/orpheline`)).status).toBe(404);
      const log = server.output();
      expect(log).not.toContain("ne peut pas démarrer");
      expect(log).toContain("registre refusé, celui de la construction est servi");
      expect(log).toMatch(/fichier refusé, non publié : entities\/companies\.yaml › \[\d+\]\.parent : entreprise inconnue du registre \(trouvé : "inconnue"\)/);
      expect(log).toMatch(/5 articles chargés depuis .*, 1 fichier refusé/);
    } finally {
      server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

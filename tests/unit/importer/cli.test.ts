import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runImport as runInProcess, tempDir as newTempDir } from "./run-import";

const root = process.cwd();
const fixture = (name: string) => path.join(root, "tests/fixtures/raw", name);

const runImport = (...args: string[]) => runInProcess(args);
const tempDir = () => newTempDir("import-cli-");

describe("npm run import, the command", () => {
  // The one case run as a process, through tsx as `npm run import` does: arguments, output streams, exit status.
  it("writes the article, prints its path on stdout, its warnings on stderr, and exits 0", () => {
    const out = tempDir();
    const tsx = createRequire(import.meta.url).resolve("tsx/cli");
    const result = spawnSync(process.execPath, [tsx, "scripts/import.ts", fixture("no-date.txt"), "--out", out], { cwd: root, encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(path.join(out, "baidu-renforce-son-offre-de-cloud-public.md"));
    expect(result.stderr).toMatch(/aucune date trouvée/);
    expect(fs.readdirSync(out).sort()).toEqual(["baidu-renforce-son-offre-de-cloud-public.md", "raw"]);
  });
});

describe("scripts/import.ts", () => {
  it("writes the article, prints its path, and refuses to overwrite without --force", () => {
    const out = tempDir();
    const target = path.join(out, "huawei-ouvre-un-centre-de-donnees-en-allemagne.md");

    const first = runImport(fixture("dateline-publie-le.txt"), "--out", out);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("huawei-ouvre-un-centre-de-donnees-en-allemagne.md");
    expect(fs.readFileSync(target, "utf8")).toMatch(/^---\ntitle: "Huawei ouvre un centre de données en Allemagne"/);

    fs.writeFileSync(target, "édité à la main");
    const second = runImport(fixture("dateline-publie-le.txt"), "--out", out);
    expect(second.status).not.toBe(0);
    expect(second.stderr).toMatch(/existe déjà.*--force/);
    expect(fs.readFileSync(target, "utf8")).toBe("édité à la main");

    const forced = runImport(fixture("dateline-publie-le.txt"), "--out", out, "--force");
    expect(forced.status).toBe(0);
    expect(fs.readFileSync(target, "utf8")).toContain("datePrecision:");
  });

  it("prints warnings on stderr", () => {
    const result = runImport(fixture("no-date.txt"), "--out", tempDir());
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/aucune date trouvée/);
  });

  it.each([
    ["empty.txt", /fichier vide/],
    ["short.txt", /trop court/],
    ["latin1.txt", /UTF-8/],
    ["binary.bin", /binaire/],
    ["absent.txt", /introuvable/],
  ])("rejects %s with a message naming the file, and writes nothing", (name, message) => {
    const out = tempDir();
    const result = runImport(fixture(name), "--out", out);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(name);
    expect(result.stderr).toMatch(message);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it("rejects a directory, and still imports the good files given with it", () => {
    const out = tempDir();
    const result = runImport(tempDir(), fixture("no-date.txt"), "--out", out);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/dossier/);
    expect(fs.readdirSync(out).sort()).toEqual(["baidu-renforce-son-offre-de-cloud-public.md", "raw"]);
    expect(fs.readdirSync(path.join(out, "raw"))).toEqual(["no-date.txt"]);
  });

  it("copies the raw text beside the archive, under the name raw: records", () => {
    const out = tempDir();
    const result = runImport(fixture("dateline-publie-le.txt"), "--out", out);
    expect(result.status).toBe(0);
    const copy = path.join(out, "raw", "dateline-publie-le.txt");
    expect(result.stdout).toContain(copy);
    expect(fs.readFileSync(copy)).toEqual(fs.readFileSync(fixture("dateline-publie-le.txt")));
    expect(fs.readFileSync(path.join(out, "huawei-ouvre-un-centre-de-donnees-en-allemagne.md"), "utf8")).toMatch(/^raw: "dateline-publie-le\.txt"$/m);
  });

  it("writes the raw copy to CONTENT_DIR/raw when no --out is given", () => {
    const content = tempDir();
    fs.cpSync(path.join(root, "content", "entities"), path.join(content, "entities"), { recursive: true });
    const result = runInProcess([fixture("no-date.txt")], content);
    expect(result.status, result.stderr).toBe(0);
    expect(fs.readdirSync(path.join(content, "articles"))).toEqual(["baidu-renforce-son-offre-de-cloud-public.md"]);
    expect(fs.readdirSync(path.join(content, "raw"))).toEqual(["no-date.txt"]);
  });

  it("refuses to replace a different raw text of the same name without --force, and writes nothing", () => {
    const out = tempDir();
    fs.mkdirSync(path.join(out, "raw"));
    fs.writeFileSync(path.join(out, "raw", "no-date.txt"), "un autre texte");
    const result = runImport(fixture("no-date.txt"), "--out", out);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/raw\/no-date\.txt existe déjà avec un autre contenu/);
    expect(fs.readdirSync(out)).toEqual(["raw"]);
    expect(fs.readFileSync(path.join(out, "raw", "no-date.txt"), "utf8")).toBe("un autre texte");
  });

  it("refuses a raw text over 1 Mo before any parsing, naming the file", () => {
    const dir = tempDir();
    const big = path.join(dir, "trop-gros.txt");
    fs.writeFileSync(big, `Titre de la page\n${"Une phrase de l'article, répétée pour peser. ".repeat(30_000)}`);
    const out = tempDir();
    const started = Date.now();
    const result = runImport(big, "--out", out);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("trop-gros.txt");
    expect(result.stderr).toMatch(/trop volumineux \(1,\d Mo, 1 Mo au plus\)/);
    expect(fs.readdirSync(out)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("explains its usage when given no file", () => {
    const result = runImport();
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage/);
  });
});

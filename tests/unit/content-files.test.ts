import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readArchive } from "@/lib/archive/archive";
import { describeProblem } from "@/lib/model/content-error";
import { loadRegistry } from "@/lib/content/load-registry";
import { readRegularFile } from "@/lib/content/read-regular";
import { getRawText } from "@/lib/content/raw-texts";
import { readRaw } from "@/lib/importer/page/read-raw";

/*
 * Files are regular files inside the content directory, or they are refused
 * by name: a FIFO never blocks (it would hang every request), a device is
 * never read (/dev/zero filled the memory), a symlink is never followed out
 * of the archive. The special files are made here, in temporary folders.
 */
const temporary: string[] = [];
const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};
afterAll(() => temporary.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** The fixture archive in a temporary folder, with a folder outside it holding a secret. */
function archiveWithOutside(): { dir: string; outside: string } {
  const dir = tempDir("archive-files-");
  fs.cpSync("tests/fixtures/content", dir, { recursive: true });
  const outside = tempDir("outside-");
  fs.writeFileSync(path.join(outside, "secret.txt"), "SECRET: ne doit jamais sortir\n");
  return { dir, outside };
}

describe("readRegularFile", () => {
  const dir = tempDir("regular-");
  fs.writeFileSync(path.join(dir, "ordinaire.txt"), "du texte");
  execFileSync("mkfifo", [path.join(dir, "tube.md")]);
  fs.symlinkSync("/dev/zero", path.join(dir, "zero.md"));
  fs.symlinkSync(path.join(dir, "ordinaire.txt"), path.join(dir, "lien.txt"));
  fs.mkdirSync(path.join(dir, "dossier.md"));

  it("reads a regular file", () => {
    const read = readRegularFile(path.join(dir, "ordinaire.txt"), { limit: 100 });
    expect(read.ok && read.bytes.toString()).toBe("du texte");
  });

  it.each([
    ["tube.md", "special", /fichier spécial refusé/],
    ["zero.md", "link", /lien symbolique refusé/],
    ["lien.txt", "link", /lien symbolique refusé/],
    ["dossier.md", "directory", /c'est un dossier/],
    ["absent.md", "missing", /introuvable/],
  ])("refuses %s (%s) at once, in French", (name, reason, message) => {
    const started = performance.now();
    const read = readRegularFile(path.join(dir, name), { limit: 1024 });
    expect(performance.now() - started).toBeLessThan(500);
    expect(read).toMatchObject({ ok: false, reason });
    expect(!read.ok && read.message).toMatch(message);
  });

  it("follows a symlink when asked, still refusing the device at its end", () => {
    expect(readRegularFile(path.join(dir, "lien.txt"), { limit: 100, followLinks: true }).ok).toBe(true);
    expect(readRegularFile(path.join(dir, "zero.md"), { limit: 100, followLinks: true })).toMatchObject({ ok: false, reason: "special" });
  });

  it("refuses a file past its limit without reading it, and one reached through a folder symlinked out of `within`", () => {
    expect(readRegularFile(path.join(dir, "ordinaire.txt"), { limit: 3 })).toMatchObject({ ok: false, reason: "too-large", size: 8 });
    const root = tempDir("root-");
    fs.symlinkSync(dir, path.join(root, "ailleurs"));
    expect(readRegularFile(path.join(root, "ailleurs", "ordinaire.txt"), { limit: 100, within: fs.realpathSync(root) })).toMatchObject({ ok: false, reason: "outside" });
  });
});

describe("an archive holding special files and symlinks", () => {
  it("refuses each by name, with every problem, and loads the rest", () => {
    const { dir, outside } = archiveWithOutside();
    execFileSync("mkfifo", [path.join(dir, "articles", "tube.md")]);
    fs.symlinkSync("/dev/zero", path.join(dir, "articles", "zero.md"));
    fs.mkdirSync(path.join(dir, "articles", "dossier.md"));
    fs.copyFileSync(path.join(dir, "articles", "vieille-nouvelle.md"), path.join(outside, "venu.md"));
    fs.symlinkSync(path.join(outside, "venu.md"), path.join(dir, "articles", "venu.md"));
    const archive = readArchive(dir);
    expect(archive.articles.map((a) => a.slug).sort()).toEqual(["annonce-de-la-mere-2021", "la-fille-en-2021", "vieille-nouvelle"]);
    const problems = [...archive.refused!.values()].flat().map(describeProblem);
    expect(problems).toEqual([
      "articles/dossier.md : c'est un dossier : un fichier ordinaire est attendu",
      "articles/tube.md : fichier spécial refusé (tube nommé, périphérique ou socket) : un fichier ordinaire est attendu",
      "articles/venu.md : lien symbolique refusé : un fichier ordinaire est attendu",
      "articles/zero.md : lien symbolique refusé : un fichier ordinaire est attendu",
    ]);
  });

  it("never serves a raw text through a symlink, and refuses the article naming one", () => {
    const { dir, outside } = archiveWithOutside();
    fs.rmSync(path.join(dir, "raw", "a.txt"));
    fs.symlinkSync(path.join(outside, "secret.txt"), path.join(dir, "raw", "a.txt"));
    const archive = readArchive(dir);
    expect(archive.bySlug.has("annonce-de-la-mere-2021")).toBe(false);
    expect(describeProblem(archive.refused!.get("articles/annonce-de-la-mere-2021.md")![0])).toBe(
      `articles/annonce-de-la-mere-2021.md › raw : texte brut refusé : c'est un lien symbolique dans raw/, un fichier ordinaire est attendu (trouvé : "a.txt")`,
    );
    // Even for an archive version that still names it (published before the swap).
    expect(getRawText({ dir, articles: [{ raw: "a.txt" }] }, "a.txt")).toBeUndefined();
  });

  it("refuses a registry file symlinked out of the archive without a word of its content", () => {
    const { dir, outside } = archiveWithOutside();
    fs.rmSync(path.join(dir, "entities", "themes.yaml"));
    fs.symlinkSync(path.join(outside, "secret.txt"), path.join(dir, "entities", "themes.yaml"));
    expect(() => loadRegistry(dir)).toThrow("entities/themes.yaml : lien symbolique refusé");
    expect(() => loadRegistry(dir)).not.toThrow(/SECRET/);
  });

  it("quotes a YAML error's position, never the lines around it", () => {
    const { dir } = archiveWithOutside();
    fs.writeFileSync(path.join(dir, "entities", "themes.yaml"), "- slug: mot-de-passe-secret\n  name: [ouvert\n");
    let message = "";
    try {
      loadRegistry(dir);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/entities\/themes\.yaml : YAML illisible : .* \(ligne \d+, colonne \d+\)/);
    expect(message).not.toContain("mot-de-passe-secret");
  });

  it("quotes a file name that would forge a log line", () => {
    const line = describeProblem({ file: "articles/x.md\nArchives du Cloud : tout va bien", message: "fichier introuvable" });
    expect(line.split("\n")).toHaveLength(1);
    expect(line).toBe('"articles/x.md\\nArchives du Cloud : tout va bien" : fichier introuvable');
    expect(describeProblem({ file: "articles/ordinaire.md", message: "m" })).toBe("articles/ordinaire.md : m");
  });
});

describe("the importer's input", () => {
  it("refuses /dev/zero, a FIFO and a symlink to a device at once, in French", () => {
    const dir = tempDir("import-input-");
    execFileSync("mkfifo", [path.join(dir, "tube.txt")]);
    fs.symlinkSync("/dev/zero", path.join(dir, "zero.txt"));
    for (const file of ["/dev/zero", path.join(dir, "tube.txt"), path.join(dir, "zero.txt")]) {
      const started = performance.now();
      const result = readRaw(file);
      expect(performance.now() - started, file).toBeLessThan(500);
      expect(result, file).toMatchObject({ ok: false, problem: { kind: "special" } });
      expect(!result.ok && result.problem.message).toMatch(/fichier spécial/);
    }
  });
});

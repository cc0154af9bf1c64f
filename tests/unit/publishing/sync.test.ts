import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { type Archive, buildArchive } from "@/lib/archive";
import { syncArchive } from "@/lib/publishing/sync";

let dir: string;
let archive: Archive;
const file = (name: string) => path.join(dir, "articles", name);
/** Replaces `from` by `to` in a content file; returns its path as a publication names it. */
const edit = (relative: string, from: string | RegExp, to: string) => {
  const full = path.join(dir, relative);
  fs.writeFileSync(full, fs.readFileSync(full, "utf8").replace(from, to));
  return relative;
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "archive-sync-"));
  fs.cpSync(path.resolve("tests/fixtures/content"), dir, { recursive: true });
  archive = buildArchive(dir);
});

describe("syncing the archive with its directory", () => {
  it("adds a new article file as a new version, leaving the old version untouched", () => {
    fs.writeFileSync(file("nouvelle.md"), fs.readFileSync(file("vieille-nouvelle.md"), "utf8").replace(/^title: .*$/m, "title: Nouvelle"));
    const result = syncArchive(archive, ["articles/nouvelle.md"]);
    expect(result.changes.map((c) => [c.slug, !!c.before, !!c.after])).toEqual([["nouvelle", false, true]]);
    expect(result.archive.bySlug.get("nouvelle")?.title).toBe("Nouvelle");
    expect(archive.bySlug.has("nouvelle")).toBe(false);
    // Made from the previous version, so what was derived from that one can be carried over.
    expect(result.archive.origin?.previous).toBe(archive);
  });

  it("keeps the last good version of a file that fails validation, and says why", () => {
    fs.writeFileSync(file("vieille-nouvelle.md"), fs.readFileSync(file("vieille-nouvelle.md"), "utf8").replace(/^titleSource: .*$/m, "titleSource: peut-etre"));
    const result = syncArchive(archive, ["articles/vieille-nouvelle.md"]);
    expect(result.changes).toEqual([]);
    expect(result.archive.articles).toBe(archive.articles);
    expect(result.problems[0]).toMatchObject({ file: "articles/vieille-nouvelle.md", field: "titleSource" });
    // Counted as refused until a valid version is saved.
    expect([...result.archive.refused!.keys()]).toEqual(["articles/vieille-nouvelle.md"]);
    edit("articles/vieille-nouvelle.md", "titleSource: peut-etre", "titleSource: source");
    expect(syncArchive(result.archive, ["articles/vieille-nouvelle.md"]).archive.refused?.size).toBe(0);
  });

  it("withdraws an article whose file is gone, and ignores a file that did not change", () => {
    fs.rmSync(file("vieille-nouvelle.md"));
    const result = syncArchive(archive, ["articles/vieille-nouvelle.md", "articles/la-fille-en-2021.md"]);
    expect(result.changes.map((c) => [c.slug, !!c.after])).toEqual([["vieille-nouvelle", false]]);
    expect(result.archive.bySlug.has("vieille-nouvelle")).toBe(false);
  });

  it("reloads everything when the registry changes, and nothing when the new registry is invalid", () => {
    const renamed = syncArchive(archive, [edit("entities/companies.yaml", "name: Groupe Mère", "name: Groupe Mère SA")]);
    expect(renamed.registryChanged).toBe(true);
    expect(renamed.archive.registry.companies.get("mere")?.name).toBe("Groupe Mère SA");
    // Every article may read differently: nothing is carried from the previous version.
    expect(renamed.archive.origin).toBeUndefined();

    fs.writeFileSync(path.join(dir, "entities", "companies.yaml"), "- slug: [pas un slug\n");
    const broken = syncArchive(archive, ["entities/companies.yaml"]);
    expect(broken.archive.registry).toBe(archive.registry);
    expect(broken.archive.articles).toBe(archive.articles);
    expect(broken.problems.length).toBeGreaterThan(0);
    expect([...broken.archive.refused!.keys()]).toEqual(["entities/companies.yaml"]);
  });

  it("reloads everything when only a place changes", () => {
    const result = syncArchive(archive, [edit("entities/places.yaml", "name: Ville Une", "name: Ville Renommée")]);
    expect(result.registryChanged).toBe(true);
    expect(result.archive.registry.places.get("ville-une")?.name).toBe("Ville Renommée");
  });
});

describe("a publication judges a file as a start does", () => {
  it("refuses an article whose raw text is not in raw/, keeping its last good version", () => {
    edit("articles/vieille-nouvelle.md", "raw: c.txt", "raw: absent.txt");
    const result = syncArchive(archive, ["articles/vieille-nouvelle.md"]);
    expect(result.problems.map((p) => [p.file, p.field])).toEqual([["articles/vieille-nouvelle.md", "raw"]]);
    expect(result.archive.bySlug.get("vieille-nouvelle")).toBe(archive.bySlug.get("vieille-nouvelle"));
  });

  it("refuses a FIFO and a symlink named like articles at once, and withdraws nothing for them", () => {
    execFileSync("mkfifo", [file("tube.md")]);
    fs.rmSync(file("vieille-nouvelle.md"));
    fs.symlinkSync("/dev/zero", file("vieille-nouvelle.md"));
    const started = performance.now();
    const result = syncArchive(archive, ["articles/tube.md", "articles/vieille-nouvelle.md"]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.problems.map((p) => `${p.file} : ${p.message}`)).toEqual([
      "articles/tube.md : fichier spécial refusé (tube nommé, périphérique ou socket) : un fichier ordinaire est attendu",
      "articles/vieille-nouvelle.md : lien symbolique refusé : un fichier ordinaire est attendu",
    ]);
    // A symlink in an article's place is a refused version of it, not a withdrawal.
    expect(result.archive.bySlug.has("vieille-nouvelle")).toBe(true);
  });

  it("never lets an invalid article hold back a registry change: a company added with its article is published", () => {
    edit("articles/vieille-nouvelle.md", /^titleSource: .*$/m, "titleSource: peut-etre");
    fs.appendFileSync(path.join(dir, "entities", "companies.yaml"), "- slug: nouvelle-venue\n  name: Nouvelle Venue\n");
    fs.writeFileSync(file("nouvelle-venue-arrive.md"), fs.readFileSync(file("la-fille-en-2021.md"), "utf8").replace(/^companies: .*$/m, "companies: [nouvelle-venue]"));
    const result = syncArchive(archive, ["entities/companies.yaml", "articles/nouvelle-venue-arrive.md", "articles/vieille-nouvelle.md"]);
    expect(result.registryChanged).toBe(true);
    expect(result.archive.bySlug.get("nouvelle-venue-arrive")?.companies.map((c) => c.name)).toEqual(["Nouvelle Venue"]);
    // The refused article keeps its last good version, linked to the new registry.
    expect(result.archive.bySlug.get("vieille-nouvelle")?.title).toBe(archive.bySlug.get("vieille-nouvelle")?.title);
    expect([...result.archive.refused!.keys()]).toEqual(["articles/vieille-nouvelle.md"]);
  });

  it("keeps a refused article's last good version under a renamed company, and drops it when its company is gone", () => {
    edit("articles/annonce-de-la-mere-2021.md", /^titleSource: .*$/m, "titleSource: peut-etre");
    const renamed = syncArchive(archive, [edit("entities/companies.yaml", "name: Groupe Mère", "name: Groupe Mère SA")]);
    expect(renamed.archive.bySlug.get("annonce-de-la-mere-2021")?.companies[0].name).toBe("Groupe Mère SA");
    const companies = path.join(dir, "entities", "companies.yaml");
    fs.writeFileSync(companies, fs.readFileSync(companies, "utf8").replace(/- slug: autre\n(  .*\n)+/, ""));
    const dropped = syncArchive(renamed.archive, ["entities/companies.yaml"]);
    expect(dropped.archive.bySlug.has("annonce-de-la-mere-2021")).toBe(false);
    expect(dropped.problems.map((p) => p.message).join("\n")).toContain("sa version précédente nomme une entité que le registre n'a plus");
  });
});

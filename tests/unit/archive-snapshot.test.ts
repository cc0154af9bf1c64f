import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type Archive, archiveOf, buildArchive, getArchive, readArchive } from "@/lib/archive";
import { type ArchiveSnapshot, restoreArticles, snapshotOfArticles, stampArticleFiles } from "@/lib/content/archive-snapshot";
import { readArchiveSnapshot, writeArchiveSnapshot } from "@/lib/content/archive-snapshot-file";
import { type ContentProblem, describeProblem } from "@/lib/content/content-error";
import { loadRegistry } from "@/lib/content/load-registry";

/*
 * An archive restored from the build's snapshot plus the files changed since
 * must be the archive `buildArchive` reads from the directory: same articles,
 * same values, same errors.
 */

// Whole seconds: a time set from JavaScript keeps them exactly, and the snapshot compares times exactly.
const built = new Date("2029-01-01T00:00:00Z");
const later = new Date("2030-01-01T00:00:00Z");

/** A copy of the fixture archive and a snapshot of it, as the build writes and a server reads it back. */
function snapshotted(before?: (dir: string) => void): { dir: string; snapshot: ArchiveSnapshot } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "archive-snapshot-"));
  fs.cpSync("tests/fixtures/content", dir, { recursive: true });
  before?.(dir);
  for (const name of fs.readdirSync(path.join(dir, "articles"))) fs.utimesSync(path.join(dir, "articles", name), built, built);
  const stamps = stampArticleFiles(dir);
  const file = path.join(dir, "archive-snapshot.bin");
  writeArchiveSnapshot(snapshotOfArticles(buildArchive(dir), stamps, "build-1", (a) => `empreinte de ${a.slug}`), file);
  return { dir, snapshot: readArchiveSnapshot(file, "build-1")! };
}

function restored(dir: string, snapshot: ArchiveSnapshot) {
  const registry = loadRegistry(dir);
  const { articles, fingerprints, read, removed } = restoreArticles(dir, snapshot, registry);
  const known = (slug: string) => fingerprints.get(articles.find((a) => a.slug === slug)!);
  return { archive: archiveOf(dir, registry, articles), known, read, removed };
}

const article = (dir: string, slug: string) => path.join(dir, "articles", `${slug}.md`);

function edit(dir: string, slug: string, change: (text: string) => string): void {
  fs.writeFileSync(article(dir, slug), change(fs.readFileSync(article(dir, slug), "utf8")));
  fs.utimesSync(article(dir, slug), later, later);
}

/**
 * What each way of loading refuses, described and sorted: the restore from the
 * snapshot, and the reading of every file (which `next build` turns into a failure).
 */
function failures(dir: string, snapshot: ArchiveSnapshot): [string, string] {
  const described = (problems: readonly ContentProblem[]) => problems.map(describeProblem).sort().join("\n") || "(loaded)";
  const fromSnapshot = described(restoreArticles(dir, snapshot, loadRegistry(dir)).problems);
  const fromFiles = described([...(readArchive(dir).refused?.values() ?? [])].flat());
  expect(() => buildArchive(dir)).toThrow(fromFiles.split("\n")[0]);
  return [fromSnapshot, fromFiles];
}

describe("an archive restored from the build's snapshot", () => {
  it("is the archive read from the files, without reading one when none changed", () => {
    const { dir, snapshot } = snapshotted();
    const { archive, read, removed } = restored(dir, snapshot);
    expect(read).toBe(0);
    expect(removed).toBe(0);
    expect(archive).toEqual(buildArchive(dir));
    // Publications compare articles by their JSON (lib/publishing/sync.ts): key order included.
    expect(archive.articles.map((a) => JSON.stringify(a))).toEqual(buildArchive(dir).articles.map((a) => JSON.stringify(a)));
    expect(archive.articles[0].date.start).toBeInstanceOf(Date);
    // Linked to the registry read now, not to copies of its entities.
    expect(archive.articles.find((a) => a.slug === "la-fille-en-2021")!.companies[0]).toBe(archive.registry.companies.get("fille"));
  });

  it("gives back every body as written, whatever its characters", () => {
    const body = "L’été « cloud » à 2\u202f€, 北京, 🌍 : fin.";
    const { dir, snapshot } = snapshotted((d) => fs.appendFileSync(article(d, "vieille-nouvelle"), `\n${body}\n`));
    const { archive } = restored(dir, snapshot);
    expect(archive.bySlug.get("vieille-nouvelle")!.body).toBe(`Texte ancien.\n\n${body}`);
    expect(archive).toEqual(buildArchive(dir));
  });

  it("takes a file changed since the build from the file, whether its size changed or only its time", () => {
    const { dir, snapshot } = snapshotted();
    edit(dir, "la-fille-en-2021", (text) => text.replace("title: La fille en 2021", "title: La fille en 2022, corrigé"));
    edit(dir, "vieille-nouvelle", (text) => text.replace(/Une/, "Uno"));
    const { archive, read } = restored(dir, snapshot);
    expect(read).toBe(2);
    expect(archive).toEqual(buildArchive(dir));
    expect(archive.bySlug.get("la-fille-en-2021")!.title).toBe("La fille en 2022, corrigé");
  });

  it("is used by a copy of the content that kept its files' times (fs.cpSync keeps them to the millisecond)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "archive-snapshot-"));
    fs.cpSync("tests/fixtures/content", dir, { recursive: true });
    const snapshot = snapshotOfArticles(buildArchive(dir), stampArticleFiles(dir), "build-1", () => "");
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "archive-snapshot-copie-"));
    fs.cpSync(dir, copy, { recursive: true, preserveTimestamps: true });
    const { archive, read } = restored(copy, snapshot);
    expect(read).toBe(0);
    expect(archive).toEqual(buildArchive(copy));
  });

  it("takes an added file and drops a removed one", () => {
    const { dir, snapshot } = snapshotted();
    fs.copyFileSync(article(dir, "vieille-nouvelle"), article(dir, "nouvelle-copie"));
    fs.rmSync(article(dir, "annonce-de-la-mere-2021"));
    const { archive, read, removed } = restored(dir, snapshot);
    expect({ read, removed }).toEqual({ read: 1, removed: 1 });
    expect(archive).toEqual(buildArchive(dir));
    expect(archive.articles.map((a) => a.slug).sort()).toEqual(["la-fille-en-2021", "nouvelle-copie", "vieille-nouvelle"]);
  });

  it("knows the build's fingerprint of each article taken from it, and of no other", () => {
    const { dir, snapshot } = snapshotted();
    edit(dir, "vieille-nouvelle", (text) => text.replace("Texte ancien.", "Texte ancien, corrigé."));
    const { known } = restored(dir, snapshot);
    expect(known("la-fille-en-2021")).toBe("empreinte de la-fille-en-2021");
    expect(known("vieille-nouvelle")).toBeUndefined();
  });

  it("knows no fingerprint once the registry changed: the entity names an article is found by may have", () => {
    const { dir, snapshot } = snapshotted();
    const companies = path.join(dir, "entities/companies.yaml");
    fs.writeFileSync(companies, fs.readFileSync(companies, "utf8").replace("aliases: [La Mère]", "aliases: [La Mère, Maman]"));
    expect(restored(dir, snapshot).known("la-fille-en-2021")).toBeUndefined();
  });

  it("keeps every kind of value as read: nested dates, sources, captions, corrections, keys without a value", () => {
    const full = [
      "---",
      "title: Une source datée",
      "titleSource: editorial",
      "date: null",
      "datePrecision: unknown",
      "dateNote: Aucune date dans le texte.",
      "source: { name: Le Journal, date: '2020-03', url: 'https://exemple.fr/a', note: Lue en ligne. }",
      "author: Ana Autrice",
      "summary: Un résumé.",
      "summarySource: editorial",
      "companies: [fille]",
      "places: [{ slug: ville-une }]",
      "captions: [Une photo, Une autre]",
      "raw: c.txt",
      "archivedAt: '2026-11-23T14:17:51+00:00'",
      "correctedAt: '2026-11-24T09:00:00+00:00'",
      "---",
      "",
      "Texte.",
      "",
    ].join("\n");
    const { dir, snapshot } = snapshotted((d) => fs.writeFileSync(article(d, "source-datee"), full));
    const { archive, read } = restored(dir, snapshot);
    expect(read).toBe(0);
    expect(archive).toEqual(buildArchive(dir));
    expect(archive.articles.map((a) => JSON.stringify(a))).toEqual(buildArchive(dir).articles.map((a) => JSON.stringify(a)));
    const restoredArticle = archive.bySlug.get("source-datee")!;
    expect(restoredArticle.source!.date!.start).toBeInstanceOf(Date);
    expect(Object.keys(restoredArticle)).toEqual(Object.keys(buildArchive(dir).bySlug.get("source-datee")!));
    // A key present without a value stays present, as in an article read from its file.
    expect(Object.keys(archive.bySlug.get("vieille-nouvelle")!)).toContain("source");
  });

  it("gives the articles in the build's order, newest first, before any sort", () => {
    const { dir, snapshot } = snapshotted();
    const { articles } = restoreArticles(dir, snapshot, loadRegistry(dir));
    expect(articles.map((a) => a.slug)).toEqual(buildArchive(dir).articles.map((a) => a.slug));
  });

  it("compares the files' stamps taken on a worker thread as those taken here", () => {
    const { dir, snapshot } = snapshotted();
    edit(dir, "la-fille-en-2021", (text) => text.replace("title: La fille en 2021", "title: La fille en 2022, corrigé"));
    fs.copyFileSync(article(dir, "vieille-nouvelle"), article(dir, "nouvelle-copie"));
    fs.rmSync(article(dir, "annonce-de-la-mere-2021"));
    const registry = loadRegistry(dir);
    const { articles, read, removed } = restoreArticles(dir, snapshot, registry, { statWorkerFrom: 0 });
    expect({ read, removed }).toEqual({ read: 2, removed: 1 });
    expect(archiveOf(dir, registry, articles)).toEqual(buildArchive(dir));
  });

  it("reads the bodies from the snapshot it opened, even once a new build replaced its file", () => {
    const { dir } = snapshotted();
    const file = path.join(dir, "archive-snapshot.bin");
    const opened = readArchiveSnapshot(file, "build-1")!;
    // Same size and time, other words: the new build's snapshot has other bytes where the opened one has this body.
    const changed = article(dir, "vieille-nouvelle");
    fs.writeFileSync(changed, fs.readFileSync(changed, "utf8").replace("Texte ancien.", "Texte ANCIEN."));
    fs.utimesSync(changed, built, built);
    writeArchiveSnapshot(snapshotOfArticles(buildArchive(dir), stampArticleFiles(dir), "build-2", () => ""), file);
    const { archive, read } = restored(dir, opened);
    expect(read).toBe(0);
    expect(archive.bySlug.get("vieille-nouvelle")!.body).toContain("Texte ancien.");
  });

  it("reads again a file whose people name a company the registry no longer has", () => {
    const { dir, snapshot } = snapshotted((d) =>
      edit(d, "annonce-de-la-mere-2021", (text) => text.replace("companies: [mere, autre]", "companies: [mere]")),
    );
    const companies = path.join(dir, "entities/companies.yaml");
    fs.writeFileSync(companies, fs.readFileSync(companies, "utf8").replace(/- slug: autre\n(  .*\n)+/, ""));
    const [fromSnapshot, fromFiles] = failures(dir, snapshot);
    expect(fromSnapshot).toMatch(/annonce-de-la-mere-2021\.md › people\[1\]\.company/);
    expect(fromSnapshot).toBe(fromFiles);
  });

  it("names entities as the registry read now does", () => {
    const { dir, snapshot } = snapshotted();
    const companies = path.join(dir, "entities/companies.yaml");
    fs.writeFileSync(companies, fs.readFileSync(companies, "utf8").replace("name: Filiale Fille", "name: Filiale Renommée"));
    const { archive, read } = restored(dir, snapshot);
    expect(read).toBe(0);
    expect(archive).toEqual(buildArchive(dir));
    expect(archive.bySlug.get("la-fille-en-2021")!.companies[0].name).toBe("Filiale Renommée");
  });
});

describe("a restored archive whose files are wrong", () => {
  it("refuses as a full reading does a changed file that is invalid", () => {
    const { dir, snapshot } = snapshotted();
    edit(dir, "la-fille-en-2021", () => fs.readFileSync("tests/fixtures/broken/impossible-date.md", "utf8"));
    const [fromSnapshot, fromFiles] = failures(dir, snapshot);
    expect(fromSnapshot).toMatch(/la-fille-en-2021\.md › date/);
    expect(fromSnapshot).toBe(fromFiles);
  });

  it("refuses as a full reading does an added file refused before parsing (JavaScript front matter)", () => {
    const { dir, snapshot } = snapshotted();
    fs.writeFileSync(article(dir, "piege-js"), "---js\n{ title: 'Titre' }\n---\n\nCorps.\n");
    edit(dir, "vieille-nouvelle", (text) => text.replace(/^title: .*$/m, "title: 12"));
    const [fromSnapshot, fromFiles] = failures(dir, snapshot);
    expect(fromSnapshot).toMatch(/piege-js\.md › front matter : YAML attendu/);
    expect(fromSnapshot).toBe(fromFiles);
  });

  it("refuses as a full reading does an unchanged file naming an entity the registry dropped", () => {
    const { dir, snapshot } = snapshotted();
    const companies = path.join(dir, "entities/companies.yaml");
    fs.writeFileSync(companies, fs.readFileSync(companies, "utf8").replace(/- slug: autre\n(  .*\n)+/, ""));
    const [fromSnapshot, fromFiles] = failures(dir, snapshot);
    expect(fromSnapshot).toMatch(/entreprise inconnu\(e\) du registre/);
    expect(fromSnapshot).toBe(fromFiles);
  });

  it("refuses as a full reading does an unchanged file whose raw text is gone", () => {
    const { dir, snapshot } = snapshotted();
    fs.rmSync(path.join(dir, "raw/b.txt"));
    const [fromSnapshot, fromFiles] = failures(dir, snapshot);
    expect(fromSnapshot).toMatch(/la-fille-en-2021\.md › raw : texte brut introuvable/);
    expect(fromSnapshot).toBe(fromFiles);
  });
});

describe("the snapshot a server reads", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is refused when it belongs to another build, is absent or unreadable, and says why", () => {
    const { dir } = snapshotted();
    const reasons: string[] = [];
    const why = (reason: string) => reasons.push(reason);
    expect(readArchiveSnapshot(path.join(dir, "archive-snapshot.bin"), "build-2", why)).toBeUndefined();
    expect(readArchiveSnapshot(path.join(dir, "absent.v8"), "build-1", why)).toBeUndefined();
    fs.writeFileSync(path.join(dir, "broken.bin"), "\u0004\u0000\u0000\u0000{no");
    expect(readArchiveSnapshot(path.join(dir, "broken.bin"), "build-1", why)).toBeUndefined();
    expect(reasons).toHaveLength(3);
    expect(reasons[0]).toMatch(/celui d’une autre construction \(build-1, le serveur sert build-2\)/);
    expect(reasons[1]).toMatch(/pas d’instantané de l’archive .*absent\.v8/);
    expect(reasons[2]).toMatch(/broken\.bin\) est illisible/);
    // A usable one says nothing.
    expect(readArchiveSnapshot(path.join(dir, "archive-snapshot.bin"), "build-1", why)).toBeDefined();
    expect(reasons).toHaveLength(3);
  });

  it("is the one getArchive starts from in production", () => {
    const { dir } = snapshotted();
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "archive-dist-"));
    fs.writeFileSync(path.join(dist, "BUILD_ID"), "build-1\n");
    fs.renameSync(path.join(dir, "archive-snapshot.bin"), path.join(dist, "archive-snapshot.bin"));
    // Same size and time as the build saw, other words: only a snapshot in use would still say "Une".
    const file = article(dir, "vieille-nouvelle");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/Une/, "Uno"));
    fs.utimesSync(file, built, built);
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXT_DIST_DIR", dist);
    vi.stubEnv("CONTENT_DIR", dir);
    vi.spyOn(console, "log").mockImplementation(() => {});
    const archive = getArchive();
    expect(archive.dir).toBe(dir);
    expect(archive.bySlug.get("vieille-nouvelle")!.summary).toBe("Une vieille nouvelle.");
    expect(console.log).toHaveBeenCalledWith(expect.stringMatching(/archive reprise de la construction .*\(0 fichiers relus, 0 retirés\)/));
  });
});

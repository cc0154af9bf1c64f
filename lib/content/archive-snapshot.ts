import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import type { EntityRegistry } from "../entities/entity-registry";
import type { CountryRole } from "../schema/article";
import type { Article } from "./article";
import { ContentError, type ContentProblem } from "./content-error";
import { articleFileNames, readArticleFile, validateArticle } from "./load-articles";
import { listRawTexts, missingRaw } from "./raw-texts";

/*
 * The validated articles, written at build time beside the search index
 * (scripts/export-search-index.ts), so that a server starts without reading
 * and validating every file: at 100,000 articles that took most of two
 * minutes. Each article carries the size and modification time its file had
 * when the build read it; at start one `stat` per file tells which differ,
 * and only those are read and validated, exactly as without a snapshot.
 * The snapshot is build output, trusted as the build is; the files are not.
 */

/** An article as the snapshot keeps it: its entities by slug, linked again to the registry read at start. */
export type StoredArticle = Omit<Article, "companies" | "announcedBy" | "countries" | "places" | "themes"> & {
  companies: string[];
  announcedBy: string[];
  countries: { slug: string; role: CountryRole }[];
  places: { slug: string; role: CountryRole }[];
  themes: string[];
};

/** One article file as the build read it: same name, size and modification time, same content. */
export type StoredFile = { name: string; size: number; mtimeMs: number; article: StoredArticle };

export type ArchiveSnapshot = {
  version: 1;
  /** The build it belongs to (`<distDir>/BUILD_ID`): a snapshot written by other code may hold articles of another shape. */
  buildId: string | undefined;
  files: StoredFile[];
};

/** What a file's content is taken to be the same by: size and modification time, as make and rsync judge. */
type FileStamp = { size: number; mtimeMs: number };

function stampOf(full: string): FileStamp | undefined {
  try {
    const { size, mtimeMs } = fs.statSync(full);
    return { size, mtimeMs };
  } catch {
    return undefined;
  }
}

/** The stamps of every article file, taken before the build reads them: a file changed while it reads is read again at start. */
export function stampArticleFiles(dir: string): Map<string, FileStamp> {
  const stamps = new Map<string, FileStamp>();
  for (const name of articleFileNames(dir)) {
    const stamp = stampOf(path.join(dir, "articles", name));
    if (stamp) stamps.set(name, stamp);
  }
  return stamps;
}

function stored(article: Article): StoredArticle {
  // Spread then overwritten: the keys keep their order, so a restored article serialises as a read one (lib/publishing/sync.ts compares them so).
  return {
    ...article,
    file: `${article.slug}.md`,
    companies: article.companies.map((c) => c.slug),
    announcedBy: article.announcedBy.map((c) => c.slug),
    countries: article.countries.map(({ country, role }) => ({ slug: country.slug, role })),
    places: article.places.map(({ place, role }) => ({ slug: place.slug, role })),
    themes: article.themes.map((t) => t.slug),
  };
}

/** The snapshot of an archive's articles, each with the stamp its file had before it was read. */
export function snapshotOfArticles(articles: readonly Article[], stamps: ReadonlyMap<string, FileStamp>, buildId: string | undefined): ArchiveSnapshot {
  const files: StoredFile[] = [];
  for (const article of articles) {
    const name = `${article.slug}.md`;
    const stamp = stamps.get(name);
    if (stamp) files.push({ name, ...stamp, article: stored(article) });
  }
  return { version: 1, buildId, files };
}

/**
 * A stored article linked to the registry read now, or undefined when the
 * registry no longer knows one of its entities: the file is then validated
 * again, and its problems worded as always.
 */
function relink(entry: StoredArticle, file: string, registry: EntityRegistry): Article | undefined {
  const companies = entry.companies.map((s) => registry.companies.get(s));
  const announcedBy = entry.announcedBy.map((s) => registry.companies.get(s));
  const countries = entry.countries.map(({ slug, role }) => ({ country: registry.countries.get(slug)!, role }));
  const places = entry.places.map(({ slug, role }) => ({ place: registry.places.get(slug)!, role }));
  const themes = entry.themes.map((s) => registry.themes.get(s));
  const known =
    companies.every(Boolean) &&
    announcedBy.every(Boolean) &&
    countries.every((c) => c.country) &&
    places.every((p) => p.place) &&
    themes.every(Boolean) &&
    entry.people.every((p) => !p.company || registry.companies.has(p.company));
  if (!known) return undefined;
  return { ...entry, file, companies, announcedBy, countries, places, themes } as Article;
}

export type Restored = {
  articles: Article[];
  /** Files read and validated because they differ from the snapshot (changed, added, or naming an entity gone). */
  read: number;
  /** Articles of the snapshot whose file is gone. */
  removed: number;
};

/**
 * The articles of a content directory from a snapshot of an earlier reading:
 * a file with the stamp the snapshot recorded is taken from it, any other is
 * read and validated as `buildArchive` does, a file gone is dropped. Throws
 * the ContentError `buildArchive` would throw for the files read.
 */
export function restoreArticles(dir: string, snapshot: ArchiveSnapshot, registry: EntityRegistry): Restored {
  const byName = new Map(snapshot.files.map((f) => [f.name, f]));
  const rawTexts = listRawTexts(dir);
  const refused: ContentProblem[] = [];
  const problems: ContentProblem[] = [];
  const articles: Article[] = [];
  let read = 0;
  let kept = 0;
  for (const name of articleFileNames(dir)) {
    const full = path.join(dir, "articles", name);
    const file = path.relative(process.cwd(), full) || full;
    const entry = byName.get(name);
    const stamp = entry && stampOf(full);
    let article = entry && stamp && stamp.size === entry.size && stamp.mtimeMs === entry.mtimeMs ? relink(entry.article, file, registry) : undefined;
    if (article) kept++;
    else {
      read++;
      const source = readArticleFile(full);
      if (!source.ok) {
        refused.push(...source.problems);
        continue;
      }
      const result = validateArticle(source.source, registry);
      if (!result.ok) {
        problems.push(...result.problems);
        continue;
      }
      article = result.article;
    }
    const missing = missingRaw(file, article.raw, rawTexts);
    if (missing) problems.push(missing);
    else articles.push(article);
  }
  if (refused.length || problems.length) throw new ContentError([...refused, ...problems]);
  return { articles, read, removed: byName.size - kept };
}

/** Where the build leaves the snapshot: beside its own output and the search index. */
export function archiveSnapshotFile(distDir = process.env.NEXT_DIST_DIR ?? ".next"): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), distDir, "archive-snapshot.v8");
}

/** The id of the build in `distDir`, or undefined when there is none. */
export function buildIdOf(distDir = process.env.NEXT_DIST_DIR ?? ".next"): string | undefined {
  try {
    return fs.readFileSync(path.resolve(/*turbopackIgnore: true*/ process.cwd(), distDir, "BUILD_ID"), "utf8").trim();
  } catch {
    return undefined;
  }
}

/*
 * V8's own serialisation, not JSON: it keeps the dates as Date objects and
 * the keys whose value is undefined, so a restored article is the very value
 * a read one is, and it reads back faster than JSON.parse (measured in
 * docs/scaling.md).
 */
export function writeArchiveSnapshot(snapshot: ArchiveSnapshot, file = archiveSnapshotFile()): void {
  fs.writeFileSync(file, v8.serialize(snapshot));
}

/** The snapshot in `file` if it belongs to the build `buildId`, else undefined (none, unreadable, or another build's). */
export function readArchiveSnapshot(file = archiveSnapshotFile(), buildId = buildIdOf()): ArchiveSnapshot | undefined {
  let snapshot: ArchiveSnapshot;
  try {
    snapshot = v8.deserialize(fs.readFileSync(file)) as ArchiveSnapshot;
  } catch {
    return undefined;
  }
  return snapshot?.version === 1 && snapshot.buildId === buildId ? snapshot : undefined;
}

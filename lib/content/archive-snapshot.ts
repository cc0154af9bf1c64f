import fs from "node:fs";
import path from "node:path";
import { type EntityRegistry, registrySignature } from "../entities/entity-registry";
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

/** An article as the snapshot keeps it: each entity by its slug, in its place, linked again to the registry read at start. */
export type StoredArticle = Omit<Article, "companies" | "announcedBy" | "countries" | "places" | "themes"> & {
  companies: string[];
  announcedBy: string[];
  countries: { country: string; role: CountryRole }[];
  places: { place: string; role: CountryRole }[];
  themes: string[];
};

/**
 * One article file as the build read it: same name, size and modification
 * time, same content. `fingerprint` is what the build computed of the article
 * for another snapshot (the search index's), so that a server need not
 * compute it again for an article it takes from this one.
 */
export type StoredFile = {
  name: string;
  size: number;
  mtimeMs: number;
  fingerprint: string;
  /** The article, its body left empty: the bodies are kept apart (`ArchiveSnapshot.bodies`). */
  article: StoredArticle;
  /** Where its body is in `bodies`, in bytes: [start, end). */
  body: [number, number];
};

export type ArchiveSnapshot = {
  version: 3;
  /** The build it belongs to (`<distDir>/BUILD_ID`): a snapshot written by other code may hold articles of another shape. */
  buildId: string | undefined;
  /** The registry the articles were linked to: while it is unchanged, so is what the build computed of them. */
  registry: string;
  files: StoredFile[];
  /**
   * Every body, UTF-8, end to end. A restored article reads its body from
   * here when asked (a getter): a server starts without making a string of
   * every body (250 MB at 100,000 articles), and keeps them out of the heap.
   */
  bodies: Buffer;
};

/**
 * What a file's content is taken to be the same by: size and modification
 * time, as make and rsync judge, the time rounded to the millisecond: a copy
 * that keeps times through Node (`fs.cpSync`'s `preserveTimestamps`, `utimes`
 * with a Date) keeps them so rounded.
 */
type FileStamp = { size: number; mtimeMs: number };

function stampOf(full: string): FileStamp | undefined {
  try {
    const { size, mtimeMs } = fs.statSync(full);
    return { size, mtimeMs: Math.round(mtimeMs) };
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
    countries: article.countries.map(({ country, role }) => ({ country: country.slug, role })),
    places: article.places.map(({ place, role }) => ({ place: place.slug, role })),
    themes: article.themes.map((t) => t.slug),
  };
}


/** The snapshot of an archive's articles, each with the stamp its file had before it was read and its fingerprint. */
export function snapshotOfArticles(
  { articles, registry }: { articles: readonly Article[]; registry: EntityRegistry },
  stamps: ReadonlyMap<string, FileStamp>,
  buildId: string | undefined,
  fingerprint: (article: Article) => string,
): ArchiveSnapshot {
  const files: StoredFile[] = [];
  const bodies: Buffer[] = [];
  let offset = 0;
  for (const article of articles) {
    const name = `${article.slug}.md`;
    const stamp = stamps.get(name);
    if (!stamp) continue;
    const body = Buffer.from(article.body, "utf8");
    bodies.push(body);
    files.push({ name, ...stamp, fingerprint: fingerprint(article), article: { ...stored(article), body: "" }, body: [offset, offset + body.length] });
    offset += body.length;
  }
  return { version: 3, buildId, registry: registrySignature(registry), files, bodies: Buffer.concat(bodies) };
}

/** Whether the registry read now knows every entity a stored article names. */
function knowsAll(entry: StoredArticle, registry: EntityRegistry): boolean {
  return (
    entry.companies.every((s) => registry.companies.has(s)) &&
    entry.announcedBy.every((s) => registry.companies.has(s)) &&
    entry.countries.every((c) => registry.countries.has(c.country)) &&
    entry.places.every((p) => registry.places.has(p.place)) &&
    entry.themes.every((s) => registry.themes.has(s)) &&
    entry.people.every((p) => !p.company || registry.companies.has(p.company))
  );
}

/**
 * A stored article linked to the registry read now, in place (it was just
 * read from the snapshot: at 100,000 articles a copy of each doubled the
 * work), or undefined when the registry no longer knows one of its
 * entities: the file is then validated again, and its problems worded as always.
 */
function relink({ article: entry, body: [start, end] }: StoredFile, file: string, registry: EntityRegistry, bodies: Buffer): Article | undefined {
  if (!knowsAll(entry, registry)) return undefined;
  const article = entry as unknown as Article;
  article.file = file;
  entry.companies.forEach((s, i) => (article.companies[i] = registry.companies.get(s)!));
  entry.announcedBy.forEach((s, i) => (article.announcedBy[i] = registry.companies.get(s)!));
  for (const c of article.countries) c.country = registry.countries.get(c.country as unknown as string)!;
  for (const p of article.places) p.place = registry.places.get(p.place as unknown as string)!;
  entry.themes.forEach((s, i) => (article.themes[i] = registry.themes.get(s)!));
  // An accessor in the place of the stored empty body: same key order, read as a string by every reader (JSON, spread, equality).
  Object.defineProperty(article, "body", { get: () => bodies.toString("utf8", start, end), enumerable: true, configurable: true });
  return article;
}

export type Restored = {
  articles: Article[];
  /** The build's fingerprint of each article taken from the snapshot, when the registry is the build's: still true of it. */
  fingerprints: Map<Article, string>;
  /** Files read and validated because they differ from the snapshot (changed, added, or naming an entity gone). */
  read: number;
  /** Articles of the snapshot whose file is gone. */
  removed: number;
};

/**
 * The articles of a content directory from a snapshot of an earlier reading:
 * a file with the stamp the snapshot recorded is taken from it, any other is
 * read and validated as `buildArchive` does, a file gone is dropped. Throws
 * the ContentError `buildArchive` would throw for the files read. Takes the
 * snapshot's articles over: restore from a snapshot once.
 */
export function restoreArticles(dir: string, snapshot: ArchiveSnapshot, registry: EntityRegistry): Restored {
  const byName = new Map(snapshot.files.map((f) => [f.name, f]));
  const rawTexts = listRawTexts(dir);
  const refused: ContentProblem[] = [];
  const problems: ContentProblem[] = [];
  const articles: Article[] = [];
  const fingerprints = new Map<Article, string>();
  const sameRegistry = registrySignature(registry) === snapshot.registry;
  let read = 0;
  let present = 0;
  // Articles are named relative to the working directory, as readArticleFiles names them; computed once, not per file.
  const articlesDir = path.join(dir, "articles");
  const relativeDir = path.relative(process.cwd(), articlesDir);
  for (const name of articleFileNames(dir)) {
    const full = path.join(articlesDir, name);
    const file = path.join(relativeDir, name);
    const entry = byName.get(name);
    if (entry) present++;
    const stamp = entry && stampOf(full);
    let article = entry && stamp && stamp.size === entry.size && stamp.mtimeMs === entry.mtimeMs ? relink(entry, file, registry, snapshot.bodies) : undefined;
    if (article) {
      if (sameRegistry) fingerprints.set(article, entry!.fingerprint);
    } else {
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
  return { articles, fingerprints, read, removed: byName.size - present };
}

/** Key, in an archive version's derived values (lib/archive.ts), of the build's fingerprints of the articles restored from the snapshot. */
export const buildFingerprints = "build-fingerprints";

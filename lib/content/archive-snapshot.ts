import path from "node:path";
import { type EntityRegistry, registrySignature } from "../entities/entity-registry";
import type { Article } from "./article";
import { ArticleDecoder, ArticleEncoder, type Encoded, type EntityName } from "./article-codec";
import type { ContentProblem } from "./content-error";
import { articleFile, articleFileNames, readArticleFile, validateArticle } from "./load-articles";
import { realDir } from "./read-regular";
import { type FileStamp, stampFiles, stampOf } from "./file-stamps";
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

export type ArchiveSnapshot = {
  version: 4;
  /** The build it belongs to (`<distDir>/BUILD_ID`): a snapshot written by other code may hold articles of another shape. */
  buildId: string | undefined;
  /** The registry the articles were linked to: while it is unchanged, so is what the build computed of them. */
  registry: string;
  /** What lib/content/article-codec.ts decodes the articles with: the key lists of their objects, the entities they name. */
  shapes: string[][];
  entities: EntityName[];
  /**
   * One entry per article file as the build read it, in the build's order
   * (newest first: restored in that order, the articles need no real sort):
   * its name, size and modification time, the article (its body apart), and
   * `fingerprint`, what the build computed of the article for another
   * snapshot (the search index's), so that a server need not compute it
   * again for an article it takes from this one.
   */
  names: string[];
  sizes: number[];
  mtimes: number[];
  fingerprints: string[];
  /**
   * The articles, their bodies apart, each as the JSON of its flat array,
   * UTF-8, end to end: article i's is bytes [articleOffsets[i], articleOffsets[i + 1]).
   * Decoded and parsed one by one as they are restored, not as one document:
   * parsed whole, the 78 MB of them at 100,000 articles stayed alive until
   * the last was built, and the collector copied them from generation to
   * generation.
   */
  articles: Buffer;
  articleOffsets: number[];
  /** Where each article's body is in `bodies`, in bytes: article i's is [bodyOffsets[i], bodyOffsets[i + 1]). */
  bodyOffsets: number[];
  /**
   * Every body, UTF-8, end to end: in memory as written, in the file once
   * read back. A restored article reads its body when asked (a getter): a
   * server starts without reading them (200 MB at 100,000 articles) or making
   * a string of each, and keeps them out of its memory.
   */
  bodies: Buffer | BodiesInFile;
};

/** The bodies left in the snapshot's file, open for the life of the process (lib/content/archive-snapshot-file.ts): bytes [start, end) of them, read when asked. */
export type BodiesInFile = { read(start: number, end: number): string };

/** Body number `i` of a snapshot. */
function bodyReader({ bodies, bodyOffsets }: ArchiveSnapshot): (i: number) => string {
  if (Buffer.isBuffer(bodies)) return (i) => bodies.toString("utf8", bodyOffsets[i], bodyOffsets[i + 1]);
  return (i) => bodies.read(bodyOffsets[i], bodyOffsets[i + 1]);
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

/** The snapshot of an archive's articles, each with the stamp its file had before it was read and its fingerprint. */
export function snapshotOfArticles(
  { articles, registry }: { articles: readonly Article[]; registry: EntityRegistry },
  stamps: ReadonlyMap<string, FileStamp>,
  buildId: string | undefined,
  fingerprint: (article: Article) => string,
): ArchiveSnapshot & { bodies: Buffer } {
  const encoder = new ArticleEncoder(registry);
  const snapshot: ArchiveSnapshot & { bodies: Buffer } = {
    version: 4,
    buildId,
    registry: registrySignature(registry),
    shapes: encoder.shapes,
    entities: encoder.entities,
    ...{ names: [], sizes: [], mtimes: [], fingerprints: [], articleOffsets: [0], bodyOffsets: [0] },
    articles: Buffer.alloc(0),
    bodies: Buffer.alloc(0),
  };
  const bodies: Buffer[] = [];
  const texts: Buffer[] = [];
  let length = 0;
  let offset = 0;
  for (const article of articles) {
    const name = `${article.slug}.md`;
    const stamp = stamps.get(name);
    if (!stamp) continue;
    const body = Buffer.from(article.body, "utf8");
    bodies.push(body);
    offset += body.length;
    snapshot.names.push(name);
    snapshot.sizes.push(stamp.size);
    snapshot.mtimes.push(stamp.mtimeMs);
    snapshot.fingerprints.push(fingerprint(article));
    // Stored under its file's name: the path a server names it by depends on its working directory.
    const text = Buffer.from(JSON.stringify(encoder.article({ ...article, file: name })), "utf8");
    texts.push(text);
    length += text.length;
    snapshot.articleOffsets.push(length);
    snapshot.bodyOffsets.push(offset);
  }
  snapshot.articles = Buffer.concat(texts);
  snapshot.bodies = Buffer.concat(bodies);
  return snapshot;
}

function storedArticle({ articles, articleOffsets }: ArchiveSnapshot, i: number): Encoded[] {
  return JSON.parse(articles.toString("utf8", articleOffsets[i], articleOffsets[i + 1])) as Encoded[];
}

/** Whether the registry read now knows the company of every person a stored article names (by slug, not linked). */
function knowsPeople(article: Article, registry: EntityRegistry): boolean {
  return article.people.every((p) => !p.company || registry.companies.has(p.company));
}

export type Restored = {
  articles: Article[];
  /** The build's fingerprint of each article taken from the snapshot, when the registry is the build's: still true of it. */
  fingerprints: Map<Article, string>;
  /** Files read and validated because they differ from the snapshot (changed, added, or naming an entity gone). */
  read: number;
  /** Articles of the snapshot whose file is gone. */
  removed: number;
  /** Every problem of the files refused (read again and invalid, or naming a raw text gone): their articles are left out. */
  problems: ContentProblem[];
};

/**
 * The articles of a content directory from a snapshot of an earlier reading:
 * a file with the stamp the snapshot recorded is taken from it, any other is
 * read and validated as `buildArchive` does, a file gone is dropped; a file
 * refused is left out, its problems returned. Takes the snapshot's articles
 * over: restore from a snapshot once.
 */
export function restoreArticles(dir: string, snapshot: ArchiveSnapshot, registry: EntityRegistry, { statWorkerFrom = 2000 } = {}): Restored {
  const articlesDir = path.join(dir, "articles");
  const names = articleFileNames(dir);
  // Stat on another thread while this one decodes every stored article whose file is still there; those found changed are dropped.
  const stamps = stampFiles(articlesDir, names, statWorkerFrom);
  const byName = new Map(snapshot.names.map((name, i) => [name, i]));
  const decoder = new ArticleDecoder(snapshot.shapes, snapshot.entities, registry, bodyReader(snapshot));
  const decoded = names.map((name) => {
    const i = byName.get(name);
    return i === undefined ? undefined : decoder.article(storedArticle(snapshot, i), i);
  });
  const rawTexts = listRawTexts(dir);
  const root = realDir(dir);
  const problems: ContentProblem[] = [];
  // The articles taken from the snapshot in its order (the build's: newest first), then those read.
  const taken: (Article | undefined)[] = new Array(snapshot.names.length);
  const readArticles: Article[] = [];
  const fingerprints = new Map<Article, string>();
  const sameRegistry = registrySignature(registry) === snapshot.registry;
  let read = 0;
  let present = 0;
  const stamped = stamps();
  names.forEach((name, n) => {
    const file = articleFile(name);
    const i = byName.get(name);
    if (i !== undefined) present++;
    const stamp = stamped[n];
    let article = stamp && stamp.size === snapshot.sizes[i!] && stamp.mtimeMs === snapshot.mtimes[i!] ? decoded[n] : undefined;
    // Named entities the registry lost: the file is validated again, and its problems worded as always.
    if (article && !knowsPeople(article, registry)) article = undefined;
    if (article) {
      article.file = file;
      if (sameRegistry) fingerprints.set(article, snapshot.fingerprints[i!]);
    } else {
      read++;
      const source = readArticleFile(dir, name, root);
      if (!source.ok) return void problems.push(...source.problems);
      // Judged as at build and at a publication, its raw text included.
      const result = validateArticle(source.source, registry, rawTexts);
      if (!result.ok) return void problems.push(...result.problems);
      readArticles.push(result.article);
      return;
    }
    // Taken from the build, its raw text still checked: it may have gone since.
    const missing = missingRaw(file, article.raw, rawTexts);
    if (missing) problems.push(missing);
    else taken[i!] = article;
  });
  return { articles: [...taken.filter((a) => a !== undefined), ...readArticles], fingerprints, read, removed: snapshot.names.length - present, problems };
}

/** Key, in an archive version's derived values (lib/archive.ts), of the build's fingerprints of the articles restored from the snapshot. */
export const buildFingerprints = "build-fingerprints";

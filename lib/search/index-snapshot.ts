import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Article } from "../content/article";
import { type LiveIndex, createLiveIndex, fieldsOf, indexArticle } from "./live-index";

/*
 * The search index written by the build and read at server start: at 100,000
 * articles, indexing takes about a minute, reading an export seconds. The
 * articles may have changed since the build (live publishing): each carries a
 * fingerprint of what was indexed, and only the differences are indexed again.
 */

/**
 * The export's layout and analysis: 4 since the fields became a table
 * (lib/search/fields.ts), stems are Snowball's and short fields keep exact
 * words. Another version's file is ignored (the server indexes instead).
 */
export const snapshotVersion = 4;

export type IndexSnapshot = {
  version: typeof snapshotVersion;
  /** The content directory indexed. */
  dir: string;
  /** flexsearch's own export, key by key, each part parsed (flexsearch's `import` takes it so). */
  parts: [string, unknown][];
  /** Document id → slug of the article indexed under it, null for an id left free. */
  slugOfDoc: (string | null)[];
  /**
   * Document id → fingerprint of that article's indexed text. Two lists by id
   * rather than pairs by slug: at 100,000 articles, 17 of the file's 18 MB of
   * JSON were those pairs.
   */
  fingerprints: (string | null)[];
  frequency: [string, number][];
};

/** What was indexed of an article, as a short hash: equal fingerprints, same index entries. */
export function indexFingerprint(article: Article): string {
  return createHash("sha1").update(Object.values(fieldsOf(article)).join("\u0000")).digest("base64url");
}

export function snapshotOf(dir: string, index: LiveIndex, articles: readonly Article[], fingerprintOf = indexFingerprint): IndexSnapshot {
  const parts: [string, unknown][] = [];
  index.document.export((key: string, data: string) => {
    parts.push([key, JSON.parse(data)]);
  });
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  return {
    version: snapshotVersion,
    dir,
    parts,
    slugOfDoc: index.slugOfDoc.map((slug) => slug ?? null),
    fingerprints: index.slugOfDoc.map((slug) => {
      const article = slug === undefined ? undefined : bySlug.get(slug);
      return article ? fingerprintOf(article) : null;
    }),
    frequency: [...index.documentFrequency],
  };
}

/**
 * The live index of `articles` from a snapshot of an earlier version of them:
 * imported whole, then brought up to date article by article. The text of
 * an article changed since the build is gone, so its old words cannot be
 * uncounted: the word counts (used only to rank spelling corrections) may
 * run slightly high until the next build; what is found stays exact.
 * @param known fingerprints already known of some of the articles (the
 *   archive snapshot's, lib/content/archive-snapshot.ts): hashing the text
 *   of every article was most of the import at 100,000 articles
 */
export function liveIndexFromSnapshot(snapshot: IndexSnapshot, articles: readonly Article[], known?: ReadonlyMap<Article, string>): LiveIndex {
  const index = createLiveIndex();
  // flexsearch takes a part already parsed as well as its text.
  for (const [key, data] of snapshot.parts) index.document.import(key, data as string);
  snapshot.slugOfDoc.forEach((slug, id) => {
    if (slug === null) index.freeDocIds.push(id);
    else index.docIdOf.set(slug, id);
    index.slugOfDoc[id] = slug ?? undefined;
  });
  index.documentFrequency = new Map(snapshot.frequency);
  const current = new Set<string>();
  for (const article of articles) {
    current.add(article.slug);
    // Read before indexArticle: an article new since the build takes a free id, whose fingerprint is null.
    const id = index.docIdOf.get(article.slug);
    const indexed = id === undefined ? null : snapshot.fingerprints[id];
    if (indexed !== (known?.get(article) ?? indexFingerprint(article))) indexArticle(index, article);
  }
  for (const [id, slug] of snapshot.slugOfDoc.entries()) {
    if (slug === null || current.has(slug)) continue;
    index.document.remove(id);
    index.docIdOf.delete(slug);
    index.slugOfDoc[id] = undefined;
    index.freeDocIds.push(id);
  }
  return index;
}

/** Where the build leaves the snapshot: beside its own output. */
export function snapshotFile(distDir = process.env.NEXT_DIST_DIR ?? ".next"): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), distDir, "search-index.bin");
}

/*
 * The file: the length of the header (4 bytes), the header (JSON: the
 * snapshot, with each posting list of flexsearch's word maps replaced by its
 * length, -1 for none), zeros up to a multiple of 4 bytes, then the document
 * ids of every posting list end to end, as 32-bit integers in the machine's
 * order (the file is read where it was written, beside the build). At 100,000
 * articles those ids were 81 of the 99 MB of an all-JSON file, and reading
 * and parsing their text was 1.7 s of the server's start.
 */

/** Where the ids begin: after the length and the header, at the next multiple of 4 bytes (a Uint32Array's alignment). */
const idsOffset = (headerLength: number) => Math.ceil((4 + headerLength) / 4) * 4;

/** A word map part of flexsearch's export: per word, its posting lists (document ids), one per resolution slot. */
type Postings = [word: string, lists: (number[] | null)[]][];
/** A part as the header holds it: as exported, or a word map with lengths in place of its lists (third item 1). */
type StoredPart = [key: string, data: unknown] | [key: string, lengths: [string, number[]][], idsInBody: 1];

const isId = (id: unknown) => Number.isInteger(id) && (id as number) >= 0 && (id as number) <= 0xffffffff;
const isPostings = (data: unknown): data is Postings =>
  Array.isArray(data) &&
  data.every(
    (entry) =>
      Array.isArray(entry) &&
      entry.length === 2 &&
      typeof entry[0] === "string" &&
      Array.isArray(entry[1]) &&
      entry[1].every((list: unknown) => list === null || (Array.isArray(list) && list.every(isId))),
  );

export function writeSnapshot(snapshot: IndexSnapshot, file = snapshotFile()): void {
  const lists: number[][] = [];
  const parts: StoredPart[] = snapshot.parts.map(([key, data]) => {
    // Any other part (the register of ids, say) stays as flexsearch wrote it.
    if (!isPostings(data)) return [key, data];
    const lengths = data.map(([word, wordLists]): [string, number[]] => [
      word,
      wordLists.map((list) => {
        if (!list) return -1;
        lists.push(list);
        return list.length;
      }),
    ]);
    return [key, lengths, 1];
  });
  const header = Buffer.from(JSON.stringify({ ...snapshot, parts }), "utf8");
  const idsAt = idsOffset(header.length);
  const ids = new Uint32Array(lists.reduce((sum, list) => sum + list.length, 0));
  let at = 0;
  for (const list of lists) {
    ids.set(list, at);
    at += list.length;
  }
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  // Written beside, then renamed: a server starting meanwhile reads the old export or the new one, never half of one.
  fs.writeFileSync(`${file}.tmp`, Buffer.concat([length, header, Buffer.alloc(idsAt - 4 - header.length), Buffer.from(ids.buffer)]));
  fs.renameSync(`${file}.tmp`, file);
}

export function readSnapshot(file = snapshotFile()): IndexSnapshot | undefined {
  try {
    const bytes = fs.readFileSync(file);
    const headerLength = bytes.readUInt32LE(0);
    const { parts, ...snapshot } = JSON.parse(bytes.toString("utf8", 4, 4 + headerLength)) as Omit<IndexSnapshot, "parts"> & { parts: StoredPart[] };
    if (snapshot.version !== snapshotVersion) return undefined;
    const idsAt = idsOffset(headerLength);
    // A typed array needs its offset aligned to 4 bytes in the underlying memory, which a Buffer does not promise.
    const body = (bytes.byteOffset + idsAt) % 4 === 0 ? bytes : Buffer.from(bytes);
    const ids = new Uint32Array(body.buffer, body.byteOffset + idsAt, (body.length - idsAt) / 4);
    let at = 0;
    const list = (length: number) => {
      if (length < 0) return null;
      const out: number[] = [];
      for (const end = at + length; at < end; at++) out.push(ids[at]);
      return out;
    };
    const read = parts.map(([key, data, idsInBody]): [string, unknown] =>
      idsInBody === 1 ? [key, (data as [string, number[]][]).map(([word, lengths]) => [word, lengths.map(list)])] : [key, data],
    );
    // Ids left over or missing: the file is not what the header says, so none of it is trusted.
    if (at !== ids.length) return undefined;
    return { ...snapshot, parts: read };
  } catch {
    return undefined;
  }
}

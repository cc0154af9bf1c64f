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

export type IndexSnapshot = {
  version: 2;
  /** The content directory indexed. */
  dir: string;
  /**
   * flexsearch's own export, key by key, each part parsed: kept as JSON text
   * inside the file's JSON, each part was parsed twice at start (the file,
   * then the part), a second of 4 at 100,000 articles.
   */
  parts: [string, unknown][];
  docIds: [string, number][];
  frequency: [string, number][];
  /** Slug → fingerprint of its indexed text. */
  fingerprints: [string, string][];
};

/** What was indexed of an article, as a short hash: equal fingerprints, same index entries. */
export function indexFingerprint(article: Article): string {
  const fields = fieldsOf(article);
  return createHash("sha1").update(`${fields.title}\u0000${fields.summary}\u0000${fields.entities}\u0000${fields.body}`).digest("base64url");
}

export function snapshotOf(dir: string, index: LiveIndex, articles: readonly Article[], fingerprintOf = indexFingerprint): IndexSnapshot {
  const parts: [string, unknown][] = [];
  index.document.export((key: string, data: string) => {
    parts.push([key, JSON.parse(data)]);
  });
  return {
    version: 2,
    dir,
    parts,
    docIds: [...index.docIdOf],
    frequency: [...index.documentFrequency],
    fingerprints: articles.map((a) => [a.slug, fingerprintOf(a)]),
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
  index.docIdOf = new Map(snapshot.docIds);
  for (const [slug, id] of snapshot.docIds) index.slugOfDoc[id] = slug;
  for (let id = 0; id < index.slugOfDoc.length; id++) if (index.slugOfDoc[id] === undefined) index.freeDocIds.push(id);
  index.documentFrequency = new Map(snapshot.frequency);
  const fingerprints = new Map(snapshot.fingerprints);
  const current = new Set<string>();
  for (const article of articles) {
    current.add(article.slug);
    if (fingerprints.get(article.slug) !== (known?.get(article) ?? indexFingerprint(article))) indexArticle(index, article);
  }
  for (const [slug, id] of snapshot.docIds) {
    if (current.has(slug)) continue;
    index.document.remove(id);
    index.docIdOf.delete(slug);
    index.slugOfDoc[id] = undefined;
    index.freeDocIds.push(id);
  }
  return index;
}

/** Where the build leaves the snapshot: beside its own output. */
export function snapshotFile(distDir = process.env.NEXT_DIST_DIR ?? ".next"): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), distDir, "search-index.json");
}

export function writeSnapshot(snapshot: IndexSnapshot, file = snapshotFile()): void {
  fs.writeFileSync(file, JSON.stringify(snapshot));
}

export function readSnapshot(file = snapshotFile()): IndexSnapshot | undefined {
  try {
    const snapshot = JSON.parse(fs.readFileSync(file, "utf8")) as IndexSnapshot;
    return snapshot.version === 2 ? snapshot : undefined;
  } catch {
    return undefined;
  }
}

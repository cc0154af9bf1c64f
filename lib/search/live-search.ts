import type { Archive, ArticleChange } from "../archive/archive";
import { buildFingerprints } from "../content/archive-snapshot";
import type { Article } from "../model/article";
import { liveIndexFromSnapshot, readSnapshot } from "./index-snapshot";
import { processSlot } from "../runtime/process-slots";
import { type LiveIndex, buildLiveIndex, indexArticle, unindexArticle } from "./live-index";

/*
 * The one live index of the process (lib/runtime/process-slots.ts): the results page,
 * /api/search, the publication endpoint and the start-up warm-up are separate
 * bundles but must share it. It outlives archive versions on purpose: a
 * publication updates it in place (`applyToLiveIndex`) instead of indexing the
 * whole archive again.
 */
const live = processSlot<{ dir: string; index: LiveIndex }>("liveIndex");

/**
 * The live index of an archive's directory, on first use read from the
 * build's snapshot of the same directory (lib/search/index-snapshot.ts) and
 * brought up to this version, or else built from this version.
 */
export function liveIndexFor(archive: Archive): LiveIndex {
  const current = live.get();
  if (current?.dir === archive.dir) return current.index;
  const snapshot = readSnapshot();
  const known = archive.derived.get(buildFingerprints)?.value as ReadonlyMap<Article, string> | undefined;
  const index = snapshot?.dir === archive.dir ? liveIndexFromSnapshot(snapshot, archive.articles, known) : buildLiveIndex(archive.articles);
  live.set({ dir: archive.dir, index });
  return index;
}

export type { ArticleChange } from "../archive/archive";

/**
 * Applies published changes to the live index, if one was built for this
 * directory (otherwise the next search builds it from the new version).
 */
export function applyToLiveIndex(dir: string, changes: readonly ArticleChange[]): void {
  const current = live.get();
  if (current?.dir !== dir) return;
  for (const { before, after } of changes) {
    if (after) indexArticle(current.index, after, before);
    else if (before) unindexArticle(current.index, before);
  }
}

/** Forgets the live index (the registry changed: every article's entity names may have): the next search rebuilds it. */
export function dropLiveIndex(dir: string): void {
  if (live.get()?.dir === dir) live.set(undefined);
}

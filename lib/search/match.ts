import type { QueryWord } from "./encoder";
import { type SearchIndex, fieldResolution, fieldWeights, searchFields } from "./build-index";

/*
 * Matching: which articles hold the query's words, each with a weighted
 * score, after completing or correcting the words that hold nowhere.
 */

/** A query word as searched: what the reader typed, the indexed word it became (itself, its completion or its correction) and where it occurs. */
export type ResolvedWord = QueryWord & { searched: string; hits: WordHits | undefined; entityWord?: string };

/** Articles holding a word (ids) with the best weighted score of each (same order). */
export type WordHits = { ids: number[]; scores: Float32Array };

/** A match through a near-miss entity name counts less than the word itself. */
const nearEntityWeight = 0.5;

/**
 * Per-article scratch arrays, allocated once per index and left zeroed after
 * each use: scoring 100,000 articles is then array work with no allocation.
 * Safe because a search runs synchronously from start to end.
 */
export type Scratch = { best: Float32Array; sum: Float32Array; count: Uint8Array };

/**
 * Where words occur, each with a weight: article id → best weighted score
 * over the fields (title, entity names, summary, body; an early position in
 * a field counts more).
 */
function wordHits(index: SearchIndex, scratch: Scratch, searched: { word: string; weight: number }[]): WordHits {
  const { best } = scratch;
  const touched: number[] = [];
  const { positionOfDoc } = index;
  const limit = index.live.slugOfDoc.length;
  for (const { word, weight } of searched) {
    for (const field of searchFields) {
      const slots = index.live.document.search({ query: word, field, limit, resolve: false }).result;
      const resolution = fieldResolution[field];
      for (let slot = 0; slot < slots.length; slot++) {
        const ids = slots[slot] as number[] | undefined;
        if (!ids) continue;
        const value = weight * fieldWeights[field] * (1 - slot / (2 * resolution));
        for (let i = 0; i < ids.length; i++) {
          // Documents of other versions (withdrawn, or published after this one) have no position here.
          const id = ids[i] < positionOfDoc.length ? positionOfDoc[ids[i]] : -1;
          if (id < 0) continue;
          if (best[id] === 0) touched.push(id);
          if (value > best[id]) best[id] = value;
        }
      }
    }
  }
  const scores = new Float32Array(touched.length);
  for (let i = 0; i < touched.length; i++) {
    scores[i] = best[touched[i]];
    best[touched[i]] = 0;
  }
  return { ids: touched, scores };
}

/**
 * Each query word with where it occurs; a word found nowhere is replaced by the
 * known word it most likely means: the completion of the word being typed
 * ("huaw" → "huawei"), else its nearest spelling ("huaweii" → "huawei").
 * With `exact`, a word found nowhere stays as typed and matches nothing.
 */
export function resolveWords(index: SearchIndex, scratch: Scratch, query: QueryWord[], exact = false): ResolvedWord[] {
  return query.map((qw, i) => {
    const direct = wordHits(index, scratch, [{ word: qw.word, weight: 1 }]);
    if (direct.ids.length) {
      // "telecom" is a word of the texts, but readers also mean Deutsche Telekom by it.
      const entityWord = index.entityWords.has(qw.word) ? undefined : index.entityWords.correct(qw.word);
      if (!entityWord) return { ...qw, searched: qw.word, hits: direct };
      const hits = wordHits(index, scratch, [
        { word: qw.word, weight: 1 },
        { word: entityWord, weight: nearEntityWeight },
      ]);
      return { ...qw, searched: qw.word, hits, entityWord };
    }
    if (exact) return { ...qw, searched: qw.word, hits: undefined };
    const candidates = [i === query.length - 1 ? index.vocabulary.complete(qw.word) : undefined, index.vocabulary.correct(qw.word)];
    for (const candidate of candidates) {
      if (!candidate) continue;
      const hits = wordHits(index, scratch, [{ word: candidate, weight: 1 }]);
      if (hits.ids.length) return { ...qw, searched: candidate, hits };
    }
    return { ...qw, searched: qw.word, hits: undefined };
  });
}

/** The articles holding every word, with their summed scores. */
export function matchAll(scratch: Scratch, all: WordHits[]): WordHits {
  if (all.length === 1) return all[0];
  const { sum, count } = scratch;
  for (const hits of all) {
    for (let i = 0; i < hits.ids.length; i++) {
      sum[hits.ids[i]] += hits.scores[i];
      count[hits.ids[i]]++;
    }
  }
  const shortest = all.reduce((a, b) => (b.ids.length < a.ids.length ? b : a));
  const ids: number[] = [];
  const scores: number[] = [];
  for (const id of shortest.ids) {
    if (count[id] === all.length) {
      ids.push(id);
      scores.push(sum[id]);
    }
  }
  for (const hits of all) for (const id of hits.ids) (sum[id] = 0), (count[id] = 0);
  return { ids, scores: Float32Array.from(scores) };
}


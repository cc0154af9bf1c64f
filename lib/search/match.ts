import { type QueryWord, exactMark, stem } from "./encoder";
import { type SearchIndex, searchFieldSpecs, searchFields } from "./build-index";
import { postingsOf } from "./live-index";

/*
 * Matching: which articles hold the query's words, each with a weighted
 * score, after completing or correcting the words the archive does not know.
 */

/** A query word as searched: what the reader typed, the indexed word it became (itself, its completion or its correction) and where it occurs. */
export type ResolvedWord = QueryWord & { searched: string; hits: WordHits | undefined; entityWord?: string };

/**
 * Articles holding a word (ids), with the best weighted score of each and
 * where it first occurs in each field (`where`: 4 bits per field, in
 * `searchFields` order, the score slot plus one; 0 for absent), same order.
 */
export type WordHits = { ids: number[]; scores: Float32Array; where: Uint32Array };

/** A match through a near-miss entity name counts less than the word itself. */
const nearEntityWeight = 0.5;
/** A word met only through its stem ("inaugure" for "inauguration") counts less than the word as typed, where a field can tell. */
const stemWeight = 0.75;
/** What two query words in the same part of a field add, times that field's weight. */
const proximityWeight = 0.5;

/**
 * Per-article scratch arrays, allocated once per index and left zeroed after
 * each use: scoring 100,000 articles is then array work with no allocation.
 * Safe because a search runs synchronously from start to end.
 */
export type Scratch = {
  best: Float32Array;
  where: Uint32Array;
  sum: Float32Array;
  count: Uint8Array;
  mask: Uint32Array;
  /** Per field, the score slots where earlier words of the query occur, a bit per slot. */
  slots: Uint16Array[];
};

export function createScratch(size: number): Scratch {
  return {
    best: new Float32Array(size),
    where: new Uint32Array(size),
    sum: new Float32Array(size),
    count: new Uint8Array(size),
    mask: new Uint32Array(size),
    slots: searchFields.map(() => new Uint16Array(size)),
  };
}

// `where` packs a field's first slot in 4 bits of a 32-bit word: eight fields at most, slots below 15.
if (searchFields.length > 8 || Object.values(searchFieldSpecs).some((spec) => spec.resolution > 14)) throw new Error("searchFieldSpecs: 8 fields and 14 slots at most");

/** Words of a query searched at most: one bit each in a 32-bit mask. */
export const maxQueryWords = 24;

/** A word to look up: the word as written and its stem, at a weight. */
type Form = { word: string; weight: number };

/**
 * Where words occur, each with a weight: article id → best weighted score
 * over the fields (an early position in a field counts more; a stem counts
 * less than the exact word in a field that keeps exact words).
 */
function wordHits(index: SearchIndex, scratch: Scratch, forms: Form[]): WordHits {
  const { best, where } = scratch;
  const touched: number[] = [];
  const { positionOfDoc } = index;
  searchFields.forEach((field, f) => {
    const { weight: fieldWeight, resolution, exact } = searchFieldSpecs[field];
    for (const form of forms) {
      const lookups = exact ? [[`${exactMark}${form.word}`, 1], [stem(form.word), stemWeight]] as const : [[stem(form.word), 1]] as const;
      for (const [token, tokenWeight] of lookups) {
        const slots = postingsOf(index.live, field, token);
        if (!slots) continue;
        for (let slot = 0; slot < slots.length; slot++) {
          const ids: number[] | undefined = slots[slot];
          if (!ids) continue;
          const value = form.weight * tokenWeight * fieldWeight * (1 - slot / (2 * resolution));
          const code = ((slot + 1) << (4 * f)) >>> 0;
          const fieldBits = (15 << (4 * f)) >>> 0;
          for (let i = 0; i < ids.length; i++) {
            // Documents of other versions (withdrawn, or published after this one) have no position here.
            const id = ids[i] < positionOfDoc.length ? positionOfDoc[ids[i]] : -1;
            if (id < 0) continue;
            if (best[id] === 0) touched.push(id);
            if (value > best[id]) best[id] = value;
            const had = (where[id] & fieldBits) >>> 0;
            if (had === 0 || had > code) where[id] = (where[id] & ~fieldBits) | code;
          }
        }
      }
    }
  });
  const scores = new Float32Array(touched.length);
  const places = new Uint32Array(touched.length);
  for (let i = 0; i < touched.length; i++) {
    scores[i] = best[touched[i]];
    places[i] = where[touched[i]];
    best[touched[i]] = 0;
    where[touched[i]] = 0;
  }
  return { ids: touched, scores, where: places };
}

/**
 * Each query word with where it occurs. A word the archive knows (its
 * vocabulary holds it) or meets through its stem ("inaugurations" for
 * "inaugure") is searched as it is. Only a word the archive does not know is
 * replaced by the known word it most likely means: the completion of the word
 * being typed ("huaw" → "huawei"), else its nearest spelling ("huaweii" →
 * "huawei"; an entity's name whose stem it shares counts as its spelling,
 * not as its inflection). With `exact`, such a word stays as typed and
 * matches only as written: nothing.
 */
export function resolveWords(index: SearchIndex, scratch: Scratch, query: QueryWord[], exact = false): ResolvedWord[] {
  return query.map((qw, i) => {
    const direct = wordHits(index, scratch, [{ word: qw.word, weight: 1 }]);
    const known = index.vocabulary.has(qw.word);
    if (!known && direct.ids.length) {
      const misspelt = index.entityWords.correct(qw.word);
      if (misspelt && stem(misspelt) === qw.term) {
        return exact ? { ...qw, searched: qw.word, hits: undefined } : { ...qw, searched: misspelt, hits: wordHits(index, scratch, [{ word: misspelt, weight: 1 }]) };
      }
    }
    if (known || direct.ids.length) {
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

/**
 * The articles that match: `ids` with their `scores` (how many of the query's
 * words they hold, then relevance) and `masks` (bit i: word i held), same
 * order; `complete` of them hold every word (their mask is `full`).
 */
export type Matches = { ids: number[]; scores: Float32Array; masks: Uint32Array; full: number; complete: number };

/**
 * What a match is worth per word held, above any relevance: an article
 * holding more of the query's words always ranks first.
 */
export const coverageUnit = 1000;

/**
 * The articles holding most of the query's words: every word when some
 * article has them all, else as many as the best has, never fewer than half
 * of them (rounded up) when some article has that many. Scored by the words
 * held (`coverageUnit` each), then by each word's best field score weighed
 * by its rarity in the archive, plus a bonus for words found in the same
 * part of a field (proximity, at the grain of flexsearch's score slots).
 * @param total articles in the version, for each word's rarity
 */
export function matchWords(scratch: Scratch, all: (WordHits | undefined)[], total: number): Matches {
  if (all.length === 1) {
    // One word: every article holding it holds the whole query, and no proximity to weigh.
    const ids = all[0]?.ids ?? [];
    const scores = new Float32Array(ids.length);
    for (let i = 0; i < ids.length; i++) scores[i] = coverageUnit + Math.min(all[0]!.scores[i], coverageUnit - 1);
    return { ids, scores, masks: new Uint32Array(ids.length).fill(1), full: 1, complete: ids.length };
  }
  const { sum, count, mask, slots } = scratch;
  const touched: number[] = [];
  let most = 0;
  all.forEach((hits, w) => {
    if (!hits) return;
    const rarity = 1 + Math.log(Math.max(1, total) / Math.max(1, hits.ids.length)) / Math.log(Math.max(1, total) + 1);
    for (let i = 0; i < hits.ids.length; i++) {
      const id = hits.ids[i];
      if (count[id] === 0) touched.push(id);
      if (++count[id] > most) most = count[id];
      mask[id] |= 1 << w;
      let near = 0;
      const where = hits.where[i];
      for (let f = 0; f < slots.length; f++) {
        const slot = (where >>> (4 * f)) & 15;
        if (!slot) continue;
        const bit = 1 << (slot - 1);
        if (slots[f][id] & (bit | (bit << 1) | (bit >>> 1))) near = Math.max(near, searchFieldSpecs[searchFields[f]].weight);
        slots[f][id] |= bit;
      }
      sum[id] += hits.scores[i] * rarity + near * proximityWeight;
    }
  });
  const floor = Math.min(most, Math.ceil(all.length / 2));
  const ids: number[] = [];
  const scores: number[] = [];
  const masks: number[] = [];
  let complete = 0;
  for (const id of touched) {
    if (count[id] >= floor) {
      ids.push(id);
      scores.push(count[id] * coverageUnit + Math.min(sum[id], coverageUnit - 1));
      masks.push(mask[id]);
      if (count[id] === all.length) complete++;
    }
    sum[id] = 0;
    count[id] = 0;
    mask[id] = 0;
    for (const fieldSlots of slots) fieldSlots[id] = 0;
  }
  return { ids, scores: Float32Array.from(scores), masks: Uint32Array.from(masks), full: 2 ** all.length - 1, complete };
}

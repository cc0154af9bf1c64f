/**
 * Spelling help from the archive's own words: a vocabulary of every indexed
 * word (folded) and entity name, with how many articles use it, searched with a
 * bounded Damerau–Levenshtein distance. Hand-written: the npm candidates are
 * either unmaintained or whole spell-checkers with dictionaries we do not need.
 */

/** Longest edit distance tolerated for a word of this length: none for 1–3 letters ("dt", "aws" are names), 1 up to 7, 2 beyond. */
export function maxTypoDistance(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : 2;
}

/**
 * Optimal-string-alignment Damerau–Levenshtein distance, giving up as soon as
 * it must exceed `max` (then returns max + 1). Transposed letters count 1.
 * @example boundedDistance("huaweii", "huawei", 2) // 1
 * @example boundedDistance("telecom", "telekom", 1) // 1
 * @example boundedDistance("cloud", "azure", 1) // 2
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(prev[j] + 1, current[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, current] = [prev, current, prevPrev];
  }
  return prev[n];
}

/** A bit per letter a–z and one for digits: two words within distance d differ on at most 2·d of these bits. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    mask |= code >= 97 && code <= 122 ? 1 << (code - 97) : 1 << 26;
  }
  return mask;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

type Known = { word: string; mask: number; weight: number };

const byWord = (a: Known, b: Known) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0);

function lowerBoundOf(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < word) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The words the spelling help knows, with their weights (articles using
 * each; entity names weigh more so "telecom" prefers "telekom" over a rarer
 * body word). Every list is kept in alphabetical order, so a vocabulary
 * updated word by word (`withDeltas`) is the one built from the same weights.
 */
export class Vocabulary {
  private constructor(
    readonly weights: ReadonlyMap<string, number>,
    /** Bucketed by length so a lookup only compares words of possible length; each bucket alphabetical. */
    readonly byLength: Known[][],
    /** Every word, alphabetical, for completing a prefix. */
    readonly sorted: string[],
  ) {}

  /** The vocabulary of these weights (the map is kept, not copied). */
  static of(weights: Map<string, number>): Vocabulary {
    const byLength: Known[][] = [];
    for (const [word, weight] of weights) (byLength[word.length] ??= []).push({ word, mask: letterMask(word), weight });
    for (const bucket of byLength) bucket?.sort(byWord);
    return new Vocabulary(weights, byLength, [...weights.keys()].sort());
  }

  /** Number of words known. */
  get size(): number {
    return this.weights.size;
  }

  has(word: string): boolean {
    return this.weights.has(word);
  }

  /**
   * The known word closest to a misspelt one (fewest edits, then most used,
   * then first alphabetically), or undefined when nothing is near enough.
   */
  correct(word: string): string | undefined {
    const max = maxTypoDistance(word.length);
    if (max === 0 || word.length > 40) return undefined;
    const mask = letterMask(word);
    let best: { word: string; distance: number; weight: number } | undefined;
    for (let length = word.length - max; length <= word.length + max; length++) {
      for (const candidate of this.byLength[length] ?? []) {
        if (popcount(mask ^ candidate.mask) > 2 * max) continue;
        const distance = boundedDistance(word, candidate.word, max);
        if (distance > max || distance === 0) continue;
        if (!best || distance < best.distance || (distance === best.distance && candidate.weight > best.weight)) {
          best = { word: candidate.word, distance, weight: candidate.weight };
        }
      }
    }
    return best?.word;
  }

  /** The most used known word starting with `prefix` (at least 3 letters), for a word still being typed. */
  complete(prefix: string): string | undefined {
    if (prefix.length < 3) return undefined;
    let best: string | undefined;
    for (let i = lowerBoundOf(this.sorted, prefix); i < this.sorted.length && this.sorted[i].startsWith(prefix); i++) {
      if (this.sorted[i] !== prefix && (!best || this.weights.get(this.sorted[i])! > this.weights.get(best)!)) best = this.sorted[i];
    }
    return best;
  }

  /**
   * This vocabulary with some weights moved by a delta (a word whose weight
   * falls to 0 is forgotten, a new word learnt): copies what changes, so this
   * one stays as it was.
   */
  withDeltas(deltas: ReadonlyMap<string, number>): Vocabulary {
    const weights = new Map(this.weights);
    const byLength = this.byLength.slice();
    const copied = new Set<number>();
    let sorted: string[] | undefined;
    for (const [word, delta] of deltas) {
      if (!delta) continue;
      const old = weights.get(word) ?? 0;
      const weight = old + delta;
      if (weight > 0) weights.set(word, weight);
      else weights.delete(word);
      if (!copied.has(word.length)) {
        copied.add(word.length);
        byLength[word.length] = byLength[word.length]?.slice() ?? [];
      }
      const bucket = byLength[word.length];
      const known = { word, mask: letterMask(word), weight };
      let at = 0;
      for (let high = bucket.length; at < high; ) {
        const mid = (at + high) >>> 1;
        if (bucket[mid].word < word) at = mid + 1;
        else high = mid;
      }
      if (old > 0 && weight > 0) bucket[at] = known;
      else if (old > 0) bucket.splice(at, 1);
      else if (weight > 0) bucket.splice(at, 0, known);
      if ((old > 0) !== (weight > 0)) {
        sorted ??= this.sorted.slice();
        const position = lowerBoundOf(sorted, word);
        if (weight > 0) sorted.splice(position, 0, word);
        else sorted.splice(position, 1);
      }
    }
    // As a fresh build would leave them: no empty bucket, nothing after the longest word.
    for (const length of copied) if (!byLength[length]?.length) delete byLength[length];
    while (byLength.length && !byLength[byLength.length - 1]) byLength.length--;
    return new Vocabulary(weights, byLength, sorted ?? this.sorted);
  }
}

/** Builds the vocabulary from word → weight. */
export function buildVocabulary(weights: Map<string, number>): Vocabulary {
  return Vocabulary.of(weights);
}

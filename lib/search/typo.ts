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

export type Vocabulary = {
  /** Number of words known. */
  size: number;
  has(word: string): boolean;
  /**
   * The known word closest to a misspelt one (fewest edits, then most used),
   * or undefined when nothing is near enough.
   */
  correct(word: string): string | undefined;
  /** The most used known word starting with `prefix` (at least 3 letters), for a word still being typed. */
  complete(prefix: string): string | undefined;
};

/**
 * Builds the vocabulary from word → weight (articles using it; entity names
 * weigh more so "telecom" prefers "telekom" over a rarer body word).
 */
export function buildVocabulary(weights: Map<string, number>): Vocabulary {
  // Bucketed by length so a lookup only compares words of possible length.
  const byLength: { word: string; mask: number; weight: number }[][] = [];
  for (const [word, weight] of weights) {
    (byLength[word.length] ??= []).push({ word, mask: letterMask(word), weight });
  }
  const sorted = [...weights.keys()].sort();

  return {
    size: weights.size,
    has: (word) => weights.has(word),
    correct(word) {
      const max = maxTypoDistance(word.length);
      if (max === 0 || word.length > 40) return undefined;
      const mask = letterMask(word);
      let best: { word: string; distance: number; weight: number } | undefined;
      for (let length = word.length - max; length <= word.length + max; length++) {
        for (const candidate of byLength[length] ?? []) {
          if (popcount(mask ^ candidate.mask) > 2 * max) continue;
          const distance = boundedDistance(word, candidate.word, max);
          if (distance > max || distance === 0) continue;
          if (!best || distance < best.distance || (distance === best.distance && candidate.weight > best.weight)) {
            best = { word: candidate.word, distance, weight: candidate.weight };
          }
        }
      }
      return best?.word;
    },
    complete(prefix) {
      if (prefix.length < 3) return undefined;
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (sorted[mid] < prefix) low = mid + 1;
        else high = mid;
      }
      let best: string | undefined;
      for (let i = low; i < sorted.length && sorted[i].startsWith(prefix); i++) {
        if (sorted[i] !== prefix && (!best || weights.get(sorted[i])! > weights.get(best)!)) best = sorted[i];
      }
      return best;
    },
  };
}

/*
 * Ranking: the first results of a page among possibly 100,000 matches, by
 * score then newest first, without sorting them all.
 */

/**
 * Moves the `k` smallest keys to the front of `keys` (in no order):
 * quickselect, linear on average.
 */
function selectSmallest(keys: Float64Array, k: number): void {
  let left = 0;
  let right = keys.length - 1;
  while (right > left) {
    const pivot = keys[(left + right) >>> 1];
    let i = left;
    let j = right;
    while (i <= j) {
      while (keys[i] < pivot) i++;
      while (keys[j] > pivot) j--;
      if (i <= j) {
        const t = keys[i];
        keys[i] = keys[j];
        keys[j] = t;
        i++;
        j--;
      }
    }
    if (k - 1 <= j) right = j;
    else if (k - 1 >= i) left = i;
    else return;
  }
}

/**
 * The first `count` ids in result order: by score, best first, ties newest
 * first (lower id); or, without scores, newest first. Packs (score, id) into
 * one number, selects the `count` best and sorts only those: a page of
 * 100,000 results costs a linear pass, not a full sort.
 */
export function rankFirst(hits: { ids: number[]; scores?: Float32Array }, count: number): number[] {
  const idSpace = 2 ** 21; // ids below 2 million
  // Scores to a thousandth, up to 2 million: with the id, 52 bits, exact in a double.
  const maxQuantized = 2 ** 31 - 1;
  const keys = new Float64Array(hits.ids.length);
  for (let i = 0; i < keys.length; i++) {
    const quantized = hits.scores ? Math.min(maxQuantized, Math.max(0, Math.round(hits.scores[i] * 1000))) : maxQuantized;
    keys[i] = (maxQuantized - quantized) * idSpace + hits.ids[i];
  }
  const n = Math.min(count, keys.length);
  if (n < keys.length) selectSmallest(keys, n);
  const first = keys.subarray(0, n).sort();
  return Array.from(first, (key) => (key % idSpace) | 0);
}


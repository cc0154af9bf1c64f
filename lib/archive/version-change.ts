import type { Article } from "../model/article";
import { compareNewestFirst } from "../text/dates";

/** One article published, corrected or withdrawn between two archive versions. */
export type ArticleChange = { slug: string; before?: Article; after?: Article };

/** The archive's order: newest first, then by slug. */
export const newestFirst = (a: Article, b: Article) => compareNewestFirst(a, b, (x) => x.date, (x) => x.slug);

/** Where `item` goes in a list sorted by `compare` (element against item): before the first element not smaller. */
export function lowerBound<T, K = T>(list: readonly T[], item: K, compare: (element: T, item: K) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(list[mid], item) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Position of the element `same` picks among those comparing equal to `item` in a sorted list, or -1. */
export function positionIn<T, K = T>(
  list: readonly T[],
  item: K,
  compare: (element: T, item: K) => number,
  same: (element: T) => boolean = (element) => element === (item as unknown),
): number {
  for (let i = lowerBound(list, item, compare); i < list.length && compare(list[i], item) <= 0; i++) if (same(list[i])) return i;
  // Only if the list was not sorted as `compare` says: still correct, just slower.
  return list.findIndex(same);
}

/**
 * How the positions of a sorted list moved between two versions: the
 * positions removed from the old list and those inserted in the new one, both
 * ascending. Tables indexed by position (facets, related articles, the search
 * view) are carried over with it: a kept element keeps its rank among kept
 * elements.
 */
export class PositionShift {
  constructor(
    readonly removed: readonly number[],
    readonly inserted: readonly number[],
  ) {}

  /** The new position of an element kept at old position `old` (not one of `removed`). */
  moved(old: number): number {
    let kept = old;
    for (const r of this.removed) {
      if (r < old) kept--;
      else break;
    }
    let position = kept;
    for (const i of this.inserted) {
      if (i <= position) position++;
      else break;
    }
    return position;
  }

  isRemoved(old: number): boolean {
    return this.removed.includes(old);
  }

  /**
   * The new list in order, as runs of kept elements (old positions `from` to
   * `to`, excluded, now from `at` on) and single inserted positions: what a
   * table indexed by position is copied by, a block at a time.
   */
  *runs(oldLength: number, newLength: number): Generator<{ from: number; to: number; at: number } | { inserted: number }> {
    let old = 0;
    let r = 0;
    let i = 0;
    for (let at = 0; at < newLength; ) {
      if (this.inserted[i] === at) {
        yield { inserted: at++ };
        i++;
        continue;
      }
      while (this.removed[r] === old) {
        old++;
        r++;
      }
      const length = Math.min((this.removed[r] ?? oldLength) - old, (this.inserted[i] ?? newLength) - at);
      if (length <= 0) throw new Error("PositionShift : positions incompatibles avec les longueurs données");
      yield { from: old, to: old + length, at };
      old += length;
      at += length;
    }
  }

  /**
   * An ascending list of old positions as new positions: removed ones
   * dropped, the others moved, `added` (new positions, ascending) merged in.
   */
  remap(list: ArrayLike<number>, added: readonly number[] = []): Uint32Array {
    // One walk: the list is ascending, so the removed and inserted positions below each element only grow.
    const { removed, inserted } = this;
    const result = new Uint32Array(list.length + added.length);
    let length = 0;
    let r = 0;
    let i = 0;
    let a = 0;
    for (let n = 0; n < list.length; n++) {
      const old = list[n];
      while (r < removed.length && removed[r] < old) r++;
      if (removed[r] === old) continue;
      const kept = old - r;
      while (i < inserted.length && inserted[i] <= kept + i) i++;
      const position = kept + i;
      while (a < added.length && added[a] < position) result[length++] = added[a++];
      result[length++] = position;
    }
    while (a < added.length) result[length++] = added[a++];
    return length === result.length ? result : result.slice(0, length);
  }

}

/** Removes then inserts each change's article in a copy of a sorted list; returns the new list and how positions moved. */
export function applyToSorted<T>(
  list: readonly T[],
  changes: readonly { before?: T; after?: T }[],
  compare: (a: T, b: T) => number,
): { list: T[]; shift: PositionShift } {
  const removed = changes.flatMap(({ before }) => (before ? [positionIn(list, before, compare)] : [])).filter((p) => p >= 0);
  const next = list.slice();
  for (const position of [...removed].sort((a, b) => b - a)) next.splice(position, 1);
  for (const { after } of changes) if (after) next.splice(lowerBound(next, after, compare), 0, after);
  const inserted = changes.flatMap(({ after }) => (after ? [positionIn(next, after, compare)] : []));
  return { list: next, shift: new PositionShift(removed.sort((a, b) => a - b), inserted.sort((a, b) => a - b)) };
}

/**
 * mulberry32: a tiny seeded PRNG, so a synthetic corpus is the same for the
 * same seed on every machine.
 * @example const random = createRandom(42); random.next() // always the same first number
 */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const chance = (p: number): boolean => next() < p;
  /** `n` distinct items, in random order. */
  const sample = <T>(items: readonly T[], n: number): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, Math.min(n, copy.length));
  };
  /** One item, the earlier ones more likely (a few entities dominate the news). */
  const skewed = <T>(items: readonly T[]): T => items[Math.floor(next() ** 2 * items.length)];
  return { next, int, pick, chance, sample, skewed };
}

export type Random = ReturnType<typeof createRandom>;

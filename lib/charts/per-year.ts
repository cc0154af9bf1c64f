import type { ArchiveDate } from "../text/dates";

export type YearCount = { year: number; count: number };

/** Articles per year, every year from the first to the last (gaps count 0), and how many have no known date. */
export type PerYear = { years: YearCount[]; undated: number; max: number; total: number };

/**
 * Counts dated items per calendar year, with the empty years between them so
 * a chart shows the gaps.
 * @example articlesPerYear([{ date: d2015 }, { date: d2017 }], (a) => a.date).years
 * // [{ year: 2015, count: 1 }, { year: 2016, count: 0 }, { year: 2017, count: 1 }]
 */
export function articlesPerYear<T>(items: readonly T[], dateOf: (item: T) => ArchiveDate): PerYear {
  const counts = new Map<number, number>();
  let undated = 0;
  for (const item of items) {
    const { year } = dateOf(item);
    if (year === null) undated++;
    else counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const known = [...counts.keys()];
  const years: YearCount[] = [];
  if (known.length) {
    const [from, to] = [Math.min(...known), Math.max(...known)];
    for (let year = from; year <= to; year++) years.push({ year, count: counts.get(year) ?? 0 });
  }
  return { years, undated, max: Math.max(0, ...counts.values()), total: items.length };
}

/** Bars of a chart in a box of `width` × `height` units, tallest bar at full height. */
export type Bar = YearCount & { x: number; y: number; width: number; height: number };

/**
 * Lays out one bar per year across the width, heights proportional to the
 * counts, the baseline at the bottom.
 * @example barLayout([{ year: 2020, count: 2 }, { year: 2021, count: 1 }], 2, 100, 50)[1].height // 25
 */
export function barLayout(years: readonly YearCount[], max: number, width: number, height: number, gap = 0.25): Bar[] {
  if (!years.length || max === 0) return years.map((y, i) => ({ ...y, x: (i * width) / Math.max(years.length, 1), y: height, width: 0, height: 0 }));
  const slot = width / years.length;
  const barWidth = slot * (1 - gap);
  return years.map((y, i) => {
    const h = (y.count / max) * height;
    return { ...y, x: i * slot + (slot - barWidth) / 2, y: height - h, width: barWidth, height: h };
  });
}

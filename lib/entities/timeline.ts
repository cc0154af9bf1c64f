import type { Article } from "../content/article";
import type { ArchiveDate } from "../dates";

/**
 * Oldest first; a period ("2020") sorts before the days inside it, unknown dates last.
 * @example sortChronologically([a2023, a2015]) // [a2015, a2023]
 */
export function sortChronologically<T extends { date: ArchiveDate; slug: string }>(articles: readonly T[]): T[] {
  return [...articles].sort(chronologicalOrder);
}

/** The order of `sortChronologically`, for finding an article's place in a sorted list. */
export const chronologicalOrder = (a: { date: ArchiveDate; slug: string }, b: { date: ArchiveDate; slug: string }) =>
  a.date.sortKey - b.date.sortKey || a.slug.localeCompare(b.slug);

/**
 * A chronological (oldest first) list read newest first, its undated entries
 * still last: they sort last in both orders, never as the most recent.
 * @example newestFirstOf([a2015, a2023, undated], (a) => a.date) // [a2023, a2015, undated]
 */
export function newestFirstOf<T>(chronological: readonly T[], dateOf: (entry: T) => ArchiveDate): T[] {
  let dated = chronological.length;
  while (dated > 0 && !dateOf(chronological[dated - 1]).start) dated--;
  return [...chronological.slice(0, dated).reverse(), ...chronological.slice(dated)];
}

export type MonthGroup<T> = { month: number | null; items: T[] };
export type YearGroup<T> = { year: number | null; months: MonthGroup<T>[]; count: number };

/**
 * Groups chronologically sorted entries by year then month; entries known only
 * to the year go to a month group `null`, placed first as they sort first.
 */
export function groupByYearAndMonth<T>(entries: readonly T[], dateOf: (entry: T) => ArchiveDate): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const entry of entries) {
    const date = dateOf(entry);
    const month = date.precision === "day" || date.precision === "month" ? date.start!.getMonth() + 1 : null;
    let year = years.at(-1);
    if (!year || year.year !== date.year) {
      year = { year: date.year, months: [], count: 0 };
      years.push(year);
    }
    let group = year.months.at(-1);
    if (!group || group.month !== month) {
      group = { month, items: [] };
      year.months.push(group);
    }
    group.items.push(entry);
    year.count++;
  }
  return years;
}

/** Counts values and returns them most frequent first, then by label. */
export function countBy<T>(values: readonly T[], key: (value: T) => string, label: (value: T) => string): { value: T; count: number }[] {
  const counts = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    const k = key(value);
    const entry = counts.get(k);
    if (entry) entry.count++;
    else counts.set(k, { value, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || label(a.value).localeCompare(label(b.value), "fr"));
}

export type FirstLast = { first: Article; last: Article } | undefined;

export function firstAndLast(chronological: readonly Article[]): FirstLast {
  const dated = chronological.filter((a) => a.date.start);
  return dated.length ? { first: dated[0], last: dated[dated.length - 1] } : undefined;
}

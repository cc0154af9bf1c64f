import type { PerYear, YearCount } from "../charts/per-year";
import type { AnnouncementRow } from "./announcement-rows";
import { totalsOf } from "./totals";

/** Every year from the first to the last with a value (gaps count 0), as the charts draw them. */
function spread(values: Map<number, number>, undated: number, total: number): PerYear {
  const known = [...values.keys()];
  const years: YearCount[] = [];
  if (known.length) for (let y = Math.min(...known); y <= Math.max(...known); y++) years.push({ year: y, count: values.get(y) ?? 0 });
  return { years, undated, max: Math.max(0, ...values.values()), total };
}

/**
 * Announcements and megawatts per year of the articles that report them;
 * a year's megawatts are its totals' (a site once, its newest figure that year).
 */
export function announcementsPerYear(rows: readonly AnnouncementRow[]): { count: PerYear; mw: PerYear } {
  const byYear = new Map<number, AnnouncementRow[]>();
  let undated: AnnouncementRow[] = [];
  for (const row of rows) {
    if (row.reportedIn === null) undated = [...undated, row];
    else byYear.set(row.reportedIn, [...(byYear.get(row.reportedIn) ?? []), row]);
  }
  const counts = new Map([...byYear].map(([year, list]) => [year, list.length]));
  const mw = new Map([...byYear].map(([year, list]) => [year, totalsOf(list).mw]));
  return { count: spread(counts, undated.length, rows.length), mw: spread(mw, totalsOf(undated).mw, totalsOf(rows).mw) };
}

import { format, isValid } from "date-fns";
import { fr } from "date-fns/locale";

/** How precisely a date is known: the front matter says it (`datePrecision`), the importer infers it. */
export const datePrecisions = ["day", "month", "year", "unknown"] as const;
export type DatePrecision = (typeof datePrecisions)[number];

/**
 * A date known only as precisely as the text allows. Dates are calendar dates
 * with no time: they are built and formatted in the same (local) time zone,
 * so no zone shift can move a day.
 */
export type ArchiveDate = {
  /** As written in the front matter: "2023-10-11", "2020-04", "2015", or null. */
  value: string | null;
  precision: DatePrecision;
  year: number | null;
  /** First day of the period the date covers; null when unknown. */
  start: Date | null;
  /** Chronological key: a period sorts at its start, before the days inside it; unknown sorts last. */
  sortKey: number;
};

/**
 * @example parseArchiveDate("2020-04", "month").sortKey // 20200400
 */
export function parseArchiveDate(value: string | null, precision: DatePrecision): ArchiveDate {
  if (value === null || precision === "unknown") {
    return { value: null, precision: "unknown", year: null, start: null, sortKey: Number.MAX_SAFE_INTEGER };
  }
  const [year, month = 0, day = 0] = value.split("-").map(Number);
  const start = new Date(year, Math.max(month - 1, 0), Math.max(day, 1));
  if (!isValid(start)) throw new Error(`date invalide : ${value}`);
  return { value, precision, year, start, sortKey: year * 10_000 + month * 100 + day };
}

/**
 * The precision a written date carries by its form.
 * @example precisionOf("2020-04") // "month"
 */
export function precisionOf(value: string): Exclude<DatePrecision, "unknown"> {
  return value.length === 4 ? "year" : value.length === 7 ? "month" : "day";
}

/**
 * The date as a French reader expects it, at its precision.
 * @example formatArchiveDate(parseArchiveDate("2023-10-11", "day")) // "11 octobre 2023"
 * @example formatArchiveDate(parseArchiveDate("2020-04", "month")) // "avril 2020"
 */
export function formatArchiveDate(date: ArchiveDate): string {
  if (!date.start) return "date inconnue";
  switch (date.precision) {
    case "day":
      return format(date.start, "do MMMM yyyy", { locale: fr });
    case "month":
      return format(date.start, "MMMM yyyy", { locale: fr });
    default:
      return String(date.year);
  }
}

/** French weekday of a day-precision date ("vendredi"), to check a text's "lundi 20 mars". */
export function weekdayOf(date: ArchiveDate): string | null {
  return date.precision === "day" && date.start ? format(date.start, "EEEE", { locale: fr }) : null;
}

/**
 * Newest first, undated last (an unknown date is not a recent one); ties keep
 * a stable order by the given tiebreaker.
 */
export function compareNewestFirst<T>(a: T, b: T, dateOf: (item: T) => ArchiveDate, tiebreak: (item: T) => string): number {
  return newestKey(dateOf(b)) - newestKey(dateOf(a)) || tiebreak(a).localeCompare(tiebreak(b), "fr");
}

/** `sortKey` for a newest-first order: an unknown date below every known one. */
const newestKey = (date: ArchiveDate) => (date.start ? date.sortKey : -1);

/**
 * Groups items by the year of their date, keeping the input order inside each
 * group; undated items go to a last group with year null.
 */
export function groupByYear<T>(items: readonly T[], dateOf: (item: T) => ArchiveDate): { year: number | null; items: T[] }[] {
  const groups = new Map<number | null, T[]>();
  for (const item of items) {
    const year = dateOf(item).year;
    const group = groups.get(year);
    if (group) group.push(item);
    else groups.set(year, [item]);
  }
  return [...groups].map(([year, grouped]) => ({ year, items: grouped }));
}

/** @example monthName(4) // "avril" */
export function monthName(month: number): string {
  return format(new Date(2000, month - 1, 1), "MMMM", { locale: fr });
}

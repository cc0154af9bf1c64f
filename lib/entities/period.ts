import { format } from "date-fns";
import { fr } from "date-fns/locale";
import { type ArchiveDate, formatArchiveDate } from "../text/dates";

/** The date at month precision when it was known to the day. */
function atMonth(date: ArchiveDate): string {
  return date.precision === "day" && date.start ? format(date.start, "MMMM yyyy", { locale: fr }) : formatArchiveDate(date);
}

/** "de" before a word, elided before a vowel: "de 2015", "d’avril 2020", "d’octobre 2023". */
function de(text: string): string {
  return /^[aeiouyàâéèêîôû]/i.test(text) ? `d’${text}` : `de ${text}`;
}

/**
 * A period as a person writes it in French, at the precision of its ends:
 * "le 11 octobre 2023" for one day, "en avril 2020" for one month, "en 2020";
 * "du 12 septembre 2016 au 11 octobre 2023" between two days, otherwise the
 * day is said to the month: "de 2015 à octobre 2023". Never "du 2015".
 * @example formatPeriod(parseArchiveDate("2015", "year"), parseArchiveDate("2023-10-11", "day")) // "de 2015 à octobre 2023"
 */
export function formatPeriod(first: ArchiveDate, last: ArchiveDate): string {
  if (!first.start || !last.start) return first.start ? `depuis ${formatArchiveDate(first)}` : "date inconnue";
  if (first.value === last.value) {
    return first.precision === "day" ? `le ${formatArchiveDate(first)}` : `en ${formatArchiveDate(first)}`;
  }
  if (first.precision === "day" && last.precision === "day") return `du ${formatArchiveDate(first)} au ${formatArchiveDate(last)}`;
  const from = atMonth(first);
  const to = atMonth(last);
  return from === to ? `en ${from}` : `${de(from)} à ${to}`;
}

import { parseArchiveDate, weekdayOf } from "../../text/dates";
import { foldText } from "../../text/text";

/** A date as a French text writes it, with whatever parts it gives. */
export type DateMention = {
  /** The words as written: "lundi 12 septembre", "11 octobre 2023". */
  text: string;
  index: number;
  weekday?: string;
  day?: number;
  month?: number;
  year?: number;
};

const WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"] as const;

/** Folded month names and abbreviations → month number. */
const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, jan: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, mar: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
  aout: 8, septembre: 9, sept: 9, sep: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, decembre: 12, dec: 12,
};

export const FRENCH_MONTH_NAMES = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
export const FRENCH_WEEKDAYS: readonly string[] = WEEKDAYS;

const MONTH = String.raw`(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|janv\.|f[ée]vr?\.|avr\.|juil\.|sept\.|oct\.|nov\.|d[ée]c\.)`;
/** After a day, a wire's month may also be cut without a period ("22 jan", "3 sept", "18 Sep 2024"), or to three letters and a period ("12 Mar. 2025"). */
const DAY_MONTH = String.raw`(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|janv\.?|jan|mar\.|f[ée]vr?\.?|avr\.?|juil\.?|sept\.?|sep|oct\.?|nov\.?|d[ée]c\.?)`;
const WEEKDAY = String.raw`(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)`;
const DAY = String.raw`(1er|premier|\d{1,2})`;
const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\d])`;
const NOT_WORD_AFTER = String.raw`(?![\p{L}\d])`;

/**
 * A local site's stamp cuts the year to two figures after the month, cut or whole, then gives the time
 * (« Publié le 5 oct. 22 à 11:32 », « Publié le 12 mai 26 à 18h30 »): the fifth group, read only in that shape.
 */
const DAY_DATE = new RegExp(`${NOT_WORD_BEFORE}(?:${WEEKDAY}\\s+)?${DAY}\\s+${DAY_MONTH}(?:\\s+(\\d{4})|\\s+(\\d{2})(?=\\s+à\\s+\\d{1,2}[:h]\\d{2}))?${NOT_WORD_AFTER}`, "giu");
const MONTH_YEAR = new RegExp(`${NOT_WORD_BEFORE}${MONTH}\\s+(\\d{4})${NOT_WORD_AFTER}`, "giu");
const NUMERIC_DATE = /(?<![\d/])(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}|\d{2}))?(?![\d/])|(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4}|\d{2}(?=\sà\s\d{1,2}[:h]\d{2}))(?![\d-])/g;

function monthNumber(word: string): number | undefined {
  return MONTHS[foldText(word).replace(/\.$/, "")];
}

function dayNumber(word: string): number {
  return /^(1er|premier)$/i.test(word) ? 1 : Number(word);
}

/** True when the calendar has that day (no « 31 avril »). */
export function dayExists(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Every French date in a text, in order: "lundi 12 septembre", "1er mars 2021",
 * "octobre 2022". Days that cannot exist ("31 avril") are skipped.
 * @example findDateMentions("ce lundi 20 mars 2020")[0] // { weekday: "lundi", day: 20, month: 3, year: 2020, … }
 */
export function findDateMentions(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  for (const m of text.matchAll(DAY_DATE)) {
    const day = dayNumber(m[2]);
    const month = monthNumber(m[3])!;
    const year = m[4] ? Number(m[4]) : m[5] ? 2000 + Number(m[5]) : undefined;
    if (day < 1 || !dayExists(year ?? 2000, month, day)) continue;
    mentions.push({ text: m[0], index: m.index!, weekday: m[1] ? foldText(m[1]) : undefined, day, month, year });
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    const covered = mentions.some((d) => m.index! >= d.index && m.index! < d.index + d.text.length);
    if (!covered) mentions.push({ text: m[0], index: m.index!, month: monthNumber(m[1]), year: Number(m[2]) });
  }
  return mentions.sort((a, b) => a.index - b.index);
}

/**
 * The first date of a short line, French words or figures ("03/02/2021", "13/09").
 * @example parseNumericDate("le 13/09") // { day: 13, month: 9, … }
 */
export function parseNumericDate(text: string): DateMention | undefined {
  for (const m of text.matchAll(NUMERIC_DATE)) {
    // "15-05-2024" only with its year: "12-15" is a range, not a date; "15-05-24" only as a stamp, with its time after « à ».
    const [d, mo, y] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    // « 11/18/2025 »: a North American page puts the month first; certain only when the day is over 12, else read as day first.
    const [day, month] = Number(mo) > 12 && Number(d) <= 12 && y?.length === 4 ? [Number(mo), Number(d)] : [Number(d), Number(mo)];
    let year = y ? Number(y) : undefined;
    if (year !== undefined && year < 100) year += 2000;
    if (month < 1 || month > 12 || day < 1 || !dayExists(year ?? 2000, month, day)) continue;
    return { text: m[0], index: m.index!, day, month, year };
  }
  return undefined;
}

/**
 * The date in a page's address, as sites file their articles
 * ("…/communiques/2025/04/22/cyrusone-…", "…-2025-04-22-…").
 * @example addressDate("https://www.example.com/fr/2025/04/22/titre")?.day // 22
 */
export function addressDate(url: string): DateMention | undefined {
  const m = url.match(/[/_-]((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)/);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return dayExists(year, month, day) ? { text: m[0].slice(1), index: m.index! + 1, year, month, day } : undefined;
}

/** "2019-04", "2024-03-12": an ISO date, as key–value lines and archives write it. */
export function parseIsoDate(text: string): DateMention | undefined {
  // "2025年6月18日": a Japanese or Chinese page's date, in the same order.
  const m = text.match(/(?<![\d-])((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?(?![\d-])/) ?? text.match(/(?<!\d)((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?/);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined];
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || !dayExists(year, month, day)))) return undefined;
  return { text: m[0], index: m.index!, year, month, ...(day !== undefined ? { day } : {}) };
}

/** A wire's dateline opening its first paragraph: the place, the date when given, the agency. */
export type WireDateline = { place: string; date?: DateMention; agency?: string };

const WIRE_PLACE = String.raw`(\p{Lu}[\p{Lu}\p{M}'’ .-]*\p{Lu}(?:\s*\([^)]{2,40}\))?(?:,\s*\p{Lu}[\p{L}' -]{1,29}\p{L})?)`;
const WIRE_AGENCY = String.raw`(?:\s*[/(]\s*([^/()]{2,40}?)\s*[/)])?`;
const WIRE = new RegExp(String.raw`^${WIRE_PLACE},?\s+(?:le\s+)?([^()–—]{4,40}?)${WIRE_AGENCY}\s*[–—-]{1,2}\s*\S`, "u");
/** A press release's opening in title case: "Paris, le 9 octobre 2025 – …", "Kaffrine, 22 jan (APS) – …". */
const TITLE_PLACE = String.raw`(\p{Lu}[\p{L}\p{M}'’]+(?:[ -](?:(?:de|du|des|la|le|les|sur|en)[ -])?\p{Lu}[\p{L}\p{M}'’]+){0,3})`;
/** « Lupfig/Zurich, 27 mai 2025 – »: a release may name two places, and drop « le » before a whole date. */
const RELEASE = new RegExp(String.raw`^${TITLE_PLACE}(?:\/\p{Lu}[\p{L}\p{M}'’-]+){0,2},\s+(?:le\s+)?([^()–—]{6,40}?)\s*[–—-]{1,2}\s*\S`, "u");
const TITLE_WIRE = new RegExp(String.raw`^${TITLE_PLACE},\s+(?:le\s+)?([^()–—]{4,30}?)\s*\(([^()]{2,20})\)\s*[–—-]{1,2}\s*\S`, "u");
const WIRE_UNDATED = new RegExp(String.raw`^${WIRE_PLACE}\s*[–—-]{1,2}\s*\(([^()]{2,40})\)\s*[–—-]{1,2}\s*\S`, "u");

/**
 * The dateline of a dispatch: "NOZAY (Essonne), le 3 mars 2025 /ACP/ – …",
 * "ABIDJAN, 15 avril 2025 (AII) – …", "MARSEILLE, France--(BUSINESS WIRE)--…".
 * The place is in capitals; anything else is not a dateline.
 * @example parseWireDateline("DUBLIN, le 9 avril 2024 /PRNewswire/ – Equinix…")?.agency // "PRNewswire"
 */
export function parseWireDateline(paragraph: string): WireDateline | undefined {
  const dated = paragraph.match(WIRE);
  if (dated && /\p{Lu}{3}/u.test(dated[1])) {
    const date = findDateMentions(dated[2]).find((d) => d.day !== undefined && d.year !== undefined) ?? parseNumericDate(dated[2]);
    if (date && date.text.length >= dated[2].trim().length - 3) return { place: dated[1], date, ...(dated[3] ? { agency: dated[3].trim() } : {}) };
  }
  if (dated?.[3] && /\p{Lu}{3}/u.test(dated[1])) return { place: dated[1], agency: dated[3].trim() };
  // In title case, only with "le" and a whole date, or with the agency in brackets: "Lyon, la ville…" is no dateline.
  const release = paragraph.match(RELEASE);
  // « Abidjan, le 09 juillet 2024 © site.com – »: the site's credit after the date is no part of it.
  const releaseText = release?.[2].replace(/\s*©\s*[\p{L}\d.-]{2,30}$/u, "");
  const releaseDate = releaseText && findDateMentions(releaseText).find((d) => d.day !== undefined && d.year !== undefined);
  if (release && releaseDate && releaseDate.text.length >= releaseText.trim().length - 3) return { place: release[1], date: releaseDate };
  const titled = paragraph.match(TITLE_WIRE);
  if (titled) {
    const date = findDateMentions(titled[2]).find((d) => d.day !== undefined) ?? parseNumericDate(titled[2]);
    if (date && date.text.length >= titled[2].trim().length - 3) return { place: titled[1], date, agency: titled[3].trim() };
  }
  const undated = paragraph.match(WIRE_UNDATED);
  if (undated && /\p{Lu}{3}/u.test(undated[1])) return { place: undated[1], agency: undated[2].trim() };
  return undefined;
}

/** "2023-10-11", "2020-03", "2015": a mention written at the precision it has. */
export function isoOf(mention: Pick<DateMention, "year" | "month" | "day">): { value: string; precision: "day" | "month" | "year" } | undefined {
  const { year, month, day } = mention;
  if (year === undefined) return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (month === undefined) return { value: String(year), precision: "year" };
  if (day === undefined) return { value: `${year}-${pad(month)}`, precision: "month" };
  return { value: `${year}-${pad(month)}-${pad(day)}`, precision: "day" };
}

/** The weekday of a calendar day, in French ("vendredi"). */
export function weekdayOfDay(year: number, month: number, day: number): string {
  const iso = isoOf({ year, month, day })!;
  return weekdayOf(parseArchiveDate(iso.value, "day"))!;
}

/** "20 mars 2020": a day as a French reader writes it, for notes to the editor. */
export function frenchDay(year: number, month: number, day: number): string {
  return `${day === 1 ? "1er" : day} ${FRENCH_MONTH_NAMES[month - 1]} ${year}`;
}

/** Four-digit years a text mentions (1990–2099), in order, without repeats. */
export function yearsIn(text: string): number[] {
  const years = [...text.matchAll(/(?<![\d,.])((?:19|20)\d{2})(?!\d|[,.]\d)/g)].map((m) => Number(m[1])).filter((y) => y >= 1990);
  return [...new Set(years)];
}

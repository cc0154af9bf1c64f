import { stringify } from "csv-stringify/sync";
import { articlePath, entityPath } from "../routes";
import type { AnnouncementRow } from "./announcement-rows";

/**
 * One announcement as /annonces.json and /annonces.csv give it: the fields
 * the README documents, each with its evidence and its article's address.
 * Numbers are numbers (a point for decimals, never a French comma); an
 * absent field is null (JSON) or an empty cell (CSV).
 */
export type ExportRecord = {
  id: string;
  /** The article's date at its precision ("2020-03-20", "2020", null). */
  date: string | null;
  by: string[];
  byNames: string[];
  kind: string;
  status: string | null;
  site: string | null;
  siteName: string | null;
  place: string | null;
  placeName: string | null;
  country: string | null;
  countryName: string | null;
  amount: number | null;
  currency: string | null;
  mw: number | null;
  year: number | null;
  evidence: string;
  articleTitle: string;
  articleUrl: string;
  siteUrl: string | null;
};

export const exportFields: (keyof ExportRecord)[] = [
  "id", "date", "by", "byNames", "kind", "status", "site", "siteName", "place", "placeName", "country", "countryName",
  "amount", "currency", "mw", "year", "evidence", "articleTitle", "articleUrl", "siteUrl",
];

export function exportRecord({ id, article, announcement: a, place, country }: AnnouncementRow, origin: string): ExportRecord {
  return {
    id,
    date: article.date.value,
    by: a.by.map((c) => c.slug),
    byNames: a.by.map((c) => c.name),
    kind: a.kind,
    status: a.status ?? null,
    site: a.site?.slug ?? null,
    siteName: a.site?.name ?? null,
    place: place?.slug ?? null,
    placeName: place?.name ?? null,
    country: country?.slug ?? null,
    countryName: country?.name ?? null,
    amount: a.amount?.value ?? null,
    currency: a.amount?.currency ?? null,
    mw: a.mw ?? null,
    year: a.year ?? null,
    evidence: a.evidence,
    articleTitle: article.title,
    articleUrl: `${origin}${articlePath(article.slug)}`,
    siteUrl: a.site ? `${origin}${entityPath("site", a.site.slug)}` : null,
  };
}

/** The announcements as JSON: `{ fields, announcements }`, newest article first. */
export function announcementsJson(rows: readonly AnnouncementRow[], origin: string): string {
  return JSON.stringify({ fields: exportFields, announcements: rows.map((r) => exportRecord(r, origin)) }, null, 2);
}

/**
 * A cell a spreadsheet would read as a formula (= + - @, or a tab or carriage
 * return before one) gets a leading apostrophe: shown as text, never run
 * (OWASP, "CSV Injection").
 * @example neutralise("=HYPERLINK(\"http://x\")") // "'=HYPERLINK(\"http://x\")"
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * The announcements as CSV (RFC 4180 by csv-stringify): UTF-8 with a byte
 * order mark so a spreadsheet reads the accents, a header line of the JSON's
 * field names, lists joined by " ; ", every text cell neutralised.
 */
export function announcementsCsv(rows: readonly AnnouncementRow[], origin: string): string {
  const records = rows.map((r) => {
    const record = exportRecord(r, origin);
    return exportFields.map((field) => {
      const value = record[field];
      if (value === null) return "";
      if (typeof value === "number") return String(value);
      return neutralise(Array.isArray(value) ? value.join(" ; ") : value);
    });
  });
  return stringify(records, { bom: true, header: true, columns: exportFields, record_delimiter: "windows" });
}

import { parseAnnouncementFilters } from "./announcement-filters";
import { getAnnouncementsPage } from "./announcements-page";
import { announcementsCsv, announcementsJson } from "./export";

/** The filters of an export's address (the same as /annonces's), as a plain object a cache key can hold. */
export const exportFilters = (request: Request) => {
  // An export is every row the filters keep, whatever page of the table it was asked from.
  const { page: _page, ...filters } = parseAnnouncementFilters(Object.fromEntries(new URL(request.url).searchParams));
  return filters;
};

/** The body of /annonces.csv or /annonces.json for some filters. */
export function exportBody(format: "csv" | "json", filters: ReturnType<typeof exportFilters>, origin: string): string {
  const { rows } = getAnnouncementsPage(filters);
  return format === "csv" ? announcementsCsv(rows, origin) : announcementsJson(rows, origin);
}

export const exportHeaders = {
  csv: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="annonces.csv"' },
  json: { "Content-Type": "application/json; charset=utf-8" },
} as const;

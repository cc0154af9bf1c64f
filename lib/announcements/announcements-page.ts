import { type Archive, getArchive } from "../archive";
import { paginate } from "../pagination";
import { type AnnouncementFilters, filterOptions, filterRows } from "./announcement-filters";
import { getAnnouncementRows } from "./announcement-rows";
import { announcementKindLabels, statusLabels, unknownStatusLabel } from "./labels";
import { announcementsPerYear } from "./per-year";
import { totalsByStatus, totalsOf } from "./totals";

/** Rows of /annonces's table per page: its totals and charts are over every row the filters keep. */
export const announcementsPageSize = 50;

/**
 * What /annonces shows for some filters: the announcements kept (newest
 * article first; `rows` all of them, `page` the table's), their totals
 * overall and by status, per year, and the choices of the form (from every
 * announcement, so that a choice never disappears once another is made).
 * The exports take `rows`, every page.
 */
export function getAnnouncementsPage(filters: AnnouncementFilters, archive: Archive = getArchive()) {
  const all = getAnnouncementRows(archive);
  const rows = filterRows(all, filters, archive.registry);
  return {
    filters,
    rows,
    /** Undefined past the last page (the route answers with an empty table and a link back). */
    page: paginate(rows, filters.page ?? 1, announcementsPageSize),
    total: all.length,
    totals: totalsOf(rows),
    byStatus: totalsByStatus(rows),
    perYear: announcementsPerYear(rows),
    options: filterOptions(all, { kind: (k) => announcementKindLabels[k], status: (s) => (s === "none" ? unknownStatusLabel : statusLabels[s]) }),
    /** A filter's value as the form names it ("Alibaba" for alibaba). */
    names: {
      company: filters.company ? archive.registry.companies.get(filters.company)?.name : undefined,
      country: filters.country ? archive.registry.countries.get(filters.country)?.name : undefined,
    },
  };
}

export type AnnouncementsPage = ReturnType<typeof getAnnouncementsPage>;

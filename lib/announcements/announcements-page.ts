import { type Archive, getArchive } from "../archive";
import { type AnnouncementFilters, filterOptions, filterRows } from "./announcement-filters";
import { getAnnouncementRows } from "./announcement-rows";
import { announcementKindLabels, statusLabels, unknownStatusLabel } from "./labels";
import { announcementsPerYear } from "./per-year";
import { totalsByStatus, totalsOf } from "./totals";

/**
 * What /annonces shows for some filters: the announcements kept (newest
 * article first), their totals overall and by status, per year, and the
 * choices of the form (from every announcement, so that a choice never
 * disappears once another is made).
 */
export function getAnnouncementsPage(filters: AnnouncementFilters, archive: Archive = getArchive()) {
  const all = getAnnouncementRows(archive);
  const rows = filterRows(all, filters, archive.registry);
  return {
    filters,
    rows,
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

import type { Article } from "../content/article";
import type { EntityRegistry } from "../entities/entity-registry";
import type { AnnouncementStatus } from "../schema/announcement";
import { filterRows } from "./announcement-filters";
import { type AnnouncementRow, rowsOf } from "./announcement-rows";

/** A company's projects among its articles: the announcements it (or a subsidiary) is `by` in, never one it is only named beside. */
export function companyProjects(slug: string, articles: readonly Article[], registry: EntityRegistry): AnnouncementRow[] {
  return filterRows(rowsOf(articles, registry), { company: slug }, registry);
}

/** A country's projects among its articles: the announcements located there. */
export function countryProjects(slug: string, articles: readonly Article[], registry: EntityRegistry): AnnouncementRow[] {
  return filterRows(rowsOf(articles, registry), { country: slug }, registry);
}

/** The sites of some projects, once each, with the newest status a project about it gives. */
export function sitesOf(rows: readonly AnnouncementRow[]): { site: NonNullable<AnnouncementRow["announcement"]["site"]>; status?: AnnouncementStatus }[] {
  const sites = new Map<string, { site: NonNullable<AnnouncementRow["announcement"]["site"]>; status?: AnnouncementStatus; sortKey: number }>();
  for (const { announcement, article } of rows) {
    if (!announcement.site) continue;
    const known = sites.get(announcement.site.slug);
    const newer = !known || (article.date.start !== null && article.date.sortKey >= known.sortKey);
    if (!known) sites.set(announcement.site.slug, { site: announcement.site, status: announcement.status, sortKey: article.date.start ? article.date.sortKey : -1 });
    else if (newer && announcement.status) Object.assign(known, { status: announcement.status, sortKey: article.date.sortKey });
  }
  return [...sites.values()].map(({ site, status }) => ({ site, status })).sort((a, b) => a.site.name.localeCompare(b.site.name, "fr"));
}

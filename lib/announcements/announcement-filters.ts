import { companyLineage, type EntityRegistry } from "../entities/entity-registry";
import { type AnnouncementKind, type AnnouncementStatus, announcementKinds, announcementStatuses } from "../schema/announcement";
import { slugPattern } from "../text";
import type { AnnouncementRow } from "./announcement-rows";

/** What /annonces lists: each filter optional; `status: "none"` is the announcements whose text gives no state. */
export type AnnouncementFilters = {
  company?: string;
  country?: string;
  kind?: AnnouncementKind;
  status?: AnnouncementStatus | "none";
  year?: number;
  /** The page of the table, from 1 (the totals and charts are the whole selection's). */
  page?: number;
};

/** Each filter's query parameter, in French as the site's addresses are: /annonces?entreprise=alibaba&annee=2020. */
export const filterParams = { company: "entreprise", country: "pays", kind: "type", status: "etat", year: "annee", page: "page" } as const;

type Query = Record<string, string | string[] | undefined>;

/**
 * The filters a query string asks for; a value that cannot be one (a
 * malformed slug, an unknown kind or status, a year out of range) is
 * dropped, so the cache key is only ever a well-formed filter.
 * @example parseAnnouncementFilters({ entreprise: "alibaba", annee: "2020", etat: "x" }) // { company: "alibaba", year: 2020 }
 */
export function parseAnnouncementFilters(query: Query): AnnouncementFilters {
  const one = (name: string) => {
    const value = query[name];
    return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  };
  const filters: AnnouncementFilters = {};
  const company = one(filterParams.company);
  const country = one(filterParams.country);
  const kind = one(filterParams.kind);
  const status = one(filterParams.status);
  const year = one(filterParams.year);
  if (company && slugPattern.test(company)) filters.company = company;
  if (country && slugPattern.test(country)) filters.country = country;
  if (kind && (announcementKinds as readonly string[]).includes(kind)) filters.kind = kind as AnnouncementKind;
  if (status && (status === "none" || (announcementStatuses as readonly string[]).includes(status))) filters.status = status as AnnouncementFilters["status"];
  if (year && /^\d{4}$/.test(year)) filters.year = Number(year);
  const page = one(filterParams.page);
  if (page && /^[1-9]\d{0,5}$/.test(page) && page !== "1") filters.page = Number(page);
  return filters;
}

/** The address of /annonces with these filters, its parameters in a fixed order. */
export function announcementsHref(filters: AnnouncementFilters, base = "/annonces"): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(filterParams) as (keyof AnnouncementFilters)[]) {
    const value = filters[key];
    if (value !== undefined) query.set(filterParams[key], String(value));
  }
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}

/**
 * The rows a filter keeps: a company is in `by` (itself or a subsidiary:
 * a group's page counts its subsidiaries' projects), a country is where the
 * project is, the year is the article's.
 */
export function filterRows(rows: readonly AnnouncementRow[], filters: AnnouncementFilters, registry: EntityRegistry): AnnouncementRow[] {
  return rows.filter(({ announcement, country, reportedIn }) => {
    if (filters.company && !announcement.by.some((c) => companyLineage(registry, c.slug).some((owner) => owner.slug === filters.company))) return false;
    if (filters.country && country?.slug !== filters.country) return false;
    if (filters.kind && announcement.kind !== filters.kind) return false;
    if (filters.status && (announcement.status ?? "none") !== filters.status) return false;
    if (filters.year !== undefined && reportedIn !== filters.year) return false;
    return true;
  });
}

export type FilterOption = { value: string; label: string; count: number };

/** The values each filter can take among some rows, with their counts: the choices of /annonces's form. */
export function filterOptions(rows: readonly AnnouncementRow[], label: { kind: (k: AnnouncementKind) => string; status: (s: AnnouncementFilters["status"] & string) => string }) {
  const count = (values: { value: string; label: string }[]) => {
    const counts = new Map<string, FilterOption>();
    for (const { value, label: text } of values) {
      const option = counts.get(value) ?? counts.set(value, { value, label: text, count: 0 }).get(value)!;
      option.count++;
    }
    return [...counts.values()];
  };
  const byName = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label, "fr");
  return {
    companies: count(rows.flatMap((r) => r.announcement.by.map((c) => ({ value: c.slug, label: c.name })))).sort(byName),
    countries: count(rows.flatMap((r) => (r.country ? [{ value: r.country.slug, label: r.country.name }] : []))).sort(byName),
    kinds: announcementKinds.flatMap((k) => count(rows.filter((r) => r.announcement.kind === k).map(() => ({ value: k, label: label.kind(k) })))),
    statuses: [...announcementStatuses, "none" as const].flatMap((s) =>
      count(rows.filter((r) => (r.announcement.status ?? "none") === s).map(() => ({ value: s, label: label.status(s) }))),
    ),
    years: count(rows.flatMap((r) => (r.reportedIn !== null ? [{ value: String(r.reportedIn), label: String(r.reportedIn) }] : []))).sort((a, b) => b.value.localeCompare(a.value)),
  };
}

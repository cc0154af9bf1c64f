import { type AnnouncementRow, getAnnouncementRows, oldestFirst } from "../announcements/announcement-rows";
import { type Archive, derive, getArchive } from "../archive";
import type { Company, Country } from "../schema/entity";
import type { AnnouncementStatus } from "../schema/announcement";
import { type MapSpec } from "./layout";
import { mapSize } from "./entity-maps";

/**
 * One point of /carte: a site, or else the place (or, failing that, the
 * country) of some announcements, with who is behind them and the state the
 * newest one gives.
 */
export type ProjectPoint = {
  id: string;
  /** "site" for a facility of the registry, else where the texts put the projects. */
  at: "site" | "place" | "country";
  name: string;
  lat: number;
  lon: number;
  country?: Country;
  /** Companies `by` in its announcements (a site's operators first). */
  operators: Company[];
  /** The newest dated announcement's status that gives one. */
  status?: AnnouncementStatus;
  /** Oldest first. */
  rows: AnnouncementRow[];
  /** The site's slug, for its page. */
  site?: string;
};

export type ProjectMap = { spec: MapSpec; points: ProjectPoint[]; unplaced: AnnouncementRow[] };

/** Where a row goes on the map, or undefined when the text says neither place nor country. */
function pointOf(row: AnnouncementRow, registry: Archive["registry"]): Omit<ProjectPoint, "operators" | "rows" | "status"> | undefined {
  const { site } = row.announcement;
  const place = row.place;
  if (site && place) return { id: `lieu-site-${site.slug}`, at: "site", name: site.name, lat: place.lat, lon: place.lon, country: row.country, site: site.slug };
  if (site) {
    const country = registry.countries.get(site.country);
    if (country?.lat !== undefined && country.lon !== undefined) return { id: `lieu-site-${site.slug}`, at: "site", name: site.name, lat: country.lat, lon: country.lon, country, site: site.slug };
  }
  // Every id starts with "lieu-": the map's links and their entries, whatever the point.
  if (place) return { id: `lieu-${place.slug}`, at: "place", name: place.name, lat: place.lat, lon: place.lon, country: row.country };
  const country = row.country;
  if (country?.lat !== undefined && country.lon !== undefined) return { id: `lieu-pays-${country.slug}`, at: "country", name: country.name, lat: country.lat, lon: country.lon, country };
  return undefined;
}

/**
 * The archive's map (/carte): every site and every announcement with a place
 * or a country, as points; a country is never coloured for being named.
 */
export function getProjectMap(archive: Archive = getArchive()): ProjectMap {
  return derive(archive, "project-map", () => {
    const points = new Map<string, ProjectPoint>();
    const unplaced: AnnouncementRow[] = [];
    for (const row of oldestFirst(getAnnouncementRows(archive))) {
      const at = pointOf(row, archive.registry);
      if (!at) {
        unplaced.push(row);
        continue;
      }
      const point = points.get(at.id) ?? points.set(at.id, { ...at, operators: [], rows: [] }).get(at.id)!;
      point.rows.push(row);
      if (row.announcement.status && row.article.date.start) point.status = row.announcement.status;
      else if (row.announcement.status && !point.status) point.status = row.announcement.status;
    }
    for (const point of points.values()) {
      const site = point.site ? archive.registry.sites.get(point.site) : undefined;
      const operators = [...(site?.operators.map((slug) => archive.registry.companies.get(slug)!) ?? []), ...point.rows.flatMap((r) => r.announcement.by)];
      point.operators = [...new Set(operators)];
    }
    const list = [...points.values()].sort((a, b) => (a.country?.name ?? "").localeCompare(b.country?.name ?? "", "fr") || a.name.localeCompare(b.name, "fr"));
    return {
      spec: { ...mapSize, countries: [], points: list.map((p) => ({ id: p.id, lat: p.lat, lon: p.lon, role: "site" as const, label: p.name })) },
      points: list,
      unplaced,
    };
  });
}

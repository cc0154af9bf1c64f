import type { Article } from "../content/article";
import type { AnnouncementRow } from "../announcements/announcement-rows";
import type { AnnouncementStatus } from "../schema/announcement";
import type { Company, Country, Place } from "../schema/entity";
import { type MapRole, type MapSpec, mapRoles, strongestRole } from "./layout";

/** A country on a map, with its strongest role and the articles behind it. */
export type MappedCountry = { country: Country; role: MapRole; articles: Article[] };
/** A place on a map, with its strongest role and its articles, newest first. */
export type MappedPlace = { place: Place; role: MapRole; articles: Article[] };

export type EntityMap = {
  spec: MapSpec;
  /** Strongest role first, then by name: the order of the text beside the map. */
  countries: MappedCountry[];
  places: MappedPlace[];
};

/** The inhabited world in Natural Earth's projection is 2.3 times as wide as high (with a margin). */
export const mapSize = { width: 640, height: 286 } as const;
export const countryMapSize = { width: 480, height: 360 } as const;

type Collected<T> = Map<string, { value: T; roles: MapRole[]; articles: Article[] }>;

function collect<T>(map: Collected<T>, key: string, value: T, role: MapRole, article: Article) {
  const entry = map.get(key) ?? map.set(key, { value, roles: [], articles: [] }).get(key)!;
  if (!entry.roles.includes(role)) entry.roles.push(role);
  if (!entry.articles.includes(article)) entry.articles.push(article);
}

const byRoleThenName = <T extends { role: MapRole }>(name: (item: T) => string) => (a: T, b: T) =>
  mapRoles.indexOf(a.role) - mapRoles.indexOf(b.role) || name(a).localeCompare(name(b), "fr");

function settle<T>(map: Collected<T>, keep: (roles: MapRole[]) => MapRole | undefined) {
  return [...map.values()].flatMap(({ value, roles, articles }) => {
    const role = keep(roles);
    return role ? [{ value, role, articles }] : [];
  });
}

type MapOptions = {
  /** A company's map: its headquarters is its own country (`home`), whatever its articles say of other companies' (below). */
  company?: boolean;
  home?: Country;
  roles?: readonly MapRole[];
  focus?: Country;
  /**
   * The announcements the map's sites come from. An article's "site" or
   * "planned" role says that something is built somewhere, not by whom: a
   * company's or a country's map marks as a site only what an announcement
   * puts there, and shows the rest as cited.
   */
  projects?: readonly AnnouncementRow[];
};

/** What a project's status makes its place on a map: built or being built is a site, announced is planned. */
export function projectRole(status: AnnouncementStatus | undefined): MapRole {
  return status === "operational" || status === "under-construction" || status === "completed" ? "site" : status === "announced" ? "planned" : "mentioned";
}

/**
 * What a map of some articles shows: each country and place they name, with
 * its strongest role among them. Places and countries without coordinates or
 * codes stay in the lists, just not on the map.
 *
 * An article's "headquarters" does not say whose: in an article on BCX and
 * Alibaba, South Africa is BCX's. So a company's map takes its headquarters
 * from the registry only (`home`) and shows the countries and cities its
 * articles give as someone's headquarters as merely cited.
 * @param articles newest first
 */
export function articlesMap(articles: readonly Article[], options: MapOptions = {}): EntityMap {
  const allowed = options.roles ?? mapRoles;
  const keep = (roles: MapRole[]) => strongestRole(roles.filter((r) => allowed.includes(r)));
  const roleOf = (role: MapRole): MapRole =>
    (options.company && role === "headquarters") || (options.projects && (role === "site" || role === "planned")) ? "mentioned" : role;
  const countries: Collected<Country> = new Map();
  const places: Collected<Place> = new Map();
  for (const article of articles) {
    for (const { country, role } of article.countries) collect(countries, country.slug, country, roleOf(role), article);
    for (const { place, role } of article.places) {
      if (!options.focus || place.country === options.focus.slug) collect(places, place.slug, place, roleOf(role), article);
    }
  }
  for (const { article, announcement, place, country } of options.projects ?? []) {
    const role = projectRole(announcement.status);
    if (country) collect(countries, country.slug, country, role, article);
    if (place && (!options.focus || place.country === options.focus.slug)) collect(places, place.slug, place, role, article);
  }
  const mappedCountries: MappedCountry[] = settle(countries, keep).map(({ value, role, articles: a }) => ({ country: value, role, articles: a }));
  if (options.home && allowed.includes("headquarters")) {
    const existing = mappedCountries.find((c) => c.country.slug === options.home!.slug);
    if (existing) existing.role = "headquarters";
    else mappedCountries.push({ country: options.home, role: "headquarters", articles: [] });
  }
  const mappedPlaces: MappedPlace[] = settle(places, keep).map(({ value, role, articles: a }) => ({ place: value, role, articles: a }));
  const shownCountries = options.focus ? mappedCountries.filter((c) => c.country.slug === options.focus!.slug) : mappedCountries;
  shownCountries.sort(byRoleThenName((c) => c.country.name));
  mappedPlaces.sort(byRoleThenName((p) => p.place.name));
  const size = options.focus ? countryMapSize : mapSize;
  return {
    spec: {
      ...size,
      focus: options.focus?.numeric,
      countries: shownCountries.flatMap((c) => (c.country.numeric ? [{ numeric: c.country.numeric, role: c.role }] : [])),
      points: mappedPlaces.map((p) => ({ id: p.place.slug, lat: p.place.lat, lon: p.place.lon, role: p.role, label: p.place.name })),
    },
    countries: shownCountries,
    places: mappedPlaces,
  };
}

/** A company's map: its projects' sites (only where it is `by`), its home country, and what else its articles cite. */
export function getCompanyMap(profile: { company: Company; country?: Country; timeline: { article: Article }[] }, projects: readonly AnnouncementRow[] = []): EntityMap {
  return articlesMap([...profile.timeline].reverse().map((e) => e.article), { company: true, home: profile.country, projects });
}

/** A country's map: the country, its projects' places, and the places its articles cite. */
export function getCountryMap(profile: { country: Country; timeline: { article: Article }[] }, projects: readonly AnnouncementRow[] = []): EntityMap {
  return articlesMap([...profile.timeline].reverse().map((e) => e.article), { focus: profile.country, projects });
}

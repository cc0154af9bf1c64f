import { type Archive, type Patch, derive, getArchive } from "../archive";
import type { Article } from "../content/article";
import type { CountryRole } from "../schema/article";
import type { Company, Country, EntityKind, Place, Theme } from "../schema/entity";
import { entityIndexOf, type TimelineEntry } from "./entity-index";
import { subsidiariesOf } from "./entity-registry";
import { countBy, type FirstLast, firstAndLast, newestFirstOf } from "./timeline";

export type { TimelineEntry } from "./entity-index";

export type Person = { name: string; role?: string; article: Article };

export type FactSheet = {
  articleCount: number;
  dates: FirstLast;
  countries: { value: Country; count: number }[];
  companies: { value: Company; count: number }[];
  people: Person[];
  places: { name: string; place: Place; country: Country; count: number }[];
};

/** An article names a country or place once per role ("site" and "headquarters"): a fact sheet counts the articles. */
const once = <T>(values: readonly T[]): readonly T[] => (values.length > 1 ? [...new Set(values)] : values);

/** @param chronological the entity's articles, oldest first (as its timeline holds them) */
function factSheet(archive: Archive, chronological: Article[], exclude: { companies?: string[]; country?: string }): FactSheet {
  const byName = (c: { name: string }) => c.name;
  const people = new Map<string, Person>();
  for (const article of chronological) {
    for (const p of article.people) {
      const relevant = !exclude.companies || !p.company || exclude.companies.includes(p.company);
      if (relevant) people.set(`${p.name}|${p.role ?? ""}`, { name: p.name, role: p.role, article });
    }
  }
  const places = countBy(
    chronological.flatMap((a) => once(a.places.map((p) => p.place)).filter((p) => !exclude.country || p.country === exclude.country)),
    (p) => p.slug,
    (p) => p.name,
  ).map(({ value, count }) => ({ name: value.name, place: value, country: archive.registry.countries.get(value.country)!, count }));
  return {
    articleCount: chronological.length,
    dates: firstAndLast(chronological),
    countries: countBy(
      chronological.flatMap((a) => once(a.countries.map((c) => c.country)).filter((c) => c.slug !== exclude.country)),
      (c) => c.slug,
      byName,
    ),
    companies: countBy(
      chronological.flatMap((a) => a.companies.filter((c) => !exclude.companies?.includes(c.slug))),
      (c) => c.slug,
      byName,
    ),
    people: [...people.values()],
    places,
  };
}

export type CompanyListItem = { company: Company; count: number; subsidiaries: { company: Company; count: number }[] };

const byCount = <T>(name: (item: T) => string) => (a: T & { count: number }, b: T & { count: number }) =>
  b.count - a.count || name(a).localeCompare(name(b), "fr");

/** Every company with its article count (subsidiaries' articles included), most covered first. */
export function getCompanyIndex(archive: Archive = getArchive()): CompanyListItem[] {
  return derive(archive, "index:company", () => {
    const { companies } = entityIndexOf(archive);
    const count = (slug: string) => companies.get(slug)?.length ?? 0;
    return [...archive.registry.companies.values()]
      .filter((c) => !c.parent)
      .map((company) => ({
        company,
        count: count(company.slug),
        subsidiaries: subsidiariesOf(archive.registry, company.slug)
          .map((s) => ({ company: s, count: count(s.slug) }))
          .filter((s) => s.count > 0),
      }))
      .filter((item) => item.count > 0)
      .sort(byCount((item) => item.company.name));
  });
}

export type CountryListItem = { country: Country; count: number };

export function getCountryIndex(archive: Archive = getArchive()): CountryListItem[] {
  return derive(archive, "index:country", () => {
    const { countries } = entityIndexOf(archive);
    return [...archive.registry.countries.values()]
      .map((country) => ({ country, count: countries.get(country.slug)?.length ?? 0 }))
      .filter((item) => item.count > 0)
      .sort(byCount((item) => item.country.name));
  });
}

export type ThemeListItem = { theme: Theme; count: number };

export function getThemeIndex(archive: Archive = getArchive()): ThemeListItem[] {
  return derive(archive, "index:theme", () => {
    const { themes } = entityIndexOf(archive);
    return [...archive.registry.themes.values()]
      .map((theme) => ({ theme, count: themes.get(theme.slug)?.length ?? 0 }))
      .filter((item) => item.count > 0)
      .sort(byCount((item) => item.theme.name));
  });
}

/** What every entity page shows, whatever its kind: the entity, its timeline (oldest first) and its fact sheet. */
type ProfileBase = { slug: string; name: string; timeline: TimelineEntry[]; facts: FactSheet };

/** One shape for the three kinds; a company also knows its parent, subsidiaries and home country. */
export type EntityProfile = ProfileBase &
  (
    | { kind: "company"; entity: Company; parent?: Company; subsidiaries: Company[]; country?: Country }
    | { kind: "country"; entity: Country }
    | { kind: "theme"; entity: Theme }
  );

const registryMaps = { company: "companies", country: "countries", theme: "themes" } as const;

/*
 * An entity has a page only when at least one article names it (for a company,
 * it or a subsidiary): the registry knows every country and hundreds of firms,
 * and a page, index row or sitemap entry with nothing in it helps no reader.
 * `getEntityProfile`, which every route, feed, image and the sitemap go
 * through, returns undefined for the others, and the indexes leave them out.
 */
const hasArticles = (archive: Archive, kind: EntityKind, slug: string) => (entityIndexOf(archive)[registryMaps[kind]].get(slug)?.length ?? 0) > 0;

/** True when the entity has a page: a registry entry named by at least one article. */
export function hasEntityPage(kind: EntityKind, slug: string, archive: Archive = getArchive()): boolean {
  return archive.registry[registryMaps[kind]].has(slug) && hasArticles(archive, kind, slug);
}

function buildProfile(archive: Archive, kind: EntityKind, slug: string): EntityProfile | undefined {
  const { registry } = archive;
  const index = entityIndexOf(archive);
  switch (kind) {
    case "company": {
      const entity = registry.companies.get(slug);
      if (!entity) return undefined;
      const subsidiaries = subsidiariesOf(registry, slug).filter((s) => hasArticles(archive, "company", s.slug));
      const timeline = index.companies.get(slug) ?? [];
      return {
        kind, slug, name: entity.name, entity, timeline, subsidiaries,
        parent: entity.parent ? registry.companies.get(entity.parent) : undefined,
        country: entity.country ? registry.countries.get(entity.country) : undefined,
        facts: factSheet(archive, timeline.map((e) => e.article), { companies: [slug, ...subsidiaries.map((s) => s.slug)] }),
      };
    }
    case "country": {
      const entity = registry.countries.get(slug);
      if (!entity) return undefined;
      const timeline = index.countries.get(slug) ?? [];
      return { kind, slug, name: entity.name, entity, timeline, facts: factSheet(archive, timeline.map((e) => e.article), { country: slug }) };
    }
    case "theme": {
      const entity = registry.themes.get(slug);
      if (!entity) return undefined;
      const timeline = index.themes.get(slug) ?? [];
      return { kind, slug, name: entity.name, entity, timeline, facts: factSheet(archive, timeline.map((e) => e.article), {}) };
    }
  }
}

/**
 * The page of a company, country or theme, computed once per archive version;
 * undefined when the registry does not know the slug or no article names it.
 * @example getEntityProfile("country", "chine")?.timeline.length
 */
export function getEntityProfile(kind: EntityKind, slug: string, archive: Archive = getArchive()): EntityProfile | undefined {
  if (!hasEntityPage(kind, slug, archive)) return undefined;
  return derive(archive, `profile:${kind}:${slug}`, () => buildProfile(archive, kind, slug), keepUntouchedProfile);
}

/*
 * A profile reads only its entity's timeline (a subsidiary's articles are on
 * its parent's too), and the entity index, patched, keeps every timeline no
 * changed article is on as the same list: the same list, the same profile.
 */
const keepUntouchedProfile: Patch<EntityProfile | undefined> = (profile, _change, archive) =>
  profile && entityIndexOf(archive)[registryMaps[profile.kind]].get(profile.slug) === profile.timeline ? profile : undefined;

/** Slugs of every entity of a kind, parents before their subsidiaries for companies. */
export function getEntitySlugs(kind: EntityKind, archive: Archive = getArchive()): string[] {
  switch (kind) {
    case "company":
      return getCompanyIndex(archive).flatMap(({ company, subsidiaries }) => [company.slug, ...subsidiaries.map((s) => s.company.slug)]);
    case "country":
      return getCountryIndex(archive).map(({ country }) => country.slug);
    case "theme":
      return getThemeIndex(archive).map(({ theme }) => theme.slug);
  }
}

/** The whole archive as a timeline, oldest first (or newest first), undated articles last either way. */
export function getChronology(order: "asc" | "desc" = "asc", archive: Archive = getArchive()): Article[] {
  const { chronological } = entityIndexOf(archive);
  return order === "asc" ? chronological : newestFirstOf(chronological, (a) => a.date);
}

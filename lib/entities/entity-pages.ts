import { getArchive, type Archive } from "../archive";
import type { Article } from "../content/article";
import type { CountryRole } from "../schema/article";
import type { Company, Country, Place, Theme } from "../schema/entity";
import { entityIndexOf, type TimelineEntry } from "./entity-index";
import { subsidiariesOf } from "./entity-registry";
import { countBy, type FirstLast, firstAndLast } from "./timeline";

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
    chronological.flatMap((a) => a.places.map((p) => p.place).filter((p) => !exclude.country || p.country === exclude.country)),
    (p) => p.slug,
    (p) => p.name,
  ).map(({ value, count }) => ({ name: value.name, place: value, country: archive.registry.countries.get(value.country)!, count }));
  return {
    articleCount: chronological.length,
    dates: firstAndLast(chronological),
    countries: countBy(
      chronological.flatMap((a) => a.countries.map((c) => c.country).filter((c) => c.slug !== exclude.country)),
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

/*
 * Profiles are asked for several times per page (metadata, page, static params):
 * each is computed once per archive.
 */
const profiles = new WeakMap<Archive, Map<string, unknown>>();

function memo<T>(archive: Archive, key: string, compute: () => T): T {
  let cache = profiles.get(archive);
  if (!cache) profiles.set(archive, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key) as T;
}

const byCount = <T>(name: (item: T) => string) => (a: T & { count: number }, b: T & { count: number }) =>
  b.count - a.count || name(a).localeCompare(name(b), "fr");

/** Every company with its article count (subsidiaries' articles included), most covered first. */
export function getCompanyIndex(archive: Archive = getArchive()): CompanyListItem[] {
  return memo(archive, "companies", () => {
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

export type CompanyProfile = {
  company: Company;
  parent?: Company;
  subsidiaries: Company[];
  country?: Country;
  /** Oldest first; articles about a subsidiary carry `via`. */
  timeline: TimelineEntry[];
  facts: FactSheet;
};

/*
 * An entity has a page only when at least one article names it (for a company,
 * it or a subsidiary): the registry knows every country and hundreds of firms,
 * and a page, index row or sitemap entry with nothing in it helps no reader.
 * The profile getters, which every route, feed, image and the sitemap go
 * through, return undefined for the others, and the indexes leave them out.
 */
const hasArticles = (archive: Archive, kind: "companies" | "countries" | "themes", slug: string) =>
  (entityIndexOf(archive)[kind].get(slug)?.length ?? 0) > 0;

/** True when the entity has a page: a registry entry named by at least one article. */
export function hasEntityPage(kind: "company" | "country" | "theme", slug: string, archive: Archive = getArchive()): boolean {
  const table = ({ company: "companies", country: "countries", theme: "themes" } as const)[kind];
  return archive.registry[table].has(slug) && hasArticles(archive, table, slug);
}

export function getCompanyProfile(slug: string, archive: Archive = getArchive()): CompanyProfile | undefined {
  const company = archive.registry.companies.get(slug);
  if (!company || !hasArticles(archive, "companies", slug)) return undefined;
  return memo(archive, `company:${slug}`, () => {
    const subsidiaries = subsidiariesOf(archive.registry, slug).filter((s) => hasArticles(archive, "companies", s.slug));
    const timeline = entityIndexOf(archive).companies.get(slug) ?? [];
    return {
      company,
      parent: company.parent ? archive.registry.companies.get(company.parent) : undefined,
      subsidiaries,
      country: company.country ? archive.registry.countries.get(company.country) : undefined,
      timeline,
      facts: factSheet(archive, timeline.map((e) => e.article), { companies: [slug, ...subsidiaries.map((s) => s.slug)] }),
    };
  });
}

export type CountryListItem = { country: Country; count: number };

export function getCountryIndex(archive: Archive = getArchive()): CountryListItem[] {
  return memo(archive, "countries", () => {
    const { countries } = entityIndexOf(archive);
    return [...archive.registry.countries.values()]
      .map((country) => ({ country, count: countries.get(country.slug)?.length ?? 0 }))
      .filter((item) => item.count > 0)
      .sort(byCount((item) => item.country.name));
  });
}

export type CountryProfile = { country: Country; timeline: TimelineEntry[]; facts: FactSheet };

export function getCountryProfile(slug: string, archive: Archive = getArchive()): CountryProfile | undefined {
  const country = archive.registry.countries.get(slug);
  if (!country || !hasArticles(archive, "countries", slug)) return undefined;
  return memo(archive, `country:${slug}`, () => {
    const timeline = entityIndexOf(archive).countries.get(slug) ?? [];
    return { country, timeline, facts: factSheet(archive, timeline.map((e) => e.article), { country: slug }) };
  });
}

export type ThemeListItem = { theme: Theme; count: number };

export function getThemeIndex(archive: Archive = getArchive()): ThemeListItem[] {
  return memo(archive, "themes", () => {
    const { themes } = entityIndexOf(archive);
    return [...archive.registry.themes.values()]
      .map((theme) => ({ theme, count: themes.get(theme.slug)?.length ?? 0 }))
      .filter((item) => item.count > 0)
      .sort(byCount((item) => item.theme.name));
  });
}

export type ThemeProfile = { theme: Theme; timeline: TimelineEntry[]; facts: FactSheet };

export function getThemeProfile(slug: string, archive: Archive = getArchive()): ThemeProfile | undefined {
  const theme = archive.registry.themes.get(slug);
  if (!theme || !hasArticles(archive, "themes", slug)) return undefined;
  return memo(archive, `theme:${slug}`, () => {
    const timeline = entityIndexOf(archive).themes.get(slug) ?? [];
    return { theme, timeline, facts: factSheet(archive, timeline.map((e) => e.article), {}) };
  });
}

/** The whole archive as a timeline, oldest first (or newest first when reversed). */
export function getChronology(order: "asc" | "desc" = "asc", archive: Archive = getArchive()): Article[] {
  const { chronological } = entityIndexOf(archive);
  return order === "asc" ? chronological : [...chronological].reverse();
}

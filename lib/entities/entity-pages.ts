import { getArchive, type Archive } from "../archive";
import type { Article } from "../content/article";
import type { CountryRole } from "../schema/article";
import type { Company, Country, Theme } from "../schema/entity";
import { companyLineage, subsidiariesOf } from "./entity-registry";
import { countBy, type FirstLast, firstAndLast, sortChronologically } from "./timeline";

/** An article on an entity's timeline, with why it is there. */
export type TimelineEntry = {
  article: Article;
  /** On a parent's page: the subsidiary the article is about (BCX on Telkom's page). */
  via?: Company;
  /** On a country's page: the country's part in the article. */
  roles?: CountryRole[];
};

export type Person = { name: string; role?: string; article: Article };

export type FactSheet = {
  articleCount: number;
  dates: FirstLast;
  countries: { value: Country; count: number }[];
  companies: { value: Company; count: number }[];
  people: Person[];
  places: { name: string; country: Country; count: number }[];
};

function factSheet(archive: Archive, articles: Article[], exclude: { companies?: string[]; country?: string }): FactSheet {
  const chronological = sortChronologically(articles);
  const byName = (c: { name: string }) => c.name;
  const people = new Map<string, Person>();
  for (const article of chronological) {
    for (const p of article.people) {
      const relevant = !exclude.companies || !p.company || exclude.companies.includes(p.company);
      if (relevant) people.set(`${p.name}|${p.role ?? ""}`, { name: p.name, role: p.role, article });
    }
  }
  const places = countBy(
    chronological.flatMap((a) => a.places.filter((p) => !exclude.country || p.country === exclude.country)),
    (p) => `${p.country}|${p.name}`,
    (p) => p.name,
  ).map(({ value, count }) => ({ name: value.name, country: archive.registry.countries.get(value.country)!, count }));
  return {
    articleCount: articles.length,
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

/** Articles that name the company or one of its subsidiaries, each marked with the subsidiary when only it is named. */
function companyEntries(archive: Archive, slug: string): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const article of archive.articles) {
    if (article.companies.some((c) => c.slug === slug)) {
      entries.push({ article });
      continue;
    }
    const via = article.companies.find((c) => companyLineage(archive.registry, c.slug).some((p) => p.slug === slug));
    if (via) entries.push({ article, via });
  }
  return entries;
}

/** Every company with its article count (subsidiaries' articles included), most covered first. */
export function getCompanyIndex(archive: Archive = getArchive()): CompanyListItem[] {
  const count = (slug: string) => companyEntries(archive, slug).length;
  return [...archive.registry.companies.values()]
    .filter((c) => !c.parent)
    .map((company) => ({
      company,
      count: count(company.slug),
      subsidiaries: subsidiariesOf(archive.registry, company.slug).map((s) => ({ company: s, count: count(s.slug) })),
    }))
    .sort((a, b) => b.count - a.count || a.company.name.localeCompare(b.company.name, "fr"));
}

export type CompanyProfile = {
  company: Company;
  parent?: Company;
  subsidiaries: Company[];
  country?: Country;
  /** Oldest first. */
  timeline: TimelineEntry[];
  facts: FactSheet;
};

export function getCompanyProfile(slug: string, archive: Archive = getArchive()): CompanyProfile | undefined {
  const company = archive.registry.companies.get(slug);
  if (!company) return undefined;
  const subsidiaries = subsidiariesOf(archive.registry, slug);
  const entries = companyEntries(archive, slug);
  const order = new Map(sortChronologically(entries.map((e) => e.article)).map((a, i) => [a.slug, i]));
  const family = [slug, ...subsidiaries.map((s) => s.slug)];
  return {
    company,
    parent: company.parent ? archive.registry.companies.get(company.parent) : undefined,
    subsidiaries,
    country: company.country ? archive.registry.countries.get(company.country) : undefined,
    timeline: entries.sort((a, b) => order.get(a.article.slug)! - order.get(b.article.slug)!),
    facts: factSheet(archive, entries.map((e) => e.article), { companies: family }),
  };
}

export type CountryListItem = { country: Country; count: number };

function countryEntries(archive: Archive, slug: string): TimelineEntry[] {
  return sortChronologically(archive.articles.filter((a) => a.countries.some((c) => c.country.slug === slug))).map((article) => ({
    article,
    roles: article.countries.filter((c) => c.country.slug === slug).map((c) => c.role),
  }));
}

export function getCountryIndex(archive: Archive = getArchive()): CountryListItem[] {
  return [...archive.registry.countries.values()]
    .map((country) => ({ country, count: countryEntries(archive, country.slug).length }))
    .sort((a, b) => b.count - a.count || a.country.name.localeCompare(b.country.name, "fr"));
}

export type CountryProfile = { country: Country; timeline: TimelineEntry[]; facts: FactSheet };

export function getCountryProfile(slug: string, archive: Archive = getArchive()): CountryProfile | undefined {
  const country = archive.registry.countries.get(slug);
  if (!country) return undefined;
  const timeline = countryEntries(archive, slug);
  return { country, timeline, facts: factSheet(archive, timeline.map((e) => e.article), { country: slug }) };
}

export type ThemeListItem = { theme: Theme; count: number };

export function getThemeIndex(archive: Archive = getArchive()): ThemeListItem[] {
  return [...archive.registry.themes.values()]
    .map((theme) => ({ theme, count: archive.articles.filter((a) => a.themes.some((t) => t.slug === theme.slug)).length }))
    .sort((a, b) => b.count - a.count || a.theme.name.localeCompare(b.theme.name, "fr"));
}

export type ThemeProfile = { theme: Theme; timeline: TimelineEntry[]; facts: FactSheet };

export function getThemeProfile(slug: string, archive: Archive = getArchive()): ThemeProfile | undefined {
  const theme = archive.registry.themes.get(slug);
  if (!theme) return undefined;
  const timeline = sortChronologically(archive.articles.filter((a) => a.themes.some((t) => t.slug === slug))).map((article) => ({ article }));
  return { theme, timeline, facts: factSheet(archive, timeline.map((e) => e.article), {}) };
}

/** The whole archive as a timeline, oldest first (or newest first when reversed). */
export function getChronology(order: "asc" | "desc" = "asc", archive: Archive = getArchive()): Article[] {
  const sorted = sortChronologically(archive.articles);
  return order === "asc" ? sorted : sorted.reverse();
}

/** Slugs of every entity of a kind, for routes built ahead (feeds, sharing images). */
export function getEntitySlugs(kind: "company" | "country" | "theme", archive: Archive = getArchive()): { slug: string }[] {
  const { companies, countries, themes } = archive.registry;
  const map = kind === "company" ? companies : kind === "country" ? countries : themes;
  return [...map.keys()].map((slug) => ({ slug }));
}

import { type Archive, type Patch, derive, getArchive } from "../archive/archive";
import type { Article } from "../model/article";
import type { CountryRole } from "../model/schema/article";
import { type Company, type Country, type EntityKind, type EntityOf, entityParts, type Place } from "../model/schema/entity";
import { describe, type FactExclude, type ProfileExtra } from "./entity-kinds";
import { entityIndexOf, type TimelineEntry } from "./entity-index";
import { subsidiariesOf } from "../model/entity-registry";
import { countBy, type FirstLast, firstAndLast, newestFirstOf } from "../model/timeline";

export type { TimelineEntry } from "./entity-index";

type Person = { name: string; role?: string; article: Article };

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
function factSheet(archive: Archive, chronological: readonly Article[], exclude: FactExclude): FactSheet {
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
  // Not "index:company": getEntityIndex("company") is kept under that name.
  return derive(archive, "index:company-groups", () => {
    const companies = entityIndexOf(archive).timelines.company;
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

/** An entity of a kind with its article count, most covered first. */
export type EntityListItem<K extends EntityKind> = { entity: EntityOf<K>; count: number };

/** Every entity of a kind that has a page, with its article count, most covered first. */
export function getEntityIndex<K extends EntityKind>(kind: K, archive: Archive = getArchive()): EntityListItem<K>[] {
  return derive(archive, `index:${kind}`, () => {
    const timelines = entityIndexOf(archive).timelines[kind];
    return [...(archive.registry[entityParts[kind]] as Map<string, EntityOf<K>>).values()]
      .map((entity) => ({ entity, count: timelines.get(entity.slug)?.length ?? 0 }))
      .filter((item) => item.count > 0)
      .sort(byCount((item) => item.entity.name));
  });
}

/** What every entity page shows, whatever its kind: the entity, its timeline (oldest first) and its fact sheet. */
type ProfileBase = { slug: string; name: string; timeline: TimelineEntry[]; facts: FactSheet };

/** The page of one entity of kind K: what every page shows, and what its kind adds (lib/entities/kinds/). */
export type ProfileOf<K extends EntityKind> = K extends EntityKind ? ProfileBase & { kind: K; entity: EntityOf<K> } & ProfileExtra<K> : never;
/** One shape for every kind, told apart by `kind`. */
export type EntityProfile = ProfileOf<EntityKind>;

/*
 * An entity has a page only when at least one article names it (for a company,
 * it or a subsidiary): the registry knows every country and hundreds of firms,
 * and a page, index row or sitemap entry with nothing in it helps no reader.
 * `getEntityProfile`, which every route, feed, image and the sitemap go
 * through, returns undefined for the others, and the indexes leave them out.
 */
const hasArticles = (archive: Archive, kind: EntityKind, slug: string) => (entityIndexOf(archive).timelines[kind].get(slug)?.length ?? 0) > 0;

/** True when the entity has a page: a registry entry named by at least one article. */
export function hasEntityPage(kind: EntityKind, slug: string, archive: Archive = getArchive()): boolean {
  return archive.registry[entityParts[kind]].has(slug) && hasArticles(archive, kind, slug);
}

function buildProfile<K extends EntityKind>(archive: Archive, kind: K, slug: string): ProfileOf<K> | undefined {
  const entity = archive.registry[entityParts[kind]].get(slug) as EntityOf<K> | undefined;
  if (!entity) return undefined;
  const timeline = entityIndexOf(archive).timelines[kind].get(slug) ?? [];
  const articles = timeline.map((e) => e.article);
  const { extra, exclude } = describe(kind).profile(entity, { registry: archive.registry, articles, hasPage: (k, s) => hasArticles(archive, k, s) });
  return { kind, slug, name: entity.name, entity, timeline, facts: factSheet(archive, articles, exclude), ...(extra as ProfileExtra<K>) } as ProfileOf<K>;
}

/**
 * The page of an entity of any kind, computed once per archive version;
 * undefined when the registry does not know the slug or no article names it.
 * @example getEntityProfile("country", "chine")?.timeline.length
 */
export function getEntityProfile<K extends EntityKind>(kind: K, slug: string, archive: Archive = getArchive()): ProfileOf<K> | undefined {
  if (!hasEntityPage(kind, slug, archive)) return undefined;
  return derive(archive, `profile:${kind}:${slug}`, () => buildProfile(archive, kind, slug), keepUntouchedProfile as Patch<ProfileOf<K> | undefined>);
}

/*
 * A profile reads only its entity's timeline (a subsidiary's articles are on
 * its parent's too), and the entity index, patched, keeps every timeline no
 * changed article is on as the same list: the same list, the same profile.
 */
const keepUntouchedProfile: Patch<EntityProfile | undefined> = (profile, _change, archive) =>
  profile && entityIndexOf(archive).timelines[profile.kind].get(profile.slug) === profile.timeline ? profile : undefined;

/** Slugs of every entity of a kind that has a page, parents before their subsidiaries for companies. */
export function getEntitySlugs(kind: EntityKind, archive: Archive = getArchive()): string[] {
  if (kind === "company") return getCompanyIndex(archive).flatMap(({ company, subsidiaries }) => [company.slug, ...subsidiaries.map((s) => s.company.slug)]);
  return getEntityIndex(kind, archive).map(({ entity }) => entity.slug);
}

/** The whole archive as a timeline, oldest first (or newest first), undated articles last either way. */
export function getChronology(order: "asc" | "desc" = "asc", archive: Archive = getArchive()): Article[] {
  const { chronological } = entityIndexOf(archive);
  return order === "asc" ? chronological : newestFirstOf(chronological, (a) => a.date);
}

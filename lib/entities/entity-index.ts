import { type Archive, derive } from "../archive";
import type { Article } from "../content/article";
import type { CountryRole } from "../schema/article";
import type { Company } from "../schema/entity";
import { companyLineage } from "./entity-registry";
import { sortChronologically } from "./timeline";

/** An article on an entity's timeline, with why it is there. */
export type TimelineEntry = {
  article: Article;
  /** On a parent's page: the subsidiary the article is about (BCX on Telkom's page). */
  via?: Company;
  /** On a country's page: the country's part in the article. */
  roles?: CountryRole[];
};

/** Who appears where, computed in one pass over the archive. Timelines are oldest first. */
export type EntityIndex = {
  chronological: Article[];
  companies: Map<string, TimelineEntry[]>;
  countries: Map<string, TimelineEntry[]>;
  themes: Map<string, TimelineEntry[]>;
  stories: Map<string, Article[]>;
  /** Entity key ("c:alibaba", "p:chine", "t:cloud-public") → positions in `archive.articles`. */
  articlesByKey: Map<string, number[]>;
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The keys an article is related to others by: its companies, countries and themes. */
export function entityKeys(article: Article): string[] {
  return [
    ...article.companies.map((c) => `c:${c.slug}`),
    ...new Set(article.countries.map(({ country }) => `p:${country.slug}`)),
    ...article.themes.map((t) => `t:${t.slug}`),
  ];
}

function buildEntityIndex(archive: Archive): EntityIndex {
  const index: EntityIndex = { chronological: sortChronologically(archive.articles), companies: new Map(), countries: new Map(), themes: new Map(), stories: new Map(), articlesByKey: new Map() };
  for (const article of index.chronological) {
    const direct = new Set(article.companies.map((c) => c.slug));
    const added = new Set<string>();
    for (const company of article.companies) {
      for (const [depth, owner] of companyLineage(archive.registry, company.slug).entries()) {
        // A parent named by the article itself gets the article once, without "via".
        if (added.has(owner.slug) || (depth > 0 && direct.has(owner.slug))) continue;
        added.add(owner.slug);
        push(index.companies, owner.slug, depth === 0 ? { article } : { article, via: company });
      }
    }
    const roles = new Map<string, CountryRole[]>();
    for (const { country, role } of article.countries) push(roles, country.slug, role);
    for (const [slug, countryRoles] of roles) push(index.countries, slug, { article, roles: countryRoles });
    for (const theme of article.themes) push(index.themes, theme.slug, { article });
    if (article.story) push(index.stories, article.story, article);
  }
  archive.articles.forEach((article, position) => {
    for (const key of entityKeys(article)) push(index.articlesByKey, key, position);
  });
  return index;
}

/** The entity index of an archive version, built on first use and kept with it. */
export function entityIndexOf(archive: Archive): EntityIndex {
  return derive(archive, "entity-index", () => buildEntityIndex(archive));
}

import { getArchive, type Archive } from "./archive";
import type { Article } from "./content/article";
import { entityIndexOf } from "./entities/entity-index";
import { getCompanyIndex, getCountryIndex } from "./entities/entity-pages";
import { articlePath, entityPath } from "./routes";
import type { Company, Country } from "./schema/entity";

/** A story or a theme the archive covers most, with its newest articles. */
export type Dossier = {
  kind: "story" | "theme";
  key: string;
  /** A theme's name; for a story, the headline of its newest article. */
  title: string;
  /** Where the whole dossier reads: a theme's page, or a story's newest article. */
  href: string;
  description?: string;
  count: number;
  /** Newest first. */
  latest: Article[];
};

export type FrontPage = {
  /** The newest article, or undefined for an empty archive. */
  lead?: Article;
  dossiers: Dossier[];
  /** The last announcements by date, newest first. */
  chronology: Article[];
  companies: { company: Company; count: number }[];
  countries: { country: Country; count: number }[];
  articleCount: number;
};

export type FrontPageSizes = { dossiers: number; perDossier: number; chronology: number; entities: number };

export const frontPageSizes: FrontPageSizes = { dossiers: 4, perDossier: 3, chronology: 5, entities: 6 };

/** Articles in the archive's order (newest first), by their positions in it: built once per front page, not once per dossier. */
const newestFirst = (articles: readonly Article[], position: ReadonlyMap<string, number>) =>
  [...articles].sort((a, b) => position.get(a.slug)! - position.get(b.slug)!);

/**
 * The front page of the archive: the newest article as the lead; the
 * dossiers (stories of two articles or more, then themes, most covered
 * first), each with its newest articles; the last dated announcements; the
 * companies and countries most cited.
 */
export function getFrontPage(archive: Archive = getArchive(), sizes: FrontPageSizes = frontPageSizes): FrontPage {
  const index = entityIndexOf(archive);
  // One table for every dossier: a table per story cost stories × articles (minutes at 100,000).
  const position = new Map(archive.articles.map((a, i) => [a.slug, i]));
  const stories: Dossier[] = [...index.stories]
    .filter(([, articles]) => articles.length > 1)
    .map(([key, articles]) => {
      const latest = newestFirst(articles, position);
      return { kind: "story" as const, key, title: latest[0].title, href: articlePath(latest[0].slug), count: articles.length, latest: latest.slice(0, sizes.perDossier) };
    });
  const themes: Dossier[] = [...archive.registry.themes.values()]
    .map((theme) => {
      const articles = (index.themes.get(theme.slug) ?? []).map((e) => e.article);
      const latest = newestFirst(articles, position);
      return { kind: "theme" as const, key: theme.slug, title: theme.name, href: entityPath("theme", theme.slug), description: theme.description, count: articles.length, latest: latest.slice(0, sizes.perDossier) };
    })
    .filter((d) => d.count > 0);
  const byCoverage = (a: Dossier, b: Dossier) => b.count - a.count || a.title.localeCompare(b.title, "fr");
  return {
    lead: archive.articles[0],
    dossiers: [...stories.sort(byCoverage), ...themes.sort(byCoverage)].slice(0, sizes.dossiers),
    chronology: [...index.chronological].reverse().filter((a) => a.date.start).slice(0, sizes.chronology),
    companies: getCompanyIndex(archive).filter((c) => c.count > 0).slice(0, sizes.entities),
    countries: getCountryIndex(archive).filter((c) => c.count > 0).slice(0, sizes.entities),
    articleCount: archive.articles.length,
  };
}

import { getArchive, type Archive } from "../archive/archive";
import type { Article } from "../model/article";
import { entityIndexOf } from "../entities/entity-index";
import { getEntityIndex } from "../entities/entity-pages";
import { describe, kinds } from "../entities/entity-kinds";
import { articlePath, entityPath } from "../site/routes";
import { newestFirst } from "../archive/version-change";
import { type Entity, type EntityKind, entityParts } from "../model/schema/entity";

/** A story or an entity whose kind files dossiers (a theme) the archive covers most, with its newest articles. */
type Dossier = {
  kind: "story" | EntityKind;
  key: string;
  /** An entity's name; for a story, the headline of its newest article. */
  title: string;
  /** Where the whole dossier reads: an entity's page, or a story's newest article. */
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
  /** The most cited entities of each kind the front page lists, in the kinds' order. */
  mostCited: { kind: EntityKind; title: string; entries: { entity: Entity; count: number }[] }[];
  articleCount: number;
};

export type FrontPageSizes = { dossiers: number; perDossier: number; chronology: number; entities: number };

const frontPageSizes: FrontPageSizes = { dossiers: 4, perDossier: 3, chronology: 5, entities: 6 };

const collator = new Intl.Collator("fr");

/**
 * The `n` newest articles of an oldest-first list, in the archive's order
 * (newest first, undated last): read from the list's end, not sorted whole.
 * Undated articles sort last in the list, so the dated ones before them are
 * the newest. The archive breaks a tie of dates by slug in French, the
 * chronological order otherwise, so every article tied with the n-th newest
 * date is taken and those sorted.
 */
function newestOf<T>(chronological: readonly T[], n: number, articleOf: (item: T) => Article): Article[] {
  let end = chronological.length;
  while (end > 0 && !articleOf(chronological[end - 1]).date.start) end--;
  let from = end;
  const sortKey = (i: number) => articleOf(chronological[i]).date.sortKey;
  while (from > 0 && (end - from < n || sortKey(from - 1) === sortKey(from))) from--;
  // Fewer than n dated: the undated ones fill the list, after them.
  return [...chronological.slice(from, end), ...chronological.slice(end, end + Math.max(0, n - (end - from)))].map(articleOf).sort(newestFirst).slice(0, n);
}

type Candidate = { kind: Dossier["kind"]; key: string; count: number; title: () => string; latest: () => Article[]; dossier: (latest: Article[]) => Omit<Dossier, "latest"> };

/**
 * The `n` most covered candidates (most articles, then by title): counts
 * first, then titles and newest articles only for candidates tied with the
 * n-th count or above, and no full sort: at 100,000 articles there are
 * thousands of stories.
 */
function mostCovered(candidates: Candidate[], n: number): Candidate[] {
  if (n <= 0) return [];
  const counts = candidates.map((c) => c.count).sort((a, b) => b - a);
  const threshold = counts[Math.min(n, counts.length) - 1];
  const best: Candidate[] = [];
  for (const candidate of candidates) {
    if (candidate.count < threshold) continue;
    if (best.length === n && byCoverage(candidate, best[n - 1]) >= 0) continue;
    let at = best.length;
    while (at > 0 && byCoverage(candidate, best[at - 1]) < 0) at--;
    best.splice(at, 0, candidate);
    if (best.length > n) best.pop();
  }
  return best;
}

const byCoverage = (a: Candidate, b: Candidate) => b.count - a.count || collator.compare(a.title(), b.title()) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** A candidate whose title and newest articles are computed once, when asked. */
function lazily(fn: () => Article[]): () => Article[] {
  let value: Article[] | undefined;
  return () => (value ??= fn());
}

/**
 * The front page of the archive: the newest article as the lead; the
 * dossiers (stories of two articles or more, then themes, most covered
 * first), each with its newest articles; the last dated announcements; the
 * most cited entities of the kinds whose descriptor asks for it. Its cost follows the number of stories
 * and entities, not of articles: the lists it reads are the entity index's.
 */
export function getFrontPage(archive: Archive = getArchive(), sizes: FrontPageSizes = frontPageSizes): FrontPage {
  const index = entityIndexOf(archive);
  const perDossier = Math.max(1, sizes.perDossier);
  const stories: Candidate[] = [];
  for (const [key, articles] of index.stories) {
    if (articles.length < 2) continue;
    const latest = lazily(() => newestOf(articles, perDossier, (a) => a));
    stories.push({ kind: "story", key, count: articles.length, title: () => latest()[0].title, latest, dossier: (l) => ({ kind: "story", key, title: l[0].title, href: articlePath(l[0].slug), count: articles.length }) });
  }
  const filed: Candidate[] = [];
  for (const kind of kinds.filter((k) => describe(k).dossiers)) {
    for (const entity of (archive.registry[entityParts[kind]] as Map<string, Entity>).values()) {
      const entries = index.timelines[kind].get(entity.slug) ?? [];
      if (!entries.length) continue;
      const latest = lazily(() => newestOf(entries, perDossier, (e) => e.article));
      const description = describe(kind).summary(entity, archive.registry);
      filed.push({ kind, key: entity.slug, count: entries.length, title: () => entity.name, latest, dossier: () => ({ kind, key: entity.slug, title: entity.name, href: entityPath(kind, entity.slug), description, count: entries.length }) });
    }
  }
  const shownStories = mostCovered(stories, sizes.dossiers);
  const dossiers = [...shownStories, ...mostCovered(filed, sizes.dossiers - shownStories.length)]
    .slice(0, sizes.dossiers)
    .map((c) => ({ ...c.dossier(c.latest()), latest: c.latest().slice(0, sizes.perDossier) }));
  const chronology: Article[] = [];
  for (let i = index.chronological.length - 1; i >= 0 && chronology.length < sizes.chronology; i--) {
    if (index.chronological[i].date.start) chronology.push(index.chronological[i]);
  }
  return {
    lead: archive.articles[0],
    dossiers,
    chronology,
    mostCited: kinds.flatMap((kind) => {
      const { frontPage } = describe(kind);
      if (!frontPage) return [];
      const entries = getEntityIndex(kind, archive).filter(({ entity }) => frontPage.listed?.(entity) ?? true);
      return [{ kind, title: frontPage.title, entries: entries.slice(0, sizes.entities) }];
    }),
    articleCount: archive.articles.length,
  };
}

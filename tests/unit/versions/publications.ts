import path from "node:path";
import { type Archive, type ArticleChange, archiveOf } from "@/lib/archive/archive";
import type { Article } from "@/lib/model/article";
import { readRegistryFiles } from "@/lib/content/load-registry";
import { parseArchiveDate } from "@/lib/text/dates";
import { generateCorpus } from "@/lib/synthetic/generate-corpus";
import { corpusToArchive } from "@/lib/synthetic/synthetic-archive";

/**
 * A synthetic archive of 80 articles, 6 of them held back to be published,
 * and named publications on it: each a list of changes as
 * lib/publishing/sync.ts makes them (`before` is the previous version's own
 * article object).
 */
const whole = corpusToArchive(generateCorpus({ count: 80, seed: 7, base: readRegistryFiles(path.resolve("tests/fixtures/content")), extraCompanies: 12 }));
const heldBack = whole.articles.filter((_, i) => i % 13 === 5);

export const registry = whole.registry;

/** The archive before any publication: a fresh version each call (derived tables are per version). */
export function startingArchive(): Archive {
  return archiveOf(whole.dir, registry, whole.articles.filter((a) => !heldBack.includes(a)));
}

/** A held-back article published (a replacement if an earlier publication of a chain already did). */
const added = (archive: Archive, article: Article): ArticleChange => ({ slug: article.slug, before: archive.bySlug.get(article.slug), after: article });
const edited = (article: Article, fields: Partial<Article>): ArticleChange => ({ slug: article.slug, before: article, after: { ...article, ...fields } });

const withStory = (archive: Archive) => archive.articles.filter((a) => a.story);
const subsidiary = () => [...registry.companies.values()].find((c) => c.parent)!;

/** Named publications: each gives the changes to apply to an archive version. */
export const publications: Record<string, (archive: Archive) => ArticleChange[]> = {
  "a new article": (archive) => [added(archive, heldBack[0])],
  "several new articles at once, old and new dates": (archive) => heldBack.slice(1).map((a) => added(archive, a)),
  "a withdrawal": (archive) => [{ slug: archive.articles[10].slug, before: archive.articles[10] }],
  "the newest and the oldest withdrawn": (archive) => [archive.articles[0], archive.articles.at(-1)!].map((a) => ({ slug: a.slug, before: a })),
  "a correction of the text only": (archive) => [edited(archive.articles[3], { title: "Titre corrigé", body: `${archive.articles[3].body}\n\nmotcorrige ajouté.` })],
  "a date moved years back": (archive) => [edited(archive.articles[1], { date: parseArchiveDate("2011-02-03", "day") })],
  "a date made unknown": (archive) => [edited(archive.articles[20], { date: parseArchiveDate(null, "unknown") })],
  "companies changed, a subsidiary added": (archive) => [edited(archive.articles[5], { companies: [subsidiary()], announcedBy: [] })],
  "themes and countries removed": (archive) => [edited(archive.articles[7], { themes: [], countries: [] })],
  "an article joins another story": (archive) => [edited(archive.articles[2], { story: withStory(archive)[0].story })],
  "an article leaves its story": (archive) => [edited(withStory(archive)[1], { story: undefined })],
  "four articles of one theme tied on the newest date": (archive) => {
    const theme = archive.articles.find((a) => a.themes.length)!.themes[0];
    return archive.articles.filter((a) => a.themes.includes(theme)).slice(0, 4).map((a) => edited(a, { date: parseArchiveDate("2027-01-15", "day") }));
  },
  "everything at once": (archive) => [
    added(archive, heldBack[0]),
    { slug: archive.articles[4].slug, before: archive.articles[4] },
    edited(archive.articles[8], { date: parseArchiveDate("2026-12", "month"), story: "histoire-nouvelle", themes: [] }),
    edited(archive.articles[30], { companies: [subsidiary()], announcedBy: [], story: withStory(archive)[2].story }),
  ],
};

/** The same version built from scratch: what every patched table must equal. */
export const fromScratch = (archive: Archive) => archiveOf(archive.dir, archive.registry, [...archive.articles]);

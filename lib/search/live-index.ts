import { Document } from "flexsearch";
import type { Article } from "../content/article";
import { namesOf } from "../entities/entity-registry";
import { words } from "../text";
import { createFrenchEncoder, stopWords } from "./encoder";
import { plainText } from "./snippet";

/** What flexsearch indexes of an article; `id` is the article's document id, stable while the process lives. */
type IndexedArticle = { id: number; title: string; summary: string; entities: string; body: string };

export const searchFields = ["title", "entities", "summary", "body"] as const;
export type SearchField = (typeof searchFields)[number];

/** How much a match in each field counts: the headline, summary and entity names say what an article is about. */
export const fieldWeights: Record<SearchField, number> = { title: 3, entities: 2.5, summary: 2, body: 1 };

/** Score slots per field: flexsearch ranks a term by where it first appears in the field. */
export const fieldResolution: Record<SearchField, number> = { title: 3, entities: 3, summary: 5, body: 9 };

/**
 * The full-text index of the archive and how many articles use each word,
 * kept for the life of the process and updated in place when an article is
 * published, corrected or withdrawn: never rebuilt for one article.
 * Documents are keyed by a document id per slug (slugs are strings;
 * flexsearch is fastest with small integers), reused once freed.
 */
export type LiveIndex = {
  document: Document<IndexedArticle>;
  docIdOf: Map<string, number>;
  /** Slug of each document id (undefined once freed). */
  slugOfDoc: (string | undefined)[];
  freeDocIds: number[];
  /** Word → number of articles using it, for the spelling help. */
  documentFrequency: Map<string, number>;
};

/** Every way the article's companies, countries, themes and places are named, so "DT", "chinoise" or "Beijing" finds it. */
function entityText(article: Article): string {
  const entities = [...article.companies, ...article.countries.map((c) => c.country), ...article.themes];
  const places = article.places.flatMap(({ place }) => [place.name, ...place.aliases]);
  return [...entities.flatMap(namesOf), ...places].join(" ; ");
}

/** The distinct words of an article that the spelling help counts. */
function countedWords(texts: string[]): Set<string> {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const word of words(text)) {
      if (word.length < 2 || stopWords.has(word) || /^\d+$/.test(word)) continue;
      seen.add(word);
    }
  }
  return seen;
}

/** The text an article is indexed by, field by field. */
export function fieldsOf(article: Article) {
  return { title: article.title, summary: article.summary, entities: entityText(article), body: plainText(article.body) };
}

export function createLiveIndex(): LiveIndex {
  const encoder = createFrenchEncoder();
  const document = new Document<IndexedArticle>({
    document: {
      id: "id",
      index: searchFields.map((field) => ({ field, encoder, tokenize: "strict" as const, resolution: fieldResolution[field] })),
    },
  });
  return { document, docIdOf: new Map(), slugOfDoc: [], freeDocIds: [], documentFrequency: new Map() };
}

/** The words of an article the word counts (`documentFrequency`) count once. */
export function countedWordsOf(article: Article): Set<string> {
  const fields = fieldsOf(article);
  return countedWords([fields.title, fields.summary, fields.entities, fields.body]);
}

function count(index: LiveIndex, article: Article, delta: 1 | -1): void {
  for (const word of countedWordsOf(article)) {
    const n = (index.documentFrequency.get(word) ?? 0) + delta;
    if (n > 0) index.documentFrequency.set(word, n);
    else index.documentFrequency.delete(word);
  }
}

/** Indexes a new article, or replaces the indexed version of an existing one (`previous`, to uncount its words). */
export function indexArticle(index: LiveIndex, article: Article, previous?: Article): void {
  if (previous) count(index, previous, -1);
  let id = index.docIdOf.get(article.slug);
  if (id === undefined) {
    id = index.freeDocIds.pop() ?? index.slugOfDoc.length;
    index.docIdOf.set(article.slug, id);
    index.slugOfDoc[id] = article.slug;
    index.document.add({ id, ...fieldsOf(article) });
  } else {
    index.document.update({ id, ...fieldsOf(article) });
  }
  count(index, article, 1);
}

/** Removes a withdrawn article (its last indexed version) from the index. */
export function unindexArticle(index: LiveIndex, article: Article): void {
  const id = index.docIdOf.get(article.slug);
  if (id === undefined) return;
  index.document.remove(id);
  count(index, article, -1);
  index.docIdOf.delete(article.slug);
  index.slugOfDoc[id] = undefined;
  index.freeDocIds.push(id);
}

/** An index of every article, as at server start. */
export function buildLiveIndex(articles: readonly Article[]): LiveIndex {
  const index = createLiveIndex();
  for (const article of articles) indexArticle(index, article);
  return index;
}

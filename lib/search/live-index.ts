import { Document } from "flexsearch";
import type { Article } from "../content/article";
import { words } from "../text";
import { createFrenchEncoder, stopWords } from "./encoder";
import { type SearchField, fieldsOf, searchFieldSpecs, searchFields } from "./fields";

/** What flexsearch indexes of an article: its fields' text; `id` is the article's document id, stable while the process lives. */
type IndexedArticle = { id: number } & Record<SearchField, string>;

export { type SearchField, fieldsOf, searchFieldSpecs, searchFields } from "./fields";

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

export function createLiveIndex(): LiveIndex {
  const encoders = { exact: createFrenchEncoder({ keepExact: true }), stems: createFrenchEncoder() };
  const document = new Document<IndexedArticle>({
    document: {
      id: "id",
      index: searchFields.map((field) => {
        const { exact, resolution } = searchFieldSpecs[field];
        return { field, encoder: exact ? encoders.exact : encoders.stems, tokenize: "strict" as const, resolution };
      }),
    },
  });
  return { document, docIdOf: new Map(), slugOfDoc: [], freeDocIds: [], documentFrequency: new Map() };
}

/** The words of an article the word counts (`documentFrequency`) count once. */
export function countedWordsOf(article: Article): Set<string> {
  return countedWords(Object.values(fieldsOf(article)));
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

/** flexsearch's word map of one field: per term, its document ids, one list per score slot (the layout its export writes too). */
type WordMap = Map<string, (number[] | undefined)[]>;

/**
 * The posting lists of one term of a field, by score slot: read from
 * flexsearch's word map directly, without encoding the term again (a term
 * may be a stem or a marked exact word, which the encoder would split).
 * tests/unit/search/live-index.test.ts checks it against flexsearch's own search.
 */
export function postingsOf(index: LiveIndex, field: SearchField, term: string): readonly (number[] | undefined)[] | undefined {
  return ((index.document as unknown as { index: Map<string, { map: WordMap }> }).index.get(field)?.map as WordMap | undefined)?.get(term);
}

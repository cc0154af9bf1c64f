import { Document } from "flexsearch";
import type { Archive } from "../archive";
import type { Article } from "../content/article";
import { type EntityRef, namesOf } from "../entities/entity-registry";
import { words } from "../text";
import { createFrenchEncoder, stopWords } from "./encoder";
import { buildNameTable } from "./entity-hits";
import { type FacetTables, buildFacetTables } from "./facets";
import { plainText } from "./snippet";
import { type Vocabulary, buildVocabulary } from "./typo";

/** What flexsearch indexes of an article; `id` is the article's position in the archive (newest first). */
type IndexedArticle = { id: number; title: string; summary: string; entities: string; body: string };

export const searchFields = ["title", "entities", "summary", "body"] as const;
export type SearchField = (typeof searchFields)[number];

/** How much a match in each field counts: the headline, summary and entity names say what an article is about. */
export const fieldWeights: Record<SearchField, number> = { title: 3, entities: 2.5, summary: 2, body: 1 };

/** Score slots per field: flexsearch ranks a term by where it first appears in the field. */
export const fieldResolution: Record<SearchField, number> = { title: 3, entities: 3, summary: 5, body: 9 };

/** How much more an entity's own name weighs in the vocabulary than a word used by one article. */
const entityNameWeight = 1000;

export type SearchIndex = {
  archive: Archive;
  document: Document<IndexedArticle>;
  vocabulary: Vocabulary;
  /** Only the words of entity names: a near miss of one ("telecom" for "Telekom") also searches it. */
  entityWords: Vocabulary;
  facets: FacetTables;
  /** Registry names keyed as queries are split ("sud africain"). */
  names: Map<string, EntityRef[]>;
  /** Articles per entity, keyed "company:huawei". */
  entityCounts: Map<string, number>;
};

/** Every way the article's companies, countries, themes and places are named, so "DT", "chinoise" or "Beijing" finds it. */
function entityText(article: Article): string {
  const entities = [...article.companies, ...article.countries.map((c) => c.country), ...article.themes];
  const places = article.places.flatMap(({ place }) => [place.name, ...place.aliases]);
  return [...entities.flatMap(namesOf), ...places].join(" ; ");
}

/**
 * Builds the full-text index, the vocabulary for typos and the facet tables.
 * Costly (seconds for 100,000 articles): call it once per archive, through
 * `createSearch`, never per request.
 */
export function buildSearchIndex(archive: Archive): SearchIndex {
  const encoder = createFrenchEncoder();
  const document = new Document<IndexedArticle>({
    document: {
      id: "id",
      index: searchFields.map((field) => ({ field, encoder, tokenize: "strict" as const, resolution: fieldResolution[field] })),
    },
  });

  const documentFrequency = new Map<string, number>();
  const count = (text: string, seen: Set<string>) => {
    for (const word of words(text)) {
      if (word.length < 2 || seen.has(word) || stopWords.has(word) || /^\d+$/.test(word)) continue;
      seen.add(word);
      documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    }
  };

  archive.articles.forEach((article, id) => {
    const body = plainText(article.body);
    const entities = entityText(article);
    document.add({ id, title: article.title, summary: article.summary, entities, body });
    const seen = new Set<string>();
    count(article.title, seen);
    count(article.summary, seen);
    count(entities, seen);
    count(body, seen);
  });

  const { registry } = archive;
  const entityWordWeights = new Map<string, number>();
  for (const entity of [...registry.companies.values(), ...registry.countries.values(), ...registry.themes.values()]) {
    for (const word of namesOf(entity).flatMap((name) => words(name))) {
      if (word.length < 2 || stopWords.has(word)) continue;
      documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + entityNameWeight);
      entityWordWeights.set(word, documentFrequency.get(word)!);
    }
  }

  const facets = buildFacetTables(archive.articles, registry);
  const entityCounts = new Map<string, number>();
  const kinds = { companies: "company", countries: "country", themes: "theme" } as const;
  for (const kind of Object.keys(kinds) as (keyof typeof kinds)[]) {
    facets.slugs[kind].forEach((slug, position) => entityCounts.set(`${kinds[kind]}:${slug}`, facets.articlesOf[kind][position].length));
  }

  return {
    archive,
    document,
    vocabulary: buildVocabulary(documentFrequency),
    entityWords: buildVocabulary(entityWordWeights),
    facets,
    names: buildNameTable(registry),
    entityCounts,
  };
}

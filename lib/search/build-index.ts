import { type Archive, type VersionChange, derive } from "../archive/archive";
import { type EntityRef, namesOf } from "../model/entity-registry";
import { words } from "../text/text";
import { searchKinds } from "../entities/entity-kinds";
import { stopWords } from "./encoder";
import { buildNameTable } from "./entity-hits";
import { type FacetTables, buildFacetTables, patchFacetTables } from "./facets";
import { type LiveIndex, countedWordsOf } from "./live-index";
import { liveIndexFor } from "./live-search";
import { type Vocabulary, buildVocabulary } from "./typo";

export { searchFieldSpecs, searchFields } from "./live-index";

/** How much more an entity's own name weighs in the vocabulary than a word used by one article. */
const entityNameWeight = 1000;

/**
 * The search as one archive version sees it: the live full-text index (shared
 * by every version, updated in place) read through this version's positions,
 * with the tables that depend on the whole version (facets, vocabulary, entity
 * counts). Results are positions in `archive.articles`, newest first.
 */
export type SearchIndex = {
  archive: Archive;
  live: LiveIndex;
  /** Document id → position in `archive.articles`, -1 for a document this version does not hold. */
  positionOfDoc: Int32Array;
  vocabulary: Vocabulary;
  /** Only the words of entity names: a near miss of one ("telecom" for "Telekom") also searches it. */
  entityWords: Vocabulary;
  facets: FacetTables;
  /** Registry names keyed as queries are split ("sud africain"). */
  names: Map<string, EntityRef[]>;
  /** Articles per entity, keyed "company:huawei". */
  entityCounts: Map<string, number>;
};

/**
 * This version's view of the live index: a pass over the version's articles
 * and registry (no text is indexed again). Call it once per version.
 */
export function buildSearchIndex(archive: Archive, live: LiveIndex): SearchIndex {
  const positionOfDoc = new Int32Array(live.slugOfDoc.length).fill(-1);
  archive.articles.forEach((article, position) => {
    const id = live.docIdOf.get(article.slug);
    if (id !== undefined) positionOfDoc[id] = position;
  });

  const weights = new Map(live.documentFrequency);
  const { registry } = archive;
  const entityWordWeights = new Map<string, number>();
  for (const entity of [...registry.companies.values(), ...registry.countries.values(), ...registry.themes.values()]) {
    for (const word of namesOf(entity).flatMap((name) => words(name))) {
      if (word.length < 2 || stopWords.has(word)) continue;
      weights.set(word, (weights.get(word) ?? 0) + entityNameWeight);
      entityWordWeights.set(word, weights.get(word)!);
    }
  }

  const facets = buildFacetTables(archive.articles, registry);
  return {
    archive,
    live,
    positionOfDoc,
    vocabulary: buildVocabulary(weights),
    entityWords: buildVocabulary(entityWordWeights),
    facets,
    names: buildNameTable(registry),
    entityCounts: entityCountsOf(facets),
  };
}

function entityCountsOf(facets: FacetTables): Map<string, number> {
  const entityCounts = new Map<string, number>();
  for (const { kind, part } of searchKinds) {
    facets.slugs[part].forEach((slug, position) => entityCounts.set(`${kind}:${slug}`, facets.articlesOf[part][position].length));
  }
  return entityCounts;
}

/**
 * The next version's view from the previous one's, once the live index has
 * taken the changes (lib/publishing/publish.ts): positions moved, facet
 * tables patched, and the vocabularies moved by the changed articles' words
 * only. The registry is the same (a registry change builds a new archive).
 */
function patchSearchIndex(previous: SearchIndex, { changes, shift }: VersionChange, archive: Archive): SearchIndex | undefined {
  const { live } = previous;
  const positionOfDoc = new Int32Array(live.slugOfDoc.length).fill(-1);
  previous.positionOfDoc.forEach((position, id) => {
    if (position >= 0 && !shift.isRemoved(position)) positionOfDoc[id] = shift.moved(position);
  });
  for (const position of shift.inserted) {
    const id = live.docIdOf.get(archive.articles[position].slug);
    // Not in the live index: it was not updated for this version, so nothing here would be true of it.
    if (id === undefined) return undefined;
    positionOfDoc[id] = position;
  }
  const deltas = new Map<string, number>();
  for (const { before, after } of changes) {
    if (before) for (const word of countedWordsOf(before)) deltas.set(word, (deltas.get(word) ?? 0) - 1);
    if (after) for (const word of countedWordsOf(after)) deltas.set(word, (deltas.get(word) ?? 0) + 1);
  }
  const facets = patchFacetTables(previous.facets, shift, archive.articles);
  return {
    ...previous,
    archive,
    positionOfDoc,
    vocabulary: previous.vocabulary.withDeltas(deltas),
    // Entity words weigh their articles too (see buildSearchIndex); they are never forgotten.
    entityWords: previous.entityWords.withDeltas(new Map([...deltas].filter(([word]) => previous.entityWords.has(word)))),
    facets,
    entityCounts: entityCountsOf(facets),
  };
}

/** The search view of an archive version, built once (or patched from the previous version's) and kept with it. */
export function searchIndexOf(archive: Archive): SearchIndex {
  return derive(archive, "search-index", () => buildSearchIndex(archive, liveIndexFor(archive)), patchSearchIndex);
}

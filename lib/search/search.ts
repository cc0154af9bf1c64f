import { type Archive, getArchive } from "../archive";
import type { Article } from "../content/article";
import { articlePath, entityPath } from "../entities/entity-paths";
import type { EntityRef } from "../entities/entity-registry";
import { formatArchiveDate } from "../dates";
import { site } from "../site";
import { type QueryWord, queryWords } from "./encoder";
import { type SearchIndex, buildSearchIndex, fieldResolution, fieldWeights, searchFields } from "./build-index";
import { entityHit, findEntityRefs } from "./entity-hits";
import { type FacetFilter, countFacets, filteredIds, passesFilter } from "./facets";
import type { SearchParams } from "./search-params";
import type { EntityHit, SearchResponse, SearchResult } from "./search-response";
import { makeSnippet, plainText } from "./snippet";

export type { SearchParams } from "./search-params";
export type * from "./search-response";

export type SearchFunction = (params: SearchParams) => SearchResponse;

/** A query word as searched: what the reader typed, the indexed word it became (itself, its completion or its correction) and where it occurs. */
type ResolvedWord = QueryWord & { searched: string; hits: WordHits | undefined; entityWord?: string };

/** Articles holding a word (ids) with the best weighted score of each (same order). */
type WordHits = { ids: number[]; scores: Float32Array };

/** A match through a near-miss entity name counts less than the word itself. */
const nearEntityWeight = 0.5;

/**
 * Per-article scratch arrays, allocated once per index and left zeroed after
 * each use: scoring 100,000 articles is then array work with no allocation.
 * Safe because a search runs synchronously from start to end.
 */
type Scratch = { best: Float32Array; sum: Float32Array; count: Uint8Array };

/**
 * Where words occur, each with a weight: article id → best weighted score
 * over the fields (title, entity names, summary, body; an early position in
 * a field counts more).
 */
function wordHits(index: SearchIndex, scratch: Scratch, searched: { word: string; weight: number }[]): WordHits {
  const { best } = scratch;
  const touched: number[] = [];
  const limit = index.archive.articles.length;
  for (const { word, weight } of searched) {
    for (const field of searchFields) {
      const slots = index.document.search({ query: word, field, limit, resolve: false }).result;
      const resolution = fieldResolution[field];
      for (let slot = 0; slot < slots.length; slot++) {
        const ids = slots[slot] as number[] | undefined;
        if (!ids) continue;
        const value = weight * fieldWeights[field] * (1 - slot / (2 * resolution));
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i];
          if (best[id] === 0) touched.push(id);
          if (value > best[id]) best[id] = value;
        }
      }
    }
  }
  const scores = new Float32Array(touched.length);
  for (let i = 0; i < touched.length; i++) {
    scores[i] = best[touched[i]];
    best[touched[i]] = 0;
  }
  return { ids: touched, scores };
}

/**
 * Each query word with where it occurs; a word found nowhere is replaced by the
 * known word it most likely means: the completion of the word being typed
 * ("huaw" → "huawei"), else its nearest spelling ("huaweii" → "huawei").
 */
function resolveWords(index: SearchIndex, scratch: Scratch, query: QueryWord[]): ResolvedWord[] {
  return query.map((qw, i) => {
    const direct = wordHits(index, scratch, [{ word: qw.word, weight: 1 }]);
    if (direct.ids.length) {
      // "telecom" is a word of the texts, but readers also mean Deutsche Telekom by it.
      const entityWord = index.entityWords.has(qw.word) ? undefined : index.entityWords.correct(qw.word);
      if (!entityWord) return { ...qw, searched: qw.word, hits: direct };
      const hits = wordHits(index, scratch, [
        { word: qw.word, weight: 1 },
        { word: entityWord, weight: nearEntityWeight },
      ]);
      return { ...qw, searched: qw.word, hits, entityWord };
    }
    const candidates = [i === query.length - 1 ? index.vocabulary.complete(qw.word) : undefined, index.vocabulary.correct(qw.word)];
    for (const candidate of candidates) {
      if (!candidate) continue;
      const hits = wordHits(index, scratch, [{ word: candidate, weight: 1 }]);
      if (hits.ids.length) return { ...qw, searched: candidate, hits };
    }
    return { ...qw, searched: qw.word, hits: undefined };
  });
}

/** The articles holding every word, with their summed scores. */
function matchAll(scratch: Scratch, all: WordHits[]): WordHits {
  if (all.length === 1) return all[0];
  const { sum, count } = scratch;
  for (const hits of all) {
    for (let i = 0; i < hits.ids.length; i++) {
      sum[hits.ids[i]] += hits.scores[i];
      count[hits.ids[i]]++;
    }
  }
  const shortest = all.reduce((a, b) => (b.ids.length < a.ids.length ? b : a));
  const ids: number[] = [];
  const scores: number[] = [];
  for (const id of shortest.ids) {
    if (count[id] === all.length) {
      ids.push(id);
      scores.push(sum[id]);
    }
  }
  for (const hits of all) for (const id of hits.ids) (sum[id] = 0), (count[id] = 0);
  return { ids, scores: Float32Array.from(scores) };
}

/**
 * Moves the `k` smallest keys to the front of `keys` (in no order):
 * quickselect, linear on average.
 */
function selectSmallest(keys: Float64Array, k: number): void {
  let left = 0;
  let right = keys.length - 1;
  while (right > left) {
    const pivot = keys[(left + right) >>> 1];
    let i = left;
    let j = right;
    while (i <= j) {
      while (keys[i] < pivot) i++;
      while (keys[j] > pivot) j--;
      if (i <= j) {
        const t = keys[i];
        keys[i] = keys[j];
        keys[j] = t;
        i++;
        j--;
      }
    }
    if (k - 1 <= j) right = j;
    else if (k - 1 >= i) left = i;
    else return;
  }
}

/**
 * The first `count` ids in result order: by score, best first, ties newest
 * first (lower id); or, without scores, newest first. Packs (score, id) into
 * one number, selects the `count` best and sorts only those: a page of
 * 100,000 results costs a linear pass, not a full sort.
 */
function rankFirst(hits: { ids: number[]; scores?: Float32Array }, count: number): number[] {
  const idSpace = 2 ** 21; // ids below 2 million
  const keys = new Float64Array(hits.ids.length);
  for (let i = 0; i < keys.length; i++) {
    const quantized = hits.scores ? Math.min(999_999, Math.round(hits.scores[i] * 1000)) : 999_999;
    keys[i] = (999_999 - quantized) * idSpace + hits.ids[i];
  }
  const n = Math.min(count, keys.length);
  if (n < keys.length) selectSmallest(keys, n);
  const first = keys.subarray(0, n).sort();
  return Array.from(first, (key) => (key % idSpace) | 0);
}


/*
 * Plain text of the bodies shown recently: a result page's snippets come from
 * them, and popular results recur. Bounded (oldest dropped first).
 */
const plainBodies = new Map<Article, string>();
const PLAIN_BODIES_MAX = 2_000;

function plainBody(article: Article): string {
  // Keyed by the article itself: two archives in one process (tests, benchmarks) may share slugs.
  let text = plainBodies.get(article);
  if (text === undefined) {
    text = plainText(article.body);
    if (plainBodies.size >= PLAIN_BODIES_MAX) plainBodies.delete(plainBodies.keys().next().value!);
    plainBodies.set(article, text);
  }
  return text;
}

function toResult(article: Article, terms: string[], prefixes: string[]): SearchResult {
  const body = plainBody(article);
  let snippet = makeSnippet(body, terms, 220, prefixes);
  if (!snippet.some((p) => p.mark)) {
    const fromSummary = makeSnippet(article.summary, terms, 220, prefixes);
    if (fromSummary.some((p) => p.mark) || terms.length === 0) snippet = fromSummary;
  }
  return {
    slug: article.slug,
    href: articlePath(article.slug),
    title: article.title,
    date: { label: formatArchiveDate(article.date), value: article.date.value },
    source: article.source?.name,
    snippet,
    companies: article.companies.map((c) => ({ slug: c.slug, name: c.name, href: entityPath("company", c.slug) })),
    countries: [...new Map(article.countries.map(({ country }) => [country.slug, country])).values()].map((c) => ({
      slug: c.slug,
      name: c.name,
      href: entityPath("country", c.slug),
    })),
  };
}

const noFacets = { companies: [], countries: [], themes: [], years: [] };

/**
 * The search over one archive. Builds the index now (once), and returns the
 * function that answers each query from it.
 * @example const search = createSearch(buildArchive("tests/fixtures/search-content"));
 * search({ q: "securite", sort: "relevance", page: 1 }).total
 */
export function createSearch(archive: Archive): SearchFunction {
  const index = buildSearchIndex(archive);
  const { registry, articles } = archive;
  const { facets: tables } = index;

  const count = (ref: EntityRef) => index.entityCounts.get(`${ref.kind}:${ref.slug}`) ?? 0;
  const hitFor = (ref: EntityRef): EntityHit | undefined => {
    const hit = entityHit(registry, ref, count(ref));
    // Subsidiaries no article names have no page to link to.
    return hit && { ...hit, subsidiaries: hit.subsidiaries.filter((s) => count({ kind: "company", slug: s.slug }) > 0) };
  };

  const computePopular = (): EntityHit[] => {
    const top = (kind: EntityRef["kind"], slugs: Iterable<string>, n: number) =>
      [...slugs]
        .map((slug) => ({ kind, slug }))
        .sort((a, b) => (index.entityCounts.get(`${kind}:${b.slug}`) ?? 0) - (index.entityCounts.get(`${kind}:${a.slug}`) ?? 0))
        .slice(0, n);
    return [...top("company", registry.companies.keys(), 3), ...top("country", registry.countries.keys(), 2), ...top("theme", registry.themes.keys(), 2)]
      .map(hitFor)
      .filter((h): h is EntityHit => !!h && h.articleCount > 0);
  };

  const size = articles.length;
  const scratch: Scratch = { best: new Float32Array(size), sum: new Float32Array(size), count: new Uint8Array(size) };
  let popularHits: EntityHit[] | undefined;

  const nameOf = (kind: "companies" | "countries" | "themes", slug: string) => registry[kind].get(slug)?.name ?? slug;

  return function search(input: SearchParams): SearchResponse {
    const notices: string[] = [];
    const params: SearchParams = { q: input.q ?? "", sort: input.sort === "date" ? "date" : "relevance", page: Math.max(1, Math.floor(input.page) || 1) };

    // Filters: exact entity slugs or a year; unknown values are dropped, with a word to the reader.
    const filter: FacetFilter = {};
    const checks = [
      ["company", "companies", "L'entreprise"],
      ["country", "countries", "Le pays"],
      ["theme", "themes", "Le thème"],
    ] as const;
    for (const [param, kind, label] of checks) {
      const slug = input[param];
      if (!slug) continue;
      const position = tables.positions[kind].get(slug);
      if (position === undefined) notices.push(`${label} « ${slug} » n'existe pas dans les archives : ce filtre est ignoré.`);
      else {
        filter[kind] = position;
        params[param] = slug;
      }
    }
    if (input.year !== undefined) {
      if (tables.articlesOfYear.has(input.year)) {
        filter.year = input.year;
        params.year = input.year;
      } else notices.push(`Aucun article n'est daté de ${input.year} : le filtre par année est ignoré.`);
    }
    const hasFilter = Object.keys(filter).length > 0;

    const query = queryWords(params.q);
    if (params.q && query.length === 0 && !hasFilter) {
      notices.push("Les mots trop courants (le, la, des, en…) ne sont pas cherchés : précisez votre recherche.");
    }

    // Matching articles, with a relevance score when there is a query.
    let ids: number[];
    let scores: Float32Array | undefined;
    let suggestion: string | undefined;
    let resolved: ResolvedWord[] = [];
    if (query.length) {
      resolved = resolveWords(index, scratch, query);
      if (resolved.some((r) => r.searched !== r.word)) {
        const replaced = new Map(resolved.map((r) => [r.word, r.searched]));
        suggestion = params.q
          .split(" ")
          .map((token) => {
            const folded = queryWords(token);
            const replacement = folded.length === 1 ? replaced.get(folded[0].word) : undefined;
            return replacement && replacement !== folded[0].word ? replacement : token;
          })
          .join(" ");
      }
      const matched = resolved.every((r) => r.hits) ? matchAll(scratch, resolved.map((r) => r.hits!)) : { ids: [], scores: new Float32Array() };
      if (hasFilter) {
        const keep = matched.ids.map((id) => passesFilter(tables, id, filter));
        matched.scores = matched.scores.filter((_, i) => keep[i]);
        matched.ids = matched.ids.filter((_, i) => keep[i]);
      }
      ids = matched.ids;
      scores = params.sort === "relevance" ? matched.scores : undefined;
    } else {
      // ids follow the archive's order: newest first.
      ids = hasFilter ? filteredIds(tables, filter) : [];
    }

    const total = ids.length;
    const totalPages = Math.max(1, Math.ceil(total / site.pageSize));
    if (params.page > totalPages) {
      if (total > 0) notices.push(`La page ${params.page} n'existe pas : voici la dernière page (${totalPages}).`);
      params.page = totalPages;
    }
    const terms = resolved.map((r) => queryWords(r.searched)[0]?.term ?? r.term);
    // The word being typed also highlights words it begins ("clou" → "cloud", "clouds").
    const last = resolved[resolved.length - 1];
    const prefixes = last && last.searched !== last.word && last.searched.startsWith(last.word) ? [last.word] : [];
    const ranked = rankFirst({ ids, scores }, params.page * site.pageSize);
    const results = ranked
      .slice((params.page - 1) * site.pageSize, params.page * site.pageSize)
      .map((id) => toResult(articles[id], terms, prefixes));

    const nearNames = resolved.flatMap((r) => (r.entityWord ? [r.entityWord] : [])).join(" ");
    const refs = findEntityRefs(index.names, `${suggestion ?? params.q} ${nearNames}`);
    // An entity no article names has no page to link to.
    const entityHits = refs.map(hitFor).filter((h): h is EntityHit => !!h && h.articleCount > 0);

    return {
      params,
      results,
      total,
      page: params.page,
      totalPages,
      facets: total > 0 || hasFilter ? countFacets(tables, ids, filter, nameOf) : noFacets,
      entityHits,
      suggestion,
      notices,
      popular: total === 0 ? (popularHits ??= computePopular()) : [],
    };
  };
}

/*
 * On globalThis, like the archive: the results page, /api/search and the
 * start-up warm-up are separate bundles but must share one index per process.
 */
const holder = globalThis as typeof globalThis & { __archivesDuCloudSearches?: WeakMap<Archive, SearchFunction> };
const searches = (holder.__archivesDuCloudSearches ??= new WeakMap<Archive, SearchFunction>());

/** The search for an archive, built on first use and kept as long as the archive. */
export function searchFor(archive: Archive): SearchFunction {
  let fn = searches.get(archive);
  if (!fn) {
    fn = createSearch(archive);
    searches.set(archive, fn);
  }
  return fn;
}

/**
 * Searches the site's archive: the one function the results page and
 * /api/search call. Never throws on what a reader types.
 */
export function search(params: SearchParams): SearchResponse {
  return searchFor(getArchive())(params);
}

/**
 * An answer with nothing in it, for when the search itself failed: the reader
 * gets a normal page with an apology rather than a server error.
 */
export function emptyResponse(params: SearchParams, notice: string): SearchResponse {
  return { params, results: [], total: 0, page: 1, totalPages: 1, facets: noFacets, entityHits: [], notices: [notice], popular: [] };
}

export const searchFailedNotice = "La recherche a rencontré un problème : réessayez dans un instant.";

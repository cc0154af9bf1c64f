import { type Archive, derive, getArchive } from "../archive/archive";
import type { EntityRef } from "../model/entity-registry";
import { site } from "../site/site";
import { queryWords } from "./encoder";
import { buildSearchIndex, searchIndexOf } from "./build-index";
import { type Matches, type ResolvedWord, coverageUnit, createScratch, matchWords, maxQueryWords, resolveWords } from "./match";
import { missingWords, suggestionFor, toResult } from "./present";
import { rankFirst } from "./rank";
import { type LiveIndex, buildLiveIndex } from "./live-index";
import { entityHit, findEntityRefs } from "./entity-hits";
import { countFacets, filteredIds, passesFilter } from "./facets";
import { applyFilters } from "./filters";
import type { SearchParams } from "./search-params";
import type { EntityHit, Facets, SearchPart, SearchResponse } from "./search-response";
import { searchKinds } from "../entities/entity-kinds";

export type { SearchParams } from "./search-params";
export type * from "./search-response";

export type SearchFunction = (params: SearchParams) => SearchResponse;

const noFacets: Facets = { ...(Object.fromEntries(searchKinds.map(({ part }) => [part, []])) as Record<SearchPart, []>), years: [] };

/**
 * The search over one archive. Builds the index now (once), and returns the
 * function that answers each query from it.
 * @example const search = createSearch(buildArchive("tests/fixtures/search-content"));
 * search({ q: "securite", sort: "relevance", page: 1 }).total
 */
export function createSearch(archive: Archive, live: LiveIndex = buildLiveIndex(archive.articles), index = buildSearchIndex(archive, live)): SearchFunction {
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
    return searchKinds
      .flatMap(({ kind, part, popular }) => top(kind, registry[part].keys(), popular))
      .map(hitFor)
      .filter((h): h is EntityHit => !!h && h.articleCount > 0);
  };

  const size = articles.length;
  const scratch = createScratch(size);
  let popularHits: EntityHit[] | undefined;

  const nameOf = (kind: SearchPart, slug: string) => registry[kind].get(slug)?.name ?? slug;

  return function search(input: SearchParams): SearchResponse {
    const { params, filter, notices } = applyFilters(input, tables);
    const hasFilter = Object.keys(filter).length > 0;

    let query = queryWords(params.q);
    if (params.q && query.length === 0 && !hasFilter) {
      notices.push("Les mots trop courants (le, la, des, en…) ne sont pas cherchés\u00a0: précisez votre recherche.");
    }
    if (query.length > maxQueryWords) {
      query = query.slice(0, maxQueryWords);
      notices.push(`Seuls les ${maxQueryWords} premiers mots de votre recherche ont été cherchés.`);
    }

    // Matching articles, with a relevance score when there is a query.
    let ids: number[];
    let scores: Float32Array | undefined;
    let masks: Uint32Array | undefined;
    let complete: number | undefined;
    let suggestion: string | undefined;
    let resolved: ResolvedWord[] = [];
    if (query.length) {
      resolved = resolveWords(index, scratch, query, params.exact);
      suggestion = suggestionFor(params.q, resolved);
      let matched: Matches = matchWords(scratch, resolved.map((r) => r.hits), size);
      if (hasFilter) matched = keepFiltered(matched, (id) => passesFilter(tables, id, filter));
      ids = matched.ids;
      masks = matched.masks;
      complete = matched.complete;
      // By date: articles holding more of the words still come first, then newest first.
      scores = params.sort === "relevance" ? matched.scores : matched.scores.map((score) => Math.floor(score / coverageUnit) * coverageUnit);
    } else {
      // ids follow the archive's order: newest first.
      ids = hasFilter ? filteredIds(tables, filter) : [];
    }

    const total = ids.length;
    const totalPages = Math.max(1, Math.ceil(total / site.pageSize));
    if (params.page > totalPages) {
      if (total > 0) notices.push(`La page ${params.page} n’existe pas\u00a0: voici la dernière page (${totalPages}).`);
      params.page = totalPages;
    }
    const terms = resolved.map((r) => queryWords(r.searched)[0]?.term ?? r.term);
    // The word being typed also highlights words it begins ("clou" → "cloud", "clouds").
    const last = resolved[resolved.length - 1];
    const prefixes = last && last.searched !== last.word && last.searched.startsWith(last.word) ? [last.word] : [];
    const shown = rankFirst({ ids, scores }, params.page * site.pageSize).slice((params.page - 1) * site.pageSize);
    const maskOf = masks && masksOf(shown, ids, masks);
    const results = shown.map((id) => {
      const result = toResult(articles[id], terms, prefixes);
      const missing = maskOf ? missingWords(params.q, resolved, maskOf.get(id)!) : [];
      return missing.length ? { ...result, missing } : result;
    });

    const nearNames = resolved.flatMap((r) => (r.entityWord ? [r.entityWord] : [])).join(" ");
    const refs = findEntityRefs(index.names, `${suggestion ?? params.q} ${nearNames}`);
    // An entity no article names has no page to link to.
    const entityHits = refs.map(hitFor).filter((h): h is EntityHit => !!h && h.articleCount > 0);

    return {
      params,
      results,
      total,
      ...(complete !== undefined && complete < total ? { complete } : {}),
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

/** The masks of the few articles shown, in one pass over the matches (no map of them all). */
function masksOf(shown: number[], ids: number[], masks: Uint32Array): Map<number, number> {
  const wanted = new Set(shown);
  const found = new Map<number, number>();
  for (let i = 0; i < ids.length && found.size < wanted.size; i++) if (wanted.has(ids[i])) found.set(ids[i], masks[i]);
  return found;
}

/** The matches that pass a filter, their scores and masks kept in step. */
function keepFiltered(matched: Matches, passes: (id: number) => boolean): Matches {
  const keep = matched.ids.map(passes);
  const masks = matched.masks.filter((_, i) => keep[i]);
  return {
    ids: matched.ids.filter((_, i) => keep[i]),
    scores: matched.scores.filter((_, i) => keep[i]),
    masks,
    full: matched.full,
    complete: masks.reduce((n, mask) => n + (mask === matched.full ? 1 : 0), 0),
  };
}

/**
 * The search of an archive version, built on first use and kept with the
 * version, over the process's live index (lib/search/live-search.ts).
 */
export function searchFor(archive: Archive): SearchFunction {
  return derive(archive, "search", () => {
    const index = searchIndexOf(archive);
    return createSearch(archive, index.live, index);
  });
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

export const searchFailedNotice = "La recherche a rencontré un problème\u00a0: réessayez dans un instant.";

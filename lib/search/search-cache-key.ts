/**
 * Well-formed searches are cached as pages: proxy.ts turns `/recherche?…` into
 * `/recherche/resultats/<segment>`, where the segment is the search's canonical
 * query string in base64url (no escaping to get wrong on the way through the
 * router); the cached route turns the segment back into parameters.
 */
import { parseSearchParams, rawSearchParams, type SearchParams, searchUrl } from "./search-params";

const cachedBase = "/recherche/resultats";
/**
 * Longer searches are rendered per request, not cached: they are rare, and a
 * cache key may become a file name (255 bytes at most once in base64url).
 */
const maxKeyLength = 180;

/** A search's parameters and canonical query string, unless they need a notice or are too long. */
function canonical(query: URLSearchParams): { params: SearchParams; key: string } | undefined {
  const { params, notices } = parseSearchParams(rawSearchParams(query));
  if (notices.length) return undefined;
  const key = searchUrl(params).replace(/^\/recherche\??/, "");
  return key.length <= maxKeyLength ? { params, key } : undefined;
}

/** The empty search (no query, no filter) needs a segment a path can carry. */
const segmentOf = (key: string) => Buffer.from(key).toString("base64url") || "tout";

/**
 * The canonical query string of a search URL's parameters ("" for the empty
 * search), or undefined when they need a correction the reader must be told
 * about (a notice) or are too long. Unknown parameters (utm_source…) are
 * ignored, as on the page.
 * @example searchCacheKey(new URLSearchParams("q=cloud public&entreprise=alibaba")) // "q=cloud+public&entreprise=alibaba"
 */
export function searchCacheKey(query: URLSearchParams): string | undefined {
  return canonical(query)?.key;
}

/** Where the cached page of a search lives, if it can be cached. */
export function cachedSearchPath(query: URLSearchParams): string | undefined {
  const found = canonical(query);
  return found && `${cachedBase}/${segmentOf(found.key)}`;
}

/** The parameters a cached page's segment stands for; undefined for any segment proxy.ts would not produce. */
export function paramsFromCachedSegment(segment: string): SearchParams | undefined {
  const found = canonical(new URLSearchParams(segment === "tout" ? "" : Buffer.from(segment, "base64url").toString()));
  return found && segmentOf(found.key) === segment ? found.params : undefined;
}

/**
 * Well-formed searches are cached as pages: proxy.ts turns `/recherche?…` into
 * `/recherche/resultats/<segment>`, where the segment is the search's canonical
 * query string in base64url (no escaping to get wrong on the way through the
 * router); the cached route turns the segment back into parameters.
 */
import { parseSearchParams, type SearchParams, searchUrl } from "./search-params";

const cachedBase = "/recherche/resultats";
/**
 * Longer searches are rendered per request, not cached: they are rare, and a
 * cache key may become a file name (255 bytes at most once in base64url).
 */
const maxKeyLength = 180;

function rawParams(query: URLSearchParams): Record<string, string[]> {
  const raw: Record<string, string[]> = {};
  for (const [name, value] of query) (raw[name] ??= []).push(value);
  return raw;
}

/**
 * The canonical query string of a search URL's parameters ("" for the empty
 * search), or undefined when they need a correction the reader must be told
 * about (a notice) or are too long. Unknown parameters (utm_source…) are
 * ignored, as on the page.
 * @example searchCacheKey(new URLSearchParams("q=cloud public&entreprise=alibaba")) // "q=cloud+public&entreprise=alibaba"
 */
export function searchCacheKey(query: URLSearchParams): string | undefined {
  const { params, notices } = parseSearchParams(rawParams(query));
  if (notices.length) return undefined;
  const key = searchUrl(params).replace(/^\/recherche\??/, "");
  return key.length <= maxKeyLength ? key : undefined;
}

/** Where the cached page of a search lives, if it can be cached. */
export function cachedSearchPath(query: URLSearchParams): string | undefined {
  const key = searchCacheKey(query);
  return key === undefined ? undefined : `${cachedBase}/${Buffer.from(key).toString("base64url") || "tout"}`;
}

/** The parameters a cached page's segment stands for; undefined for any segment proxy.ts would not produce. */
export function paramsFromCachedSegment(segment: string): SearchParams | undefined {
  const key = segment === "tout" ? "" : Buffer.from(segment, "base64url").toString();
  const query = new URLSearchParams(key);
  if (cachedSearchPath(query) !== `${cachedBase}/${segment}`) return undefined;
  return parseSearchParams(rawParams(query)).params;
}

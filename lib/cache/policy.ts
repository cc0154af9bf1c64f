/**
 * How long a page may be reused, in one place (seconds). The archive tells
 * Next when something changed (revalidateTag on publication), so these bounds
 * only matter for caches that cannot hear it: a CDN or a browser may keep a
 * page at most `revalidate`, then serve it stale while refreshing until
 * `expire` — never more than an hour in all, so a correction reaches every
 * reader within the hour even without a purge.
 */
export const archiveCacheLife = {
  /** Browser/router reuse without asking. */
  stale: 60,
  /** Shared caches (`s-maxage`) and the server's background refresh. */
  revalidate: 300,
  /** Nothing older than this is served, by anyone. */
  expire: 3600,
} as const;

/** The profile name pages and route handlers pass to `cacheLife()`. */
export const archiveProfile = "archive";

/**
 * Answers that must never be kept: errors, every 404 (a new article must
 * never be hidden by a cached one: lib/server/response-guard.ts), searches
 * (results change with each publication) and the health endpoint.
 */
export const noStore = "no-store";

/*
 * The server's process-wide values, every one named here. Next bundles
 * routes, route handlers, instrumentation and the cache handlers separately,
 * so a module-level variable could exist once per bundle: each value lives on
 * globalThis instead, under a Symbol.for key that every bundle finds.
 */
const keys = {
  /** The current version of the archive (lib/archive/archive.ts). */
  archive: "archives-du-cloud.archive",
  /** How the archive loaded at start compares with the build's (lib/archive/archive.ts). */
  archiveStart: "archives-du-cloud.archive-start",
  /** The live search index and the content directory it indexes (lib/search/live-search.ts). */
  liveIndex: "archives-du-cloud.live-index",
  /** Whether the start is done, for the health check (lib/server/readiness.ts). */
  ready: "archives-du-cloud.ready",
  /** The Redis connection and its breaker: set by lib/cache/handlers/redis-store.mjs, which Next loads as plain JavaScript and so writes this key itself. */
  sharedCache: "archives-du-cloud.redis-cache",
} as const;

type Slot<T> = { get: () => T | undefined; set: (value: T | undefined) => void };

/**
 * One process-wide value, read and written by whichever bundle asks.
 * @example const ready = processSlot<boolean>("ready"); ready.set(true); ready.get() // true
 */
export function processSlot<T>(name: keyof typeof keys): Slot<T> {
  const key = Symbol.for(keys[name]);
  const holder = globalThis as typeof globalThis & Record<symbol, T | undefined>;
  return { get: () => holder[key], set: (value) => void (holder[key] = value) };
}

/*
 * The shared cache as the rest of the server sees it. Its connection and
 * circuit breaker live in lib/cache/handlers/redis-store.mjs, which Next
 * loads outside the app's bundles: they meet on globalThis.
 */

type SharedCache = { breaker: { state: string }; close: () => Promise<void> };

const key = Symbol.for("archives-du-cloud.redis-cache");
const shared = () => (globalThis as typeof globalThis & { [key]?: SharedCache })[key];

/** "up": pages are shared through Redis; "down": REDIS_URL is set but Redis is unreachable (pages are served without it); "off": no REDIS_URL. */
export type SharedCacheState = "up" | "down" | "off";

export function sharedCacheState(): SharedCacheState {
  if (!process.env.REDIS_URL) return "off";
  return shared()?.breaker.state === "up" ? "up" : "down";
}

/** Closes the Redis connection (commands under way get their answers); afterwards the caches answer from this process. */
export async function closeSharedCache(): Promise<void> {
  await shared()?.close();
}

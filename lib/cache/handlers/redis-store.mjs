// @ts-check
/*
 * What the two cache handlers share when REDIS_URL is set: one Redis
 * connection per process, key names, and the tag store that makes an
 * invalidation by one instance valid for all. Plain JavaScript: Next loads
 * cache handlers at run time from their path, outside its bundles.
 */
import { createClient } from "redis";

/** Keys of this archive in a Redis that may serve other things. */
export const prefix = process.env.REDIS_PREFIX ?? "archives-du-cloud:";
/** Hash: tag → time (ms) from which entries carrying it are expired. */
const expiredKey = `${prefix}tags:expired`;
/** Hash: tag → time (ms) from which entries carrying it are stale (served while refreshed). */
const staleKey = `${prefix}tags:stale`;

const holder = /** @type {typeof globalThis & { __archiveRedis?: Promise<import("redis").RedisClientType | undefined> }} */ (globalThis);
let warned = false;

/** Says once, not per request, that Redis cannot be reached; the caches then miss and pages render. */
export function warnOnce(error) {
  if (warned) return;
  warned = true;
  console.error(`Cache Redis injoignable (${process.env.REDIS_URL}) : les pages sont rendues sans cache partagé.`, error?.message ?? error);
}

/** The process's Redis client, connected on first use; undefined when it cannot connect. */
export function redis() {
  holder.__archiveRedis ??= (async () => {
    const client = createClient({ url: process.env.REDIS_URL, socket: { reconnectStrategy: (retries) => Math.min(retries * 100, 2000) } });
    client.on("error", warnOnce);
    try {
      await client.connect();
      return /** @type {import("redis").RedisClientType} */ (/** @type {unknown} */ (client));
    } catch (error) {
      warnOnce(error);
      holder.__archiveRedis = undefined;
      return undefined;
    }
  })();
  return holder.__archiveRedis;
}

/**
 * Records an invalidation. Without durations the tags expire now; with
 * `durations.expire` they go stale now and expire that many seconds later.
 * @param {string[]} tags
 * @param {{ expire?: number }} [durations]
 */
export async function invalidateTags(tags, durations) {
  const client = await redis();
  if (!client || tags.length === 0) return;
  const now = Date.now();
  const multi = client.multi();
  for (const tag of tags) {
    if (durations) {
      multi.hSet(staleKey, tag, String(now));
      if (durations.expire !== undefined) multi.hSet(expiredKey, tag, String(now + durations.expire * 1000));
    } else {
      multi.hSet(expiredKey, tag, String(now));
    }
  }
  await multi.exec();
}

/**
 * How an entry written at `timestamp` stands against the invalidations of
 * its tags: "expired" (never serve it), "stale" (serve and refresh) or "fresh".
 * @param {string[]} tags
 * @param {number} timestamp
 * @returns {Promise<"expired" | "stale" | "fresh">}
 */
export async function tagState(tags, timestamp) {
  const client = await redis();
  if (!client || tags.length === 0) return "fresh";
  const [expired, stale] = await Promise.all([client.hmGet(expiredKey, tags), client.hmGet(staleKey, tags)]);
  const now = Date.now();
  if (expired.some((t) => t !== null && Number(t) > timestamp && Number(t) <= now)) return "expired";
  if (stale.some((t) => t !== null && Number(t) > timestamp)) return "stale";
  return "fresh";
}

/**
 * The latest expiry among tags that already took effect (0 if none), for
 * Next's check of soft tags.
 * @param {string[]} tags
 */
export async function latestExpiry(tags) {
  const client = await redis();
  if (!client || tags.length === 0) return 0;
  const now = Date.now();
  return Math.max(0, ...(await client.hmGet(expiredKey, tags)).map((t) => (t !== null && Number(t) <= now ? Number(t) : 0)));
}

// @ts-check
/*
 * The handler of `"use cache"` entries (next.config.ts `cacheHandlers.default`).
 * With REDIS_URL set, entries and tag invalidations live in Redis, shared by
 * every instance; without it, Next's own bounded in-memory handler serves,
 * so `npm start` alone needs no Redis. Decided when the server starts, not at
 * build time: one build runs either way.
 */
import { createDefaultCacheHandler } from "next/dist/server/lib/cache-handlers/default.js";
import { invalidateTags, latestExpiry, prefix, redis, tagState, warnOnce } from "./redis-store.mjs";

/** @typedef {import("next/dist/server/lib/cache-handlers/types").CacheHandler} CacheHandler */

const entryKey = (cacheKey) => `${prefix}use-cache:${cacheKey}`;

/** @param {Uint8Array} bytes */
const streamOf = (bytes) =>
  new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

/** @type {CacheHandler} */
const redisHandler = {
  async get(cacheKey, softTags) {
    try {
      const client = await redis();
      if (!client) return undefined;
      const stored = await client.get(entryKey(cacheKey));
      if (!stored) return undefined;
      const { value, ...entry } = JSON.parse(stored);
      // The entry's own tags must be checked here, or an invalidation never reaches it (vercel/next.js#95442).
      const state = await tagState([...entry.tags, ...softTags], entry.timestamp);
      if (state === "expired") return undefined;
      return { ...entry, ...(state === "stale" ? { revalidate: -1 } : {}), value: streamOf(Buffer.from(value, "base64")) };
    } catch (error) {
      warnOnce(error);
      return undefined;
    }
  },
  async set(cacheKey, pendingEntry) {
    try {
      const entry = await pendingEntry;
      const bytes = Buffer.from(await new Response(entry.value).arrayBuffer());
      const client = await redis();
      if (!client) return;
      const { value: _stream, ...meta } = entry;
      // Kept until its expiry: Redis drops it then, and its maxmemory policy evicts the least used first.
      await client.set(entryKey(cacheKey), JSON.stringify({ ...meta, value: bytes.toString("base64") }), {
        expiration: { type: "EX", value: Math.max(1, Math.min(entry.expire, 60 * 60 * 24 * 30)) },
      });
    } catch (error) {
      warnOnce(error);
    }
  },
  async refreshTags() {
    // Tags are read from Redis with each entry: nothing to sync ahead.
  },
  async getExpiration(tags) {
    try {
      return await latestExpiry(tags);
    } catch (error) {
      warnOnce(error);
      return 0;
    }
  },
  async updateTags(tags, durations) {
    try {
      await invalidateTags(tags, durations);
    } catch (error) {
      warnOnce(error);
    }
  },
};

const maxMemory = Number(process.env.USE_CACHE_MAX_MEMORY ?? 64 * 1024 * 1024);

/** @type {CacheHandler} */
const handler = process.env.REDIS_URL ? redisHandler : createDefaultCacheHandler(maxMemory);
export default handler;

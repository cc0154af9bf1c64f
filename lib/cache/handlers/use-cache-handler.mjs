// @ts-check
/*
 * The handler of `"use cache"` entries (next.config.ts `cacheHandlers.default`).
 * With REDIS_URL set, entries and tag invalidations live in Redis, shared by
 * every instance; without it, Next's own bounded in-memory handler serves,
 * so `npm start` alone needs no Redis. Decided when the server starts, not at
 * build time: one build runs either way. While Redis is unreachable, the
 * in-memory handler serves what this process last read or wrote
 * (./redis-store.mjs, decision 017).
 */
import { createDefaultCacheHandler } from "next/dist/server/lib/cache-handlers/default.js";
import { available, invalidateTags, latestExpiry, prefix, report, tagState } from "./redis-store.mjs";

/** @typedef {import("next/dist/server/lib/cache-handlers/types").CacheHandler} CacheHandler */

const entryKey = (cacheKey) => `${prefix}use-cache:${cacheKey}`;
const maxMemory = Number(process.env.USE_CACHE_MAX_MEMORY ?? 64 * 1024 * 1024);

/**
 * This process's copy of the entries it read from or wrote to Redis (bounded,
 * least used first out): while Redis is away they are served from here,
 * checked against this process's invalidations, instead of computed again.
 */
const local = createDefaultCacheHandler(maxMemory);

/** @param {Uint8Array} bytes */
const streamOf = (bytes) =>
  new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

/** Keeps a copy of an entry in this process, for the time Redis may be away. */
const mirror = (cacheKey, entry, bytes) => local.set(cacheKey, Promise.resolve({ ...entry, value: streamOf(bytes) }));

/** @type {CacheHandler} */
const redisHandler = {
  async get(cacheKey, softTags) {
    const client = available();
    if (!client) return local.get(cacheKey, softTags);
    try {
      const stored = await client.get(entryKey(cacheKey));
      if (!stored) {
        report();
        return undefined;
      }
      const { value, ...entry } = JSON.parse(stored);
      // The entry's own tags must be checked here, or an invalidation never reaches it (vercel/next.js#95442).
      const state = await tagState(client, [...entry.tags, ...softTags], entry.timestamp);
      report();
      if (state === "expired") return undefined;
      const bytes = Buffer.from(value, "base64");
      if (state === "fresh") await mirror(cacheKey, entry, bytes);
      return { ...entry, ...(state === "stale" ? { revalidate: -1 } : {}), value: streamOf(bytes) };
    } catch (error) {
      report(error);
      return undefined;
    }
  },
  async set(cacheKey, pendingEntry) {
    if (!available()) return local.set(cacheKey, pendingEntry);
    let entry, bytes;
    try {
      entry = await pendingEntry;
      bytes = Buffer.from(await new Response(entry.value).arrayBuffer());
    } catch {
      // The render failed: nothing to keep (Next's own handler does the same).
      return;
    }
    const { value: _stream, ...meta } = entry;
    await mirror(cacheKey, meta, bytes);
    // Rendering took time: Redis may have gone meanwhile.
    const client = available();
    if (!client) return;
    try {
      // Kept until its expiry: Redis drops it then, and its maxmemory policy evicts the least used first.
      await client.set(entryKey(cacheKey), JSON.stringify({ ...meta, value: bytes.toString("base64") }), {
        expiration: { type: "EX", value: Math.max(1, Math.min(entry.expire, 60 * 60 * 24 * 30)) },
      });
      report();
    } catch (error) {
      report(error);
    }
  },
  async refreshTags() {
    // Tags are read from Redis with each entry: nothing to sync ahead.
  },
  async getExpiration(tags) {
    const inProcess = await local.getExpiration(tags);
    const client = available();
    if (!client) return inProcess;
    try {
      const shared = await latestExpiry(client, tags);
      report();
      return Math.max(shared, inProcess);
    } catch (error) {
      report(error);
      return inProcess;
    }
  },
  updateTags(tags, durations) {
    // In this process (Next's tag manifest, which the in-memory handler reads) and in Redis, now or on its return.
    return invalidateTags(tags, durations);
  },
};

/** @type {CacheHandler} */
const handler = process.env.REDIS_URL ? redisHandler : createDefaultCacheHandler(maxMemory);
export default handler;

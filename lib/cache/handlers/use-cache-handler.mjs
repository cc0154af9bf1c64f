// @ts-check
/*
 * The handler of `"use cache"` entries (next.config.ts `cacheHandlers.default`).
 * With REDIS_URL set, entries and tag invalidations live in Redis, shared by
 * every instance; without it, Next's own bounded in-memory handler serves,
 * so `npm start` alone needs no Redis. Decided when the server starts, not at
 * build time: one build runs either way. While Redis is unreachable, the
 * in-memory handler serves too (./redis-store.mjs, decision 013).
 */
import { createDefaultCacheHandler } from "next/dist/server/lib/cache-handlers/default.js";
import { available, invalidateTags, latestExpiry, prefix, report, tagState } from "./redis-store.mjs";

/** @typedef {import("next/dist/server/lib/cache-handlers/types").CacheHandler} CacheHandler */

const entryKey = (cacheKey) => `${prefix}use-cache:${cacheKey}`;
const maxMemory = Number(process.env.USE_CACHE_MAX_MEMORY ?? 64 * 1024 * 1024);

/**
 * Entries kept in this process while Redis is away. Emptied when Redis is
 * back: it is not read then, and by the next outage other instances may
 * have invalidated what it holds.
 */
let local = createDefaultCacheHandler(maxMemory);
let localInUse = false;

/** The in-memory handler, while Redis cannot be used. */
function offline() {
  localInUse = true;
  return local;
}

/** Redis when it may be used now; the first call after an outage drops what was kept meanwhile. */
function online() {
  const client = available();
  if (client && localInUse) {
    local = createDefaultCacheHandler(maxMemory);
    localInUse = false;
  }
  return client;
}

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
    const client = online();
    if (!client) return offline().get(cacheKey, softTags);
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
      return { ...entry, ...(state === "stale" ? { revalidate: -1 } : {}), value: streamOf(Buffer.from(value, "base64")) };
    } catch (error) {
      report(error);
      return undefined;
    }
  },
  async set(cacheKey, pendingEntry) {
    if (!online()) return offline().set(cacheKey, pendingEntry);
    try {
      const entry = await pendingEntry;
      const bytes = Buffer.from(await new Response(entry.value).arrayBuffer());
      // Rendering took time: Redis may have gone meanwhile.
      const client = available();
      if (!client) return;
      const { value: _stream, ...meta } = entry;
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
    const client = online();
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

// @ts-check
/*
 * The handler of whole responses, pages and route handlers (next.config.ts
 * `cacheHandler`). With REDIS_URL set, responses live in Redis, so a page
 * rendered by one instance is served by the others, and the tag store is the
 * one `"use cache"` entries use (./redis-store.mjs), so an invalidation by
 * one instance reaches every instance's responses. Without REDIS_URL, Next's
 * own file-system cache with its bounded memory LRU serves, as if no handler
 * were set. Decided when the server starts, not at build time.
 */
import fileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import tagsManifestModule from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { available, invalidateTags, invalidatedSince, prefix, report, tagState } from "./redis-store.mjs";

// Node hands over the CommonJS exports object, a bundler its `default` export: accept both.
const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;
/** The invalidations the file-system cache records in this process: tag → { expired } (ms). */
const { tagsManifest } = tagsManifestModule.default ?? tagsManifestModule;

/**
 * A response written this soon after one of its tags was invalidated may
 * have been rendered from the archive version before the publication: the
 * cache stamps a response when it is written, not when its render began, so
 * such a page would pass for current (the route-cache race of decision 008).
 * It is not stored: the next request renders it again. Longer than any render.
 */
const settleMs = 10_000;

/** Buffers and Maps (rendered RSC, prefetch segments) survive JSON as tagged objects. */
function encode(value) {
  return JSON.stringify(value, function (key, item) {
    const raw = this[key];
    if (Buffer.isBuffer(raw)) return { __buffer: raw.toString("base64") };
    if (raw instanceof Map) return { __map: [...raw.entries()] };
    return item;
  });
}

function decode(text) {
  return JSON.parse(text, (_key, item) => {
    if (item && typeof item === "object") {
      if (typeof item.__buffer === "string") return Buffer.from(item.__buffer, "base64");
      if (Array.isArray(item.__map)) return new Map(item.__map);
    }
    return item;
  });
}

/** Tags a cached response carries, in the header Next writes them to. */
const tagsOf = (value) => {
  const header = value?.headers?.["x-next-cache-tags"];
  return typeof header === "string" ? header.split(",") : [];
};

/** Longest a response is kept in Redis whatever its cache life says (seconds). */
const maxTtl = 60 * 60 * 24;

class RedisRouteCache {
  /**
   * @param {unknown} ctx Next's cache context. Its file-system cache holds the
   * build's own output (the prerendered pages and the shells of pages rendered
   * on demand exist only there until an instance stores a newer version in
   * Redis) and, in its bounded memory, a copy of what this process read from
   * or wrote to Redis: while Redis is away, pages are served from there,
   * checked against this process's invalidations, instead of rendered again.
   */
  constructor(ctx) {
    this.build = new FileSystemCache(ctx);
  }

  async get(cacheKey, ctx) {
    const client = available();
    if (!client) return this.build.get(cacheKey, ctx);
    try {
      const stored = await client.get(`${prefix}route:${cacheKey}`);
      const entry = stored ? decode(stored) : await this.build.get(cacheKey, ctx);
      if (!entry) {
        report();
        return null;
      }
      const softTags = Array.isArray(ctx?.softTags) ? ctx.softTags : [];
      const state = await tagState(client, [...tagsOf(entry.value), ...softTags], entry.lastModified);
      report();
      // Expired or stale alike: render now rather than serve a page a publication has replaced.
      if (state !== "fresh") return null;
      if (stored) await this.build.set(cacheKey, entry.value, { cacheControl: entry.cacheControl });
      return entry;
    } catch (error) {
      report(error);
      return null;
    }
  }

  async set(cacheKey, data, ctx) {
    await this.build.set(cacheKey, data, ctx);
    const client = available();
    if (!client) return;
    try {
      const key = `${prefix}route:${cacheKey}`;
      if (!data) {
        await client.del(key);
        return;
      }
      const expire = ctx?.cacheControl?.expire;
      const ttl = Math.max(1, Math.min(typeof expire === "number" ? expire : maxTtl, maxTtl));
      await client.set(key, encode({ lastModified: Date.now(), value: data, cacheControl: ctx?.cacheControl }), { expiration: { type: "EX", value: ttl } });
      report();
    } catch (error) {
      report(error);
    }
  }

  revalidateTag(tags, durations) {
    // In this process (the build's pages are checked against it) and in Redis, now or on its return.
    return invalidateTags(Array.isArray(tags) ? tags : [tags], durations);
  }

  resetRequestCache() {}
}

/** Whether a tag was invalidated since `time`, in this process's store or the shared one. */
async function recentlyInvalidated(tags, time) {
  if (process.env.REDIS_URL) return invalidatedSince(tags, time);
  return tags.some((tag) => (tagsManifest.get(tag)?.expired ?? 0) >= time);
}

export default class RouteCacheHandler {
  constructor(ctx) {
    this.store = process.env.REDIS_URL ? new RedisRouteCache(ctx) : new FileSystemCache(ctx);
  }
  get(cacheKey, ctx) {
    return this.store.get(cacheKey, ctx);
  }
  async set(cacheKey, data, ctx) {
    const tags = tagsOf(data);
    if (tags.length && (await recentlyInvalidated(tags, Date.now() - settleMs))) return;
    return this.store.set(cacheKey, data, ctx);
  }
  revalidateTag(tags, durations) {
    return this.store.revalidateTag(tags, durations);
  }
  resetRequestCache() {
    this.store.resetRequestCache?.();
  }
}

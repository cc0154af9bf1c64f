// @ts-check
/*
 * What the two cache handlers share when REDIS_URL is set: one Redis
 * connection per process behind a circuit breaker, key names, and the tag
 * store that makes an invalidation by one instance valid for all. Plain
 * JavaScript: Next loads cache handlers at run time from their path, outside
 * its bundles.
 *
 * Redis is an accelerator, never a dependency (decision 017): every command
 * gives up after 100 ms (./redis-commands.mjs), none waits in an offline queue, and while
 * the breaker is open the handlers answer from this process. Every
 * invalidation is also recorded in this process's tag manifest (Next's own),
 * so what is served meanwhile is as current as with no Redis at all.
 */
import { randomUUID } from "node:crypto";
import tagsManifestModule from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { createClient } from "redis";
import { createBreaker } from "./redis-breaker.mjs";
import { timedCommands } from "./redis-commands.mjs";

/** Keys of this archive in a Redis that may serve other things. */
export const prefix = process.env.REDIS_PREFIX ?? "archives-du-cloud:";
/** Hash: tag → time (ms) from which entries carrying it are expired. */
const expiredKey = `${prefix}tags:expired`;
/** Hash: tag → time (ms) from which entries carrying it are stale (served while refreshed). */
const staleKey = `${prefix}tags:stale`;
/**
 * A field of `expiredKey` that stands for every tag: set when Redis comes back
 * without its data, so that nothing written before (the build's pages
 * included) passes for current against a tag store that forgot everything.
 */
const floorField = "*";
/** An id written once per Redis data set: a different one after a reconnection means Redis lost its data. */
const datasetKey = `${prefix}dataset`;

/** The invalidations Next's own caches read in this process: tag → { expired, stale } (ms). */
const { tagsManifest } = tagsManifestModule.default ?? tagsManifestModule;

/** REDIS_URL as logs may show it: no password. */
function shownUrl(url = "") {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(REDIS_URL illisible)";
  }
}

/**
 * @typedef {import("./redis-commands.mjs").Commands} Commands
 * @typedef {{ client: import("redis").RedisClientType, commands: Commands, breaker: ReturnType<typeof createBreaker>, dataset?: string, close: () => Promise<void> }} SharedCache
 */
const key = Symbol.for("archives-du-cloud.redis-cache");
const holder = /** @type {typeof globalThis & { [key]?: SharedCache }} */ (globalThis);

/**
 * What Redis must be told before it is used again: the invalidations it
 * missed, written as of now (a superset of what they expired, whatever
 * another instance wrote meanwhile), and, if it lost its data, the floor.
 * @param {SharedCache} shared
 * @param {string[]} tags
 */
async function recover(shared, tags) {
  if (!shared.client.isReady) throw new Error("connexion non rétablie");
  const client = shared.commands;
  let dataset = await client.get(datasetKey);
  if (dataset === null) {
    await client.set(datasetKey, randomUUID(), { condition: "NX" });
    dataset = await client.get(datasetKey);
  }
  const dataLost = shared.dataset !== undefined && dataset !== shared.dataset;
  shared.dataset = dataset ?? undefined;
  const now = String(Date.now());
  const expired = Object.fromEntries(tags.map((tag) => [tag, now]));
  if (dataLost) expired[floorField] = now;
  if (Object.keys(expired).length) await client.hSet(expiredKey, expired);
  return { dataLost };
}

/** @returns {SharedCache} */
function connect() {
  const url = process.env.REDIS_URL;
  /** @type {import("redis").RedisClientType} */
  let client;
  try {
    client = /** @type {import("redis").RedisClientType} */ (
      /** @type {unknown} */ (
        createClient({
          url,
          // A command sent while the connection is down fails at once instead of waiting for its return.
          disableOfflineQueue: true,
          socket: { connectTimeout: 3000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 1000) },
        })
      )
    );
  } catch (error) {
    // An address node-redis cannot read: the site runs without the shared cache, and says so once.
    console.error(`Cache Redis inutilisable, REDIS_URL illisible (${error instanceof Error ? error.message : String(error)}) : les pages sont servies sans cache partagé.`);
    const breaker = createBreaker({ recover: () => Promise.reject(error) });
    breaker.close();
    return { client: /** @type {never} */ (undefined), commands: /** @type {never} */ (undefined), breaker, close: async () => {} };
  }
  /** @type {SharedCache} */
  const shared = {
    client,
    commands: timedCommands(client),
    breaker: createBreaker({
      recover: (tags) => recover(shared, tags),
      onDown: (error) =>
        console.error(`Cache Redis injoignable (${shownUrl(url)}) : les pages sont servies sans cache partagé jusqu'à son retour (${error instanceof Error ? error.message : String(error)}).`),
      onUp: ({ downMs, tags, dataLost }) =>
        console.log(
          `Cache Redis de nouveau joignable (${shownUrl(url)}) après ${(downMs / 1000).toFixed(1)} s : cache partagé rétabli` +
            (tags ? `, ${tags} invalidation${tags > 1 ? "s" : ""} faite${tags > 1 ? "s" : ""} pendant la panne reportée${tags > 1 ? "s" : ""}` : "") +
            (dataLost ? " ; Redis a perdu ses données, tout ce qui a été rendu avant est à refaire" : "") +
            ".",
        ),
    }),
    async close() {
      shared.breaker.close();
      // Commands under way get their answers; past a second the socket is simply dropped.
      await Promise.race([client.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
      if (client.isOpen) client.destroy();
    },
  };
  client.on("error", (error) => shared.breaker.lost(error));
  client.on("ready", () => void shared.breaker.connected());
  // Retries on its own (reconnectStrategy) until it connects; every failure reaches the "error" listener.
  client.connect().catch(() => {});
  return shared;
}

/** The process's shared cache, connecting on first use; undefined without REDIS_URL. */
export function sharedCache() {
  if (!process.env.REDIS_URL) return undefined;
  return (holder[key] ??= connect());
}

/** Redis's commands (each with its deadline) when requests may use it now (breaker closed), else undefined. */
export function available() {
  const shared = sharedCache();
  return shared?.breaker.usable() ? shared.commands : undefined;
}

/** A read or write of an entry went through, or failed (`error`): a run of failures opens the breaker. */
export function report(error) {
  const breaker = sharedCache()?.breaker;
  if (error === undefined) breaker?.succeeded();
  else breaker?.failed(error);
}

/**
 * Records an invalidation, in this process and in Redis (or, if Redis cannot
 * take it now, for its return). Without durations the tags expire now; with
 * `durations.expire` they go stale now and expire that many seconds later.
 * @param {string[]} tags
 * @param {{ expire?: number }} [durations]
 */
export async function invalidateTags(tags, durations) {
  if (tags.length === 0) return;
  const now = Date.now();
  for (const tag of tags) {
    const entry = tagsManifest.get(tag) ?? {};
    if (!durations) tagsManifest.set(tag, { ...entry, expired: now });
    else tagsManifest.set(tag, { ...entry, stale: now, ...(durations.expire !== undefined ? { expired: now + durations.expire * 1000 } : {}) });
  }
  const shared = sharedCache();
  if (!shared) return;
  if (!shared.breaker.usable()) return shared.breaker.missed(tags);
  const field = (time) => Object.fromEntries(tags.map((tag) => [tag, String(time)]));
  try {
    // One command per hash (a MULTI would bypass the command timeout).
    if (!durations) await shared.commands.hSet(expiredKey, field(now));
    else
      await Promise.all([
        shared.commands.hSet(staleKey, field(now)),
        durations.expire !== undefined ? shared.commands.hSet(expiredKey, field(now + durations.expire * 1000)) : undefined,
      ]);
    shared.breaker.succeeded();
  } catch (error) {
    // Maybe written, maybe not: written again on Redis's return, before anything is read from it.
    shared.breaker.missed(tags);
    shared.breaker.lost(error);
  }
}

/**
 * How an entry written at `timestamp` stands against the invalidations of
 * its tags in Redis: "expired" (never serve it), "stale" (serve and refresh)
 * or "fresh". Throws if Redis does not answer.
 * @param {Commands} client
 * @param {string[]} tags
 * @param {number} timestamp
 * @returns {Promise<"expired" | "stale" | "fresh">}
 */
export async function tagState(client, tags, timestamp) {
  const [expired, stale] = await Promise.all([client.hmGet(expiredKey, [...tags, floorField]), tags.length ? client.hmGet(staleKey, tags) : []]);
  const now = Date.now();
  if (expired.some((t) => t !== null && Number(t) > timestamp && Number(t) <= now)) return "expired";
  if (stale.some((t) => t !== null && Number(t) > timestamp)) return "stale";
  return "fresh";
}

/**
 * The latest expiry among tags that already took effect (0 if none), for
 * Next's check of soft tags.
 * @param {Commands} client
 * @param {string[]} tags
 */
export async function latestExpiry(client, tags) {
  const now = Date.now();
  return Math.max(0, ...(await client.hmGet(expiredKey, [...tags, floorField])).map((t) => (t !== null && Number(t) <= now ? Number(t) : 0)));
}

/**
 * Whether any of these tags was invalidated since `time` (ms), in this
 * process or, when it answers, in Redis. When Redis does not answer, yes:
 * the caller then does not store what it rendered.
 * @param {string[]} tags
 * @param {number} time
 */
export async function invalidatedSince(tags, time) {
  if (tags.some((tag) => (tagsManifest.get(tag)?.expired ?? 0) >= time)) return true;
  const client = available();
  if (!client) return false;
  try {
    return (await client.hmGet(expiredKey, tags)).some((t) => t !== null && Number(t) >= time);
  } catch (error) {
    report(error);
    return true;
  }
}

// Connects as the server loads its cache handlers, so that the first request finds the breaker closed.
sharedCache();

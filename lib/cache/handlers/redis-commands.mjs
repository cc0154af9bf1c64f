// @ts-check
/*
 * The Redis commands the caches send, each answered within a deadline or
 * failed: a cache read that waits is worse than a miss (decision 017).
 */

/** Longest a cache read or write may wait for Redis (ms): past it, a miss. */
export const commandTimeoutMs = 100;

/** A timer this late (ms) means the event loop was held (a long render), not that Redis was slow. */
const heldLoopMs = 25;

/**
 * A command's answer, or a rejection once `commandTimeoutMs` have passed.
 * node-redis's own `commandOptions.timeout` stops counting once the command
 * is written to the socket (redis/node-redis#3008): a Redis that stopped
 * answering without closing its connection would still hold every request.
 * An answer that comes later is dropped. Time the event loop spent held by
 * this process's own work does not count (a Redis answer cannot be read
 * meanwhile): when the deadline fires late, Redis gets a fresh window, up to
 * three times, so that a busy server does not take itself for a dead Redis.
 * @template T
 * @param {Promise<T>} command
 * @returns {Promise<T>}
 */
function timely(command) {
  command.catch(() => {});
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const late = new Promise((_, reject) => {
    const wait = (rounds) => {
      const due = performance.now() + commandTimeoutMs;
      timer = setTimeout(() => {
        if (performance.now() - due > heldLoopMs && rounds < 3) return wait(rounds + 1);
        // After this turn's socket reads: an answer already there wins.
        setImmediate(() => reject(new Error(`pas de réponse en ${commandTimeoutMs} ms`)));
      }, commandTimeoutMs);
    };
    wait(0);
  });
  return /** @type {Promise<T>} */ (Promise.race([command, late]).finally(() => clearTimeout(timer)));
}

/**
 * The commands the caches use, each answered within `commandTimeoutMs` or failed.
 * @param {import("redis").RedisClientType} client
 */
export function timedCommands(client) {
  return {
    /** @param {string} key */
    get: (key) => timely(client.get(key)),
    /** @param {string} key @param {string} value @param {import("redis").SetOptions} [options] */
    set: (key, value, options) => timely(client.set(key, value, options)),
    /** @param {string} key */
    del: (key) => timely(client.del(key)),
    /** @param {string} key @param {Record<string, string>} fields */
    hSet: (key, fields) => timely(client.hSet(key, fields)),
    /** @param {string} key @param {string[]} fields */
    hmGet: (key, fields) => timely(client.hmGet(key, fields)),
  };
}
/** @typedef {ReturnType<typeof timedCommands>} Commands */

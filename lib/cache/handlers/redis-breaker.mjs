// @ts-check
/*
 * The circuit breaker in front of the shared cache: whether a request may use
 * Redis now, and what must happen before it may again. Redis is an
 * accelerator: while it is unreachable the caches answer from this process
 * (a miss costs a render, never a wait), and it is used again only once the
 * invalidations made meanwhile are written to it (decision 017). Reconnecting
 * is node-redis's job (reconnectStrategy); this only decides, and retries the
 * return every `retryMs` for a Redis that stopped answering without closing
 * its connection.
 */

/**
 * @typedef {"starting" | "up" | "down" | "closed"} BreakerState
 * @typedef {{
 *   recover: (tags: string[]) => Promise<{ dataLost?: boolean } | void>,
 *   onDown?: (error: unknown) => void,
 *   onUp?: (details: { downMs: number, tags: number, dataLost: boolean }) => void,
 *   retryMs?: number,
 *   failuresToOpen?: number,
 * }} BreakerOptions
 */

/**
 * @param {BreakerOptions} options `recover(tags)` writes the invalidations of
 * `tags` made while Redis was away (and anything else the return needs); it
 * throws if Redis still cannot take them. `failuresToOpen` consecutive failed
 * reads or writes of entries open the circuit (one slow answer under load is
 * a miss, not an outage); a lost connection or a failed invalidation opens it
 * at once.
 */
export function createBreaker({ recover, onDown = () => {}, onUp = () => {}, retryMs = 500, failuresToOpen = 3 }) {
  /** @type {BreakerState} */
  let state = "starting";
  let failures = 0;
  let downSince = 0;
  let announced = false;
  /** Tags invalidated while Redis could not be told, to write on its return. */
  const pending = new Set();
  /** @type {Promise<void> | undefined} */
  let recovering;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;

  const retryLater = () => {
    if (timer || state === "closed") return;
    timer = setTimeout(() => {
      timer = undefined;
      void attempt();
    }, retryMs);
    timer.unref?.();
  };

  /** @param {unknown} error */
  const open = (error) => {
    if (state === "closed") return;
    failures = 0;
    if (state !== "down") {
      state = "down";
      downSince = Date.now();
    }
    if (!announced) {
      announced = true;
      onDown(error);
    }
    retryLater();
  };

  /** Writes what was missed, then closes the circuit; stays open (and retries) if Redis still fails. */
  const attempt = () => {
    if (state === "up" || state === "closed") return Promise.resolve();
    recovering ??= (async () => {
      let dataLost = false;
      let written = 0;
      try {
        // Until nothing is left: an invalidation may arrive while the previous batch is written.
        do {
          const tags = [...pending];
          const outcome = await recover(tags);
          dataLost ||= Boolean(outcome && outcome.dataLost);
          for (const tag of tags) pending.delete(tag);
          written += tags.length;
        } while (pending.size && state !== "closed");
        if (state === "closed") return;
        state = "up";
        failures = 0;
        if (announced) onUp({ downMs: Date.now() - downSince, tags: written, dataLost });
        announced = false;
      } catch (error) {
        open(error);
      } finally {
        recovering = undefined;
      }
    })();
    return recovering;
  };

  return {
    /** "up": use Redis; otherwise answer from this process. */
    get state() {
      return state;
    },
    /** Whether requests may use Redis now. */
    usable: () => state === "up",
    /** The client reports a (re)established connection: write what was missed, then use it again. */
    connected: () => attempt(),
    /** The connection dropped or an invalidation could not be written: open at once. */
    lost: open,
    /** A read or write of an entry failed (a timeout, say): open after a few in a row. @param {unknown} error */
    failed(error) {
      if (state !== "up") return;
      if (++failures >= failuresToOpen) open(error);
    },
    /** A command succeeded: a run of failures is over. */
    succeeded() {
      failures = 0;
    },
    /**
     * Tags invalidated that Redis has not recorded (it was down, or the write
     * failed): written on its return, before any entry is read from it.
     * @param {string[]} tags
     */
    missed(tags) {
      for (const tag of tags) pending.add(tag);
    },
    /** How many invalidations wait for Redis. */
    get pendingCount() {
      return pending.size;
    },
    /** The server stops: no more Redis, no more retries, nothing logged. */
    close() {
      state = "closed";
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

import { type RunningRedis, startRedis } from "./redis-server";

/** One request of a steady load: when it was sent (ms since the load began), how long it took, what came back. */
export type Sample = { url: string; sentAt: number; ms: number; status: number | "timeout" | "error" };

/**
 * Requests sent one after the other by each of `workers` readers, over the
 * URLs in turn, until `stop()`: a load that keeps every instance busy
 * without flooding a 2-core machine. A request that takes longer than
 * `timeoutMs` is given up and counted as "timeout" (a reader who left).
 */
export function steadyLoad(urls: string[], { workers = 6, timeoutMs = 15_000 } = {}): { started: number; stop: () => Promise<Sample[]> } {
  const started = Date.now();
  const samples: Sample[] = [];
  let running = true;
  let next = 0;
  const worker = async () => {
    while (running) {
      const url = urls[next++ % urls.length];
      const sentAt = Date.now();
      let status: Sample["status"];
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
        await response.arrayBuffer();
        status = response.status;
      } catch (error) {
        status = (error as Error).name === "TimeoutError" ? "timeout" : "error";
      }
      samples.push({ url, sentAt: sentAt - started, ms: Date.now() - sentAt, status });
    }
  };
  const all = Promise.all(Array.from({ length: workers }, worker));
  return {
    started,
    stop: async () => {
      running = false;
      await all;
      return samples;
    },
  };
}

export type OutageFigures = {
  /** Requests sent while Redis was down. */
  requests: number;
  /** Slowest of them, in ms (a timeout counts as the time waited). */
  slowestMs: number;
  /** How many took longer than a second. */
  overOneSecond: number;
  serverErrors: number;
  timeouts: number;
  /** Network errors (connection refused or reset). */
  errors: number;
};

/** What the requests sent between `from` and `to` (ms since the load began) met. */
export function figuresOf(samples: Sample[], from: number, to: number): OutageFigures {
  const during = samples.filter((s) => s.sentAt >= from && s.sentAt < to);
  return {
    requests: during.length,
    slowestMs: Math.max(0, ...during.map((s) => s.ms)),
    overOneSecond: during.filter((s) => s.ms > 1000).length,
    serverErrors: during.filter((s) => typeof s.status === "number" && s.status >= 500).length,
    timeouts: during.filter((s) => s.status === "timeout").length,
    errors: during.filter((s) => s.status === "error").length,
  };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A Redis outage under a steady load: `before()` runs as the load starts (a
 * publication with Redis up, to compare with); after `beforeMs` Redis is
 * saved to its dump (so that, started again, it holds the entries written
 * before the outage, as a Redis that persists would), then ended with
 * `signal`; it stays down `outageMs`, during which `during()` runs (a
 * publication); then it starts again on the same port and the load goes on
 * `afterMs`.
 * Returns the Redis now running, the samples, and when the outage began and
 * ended (ms since the load began).
 */
export async function redisOutage(
  redis: RunningRedis,
  dir: string,
  urls: string[],
  options: {
    signal: NodeJS.Signals;
    outageMs: number;
    beforeMs?: number;
    afterMs?: number;
    before?: () => Promise<void> | void;
    during?: () => Promise<void> | void;
    workers?: number;
  },
): Promise<{ redis: RunningRedis; samples: Sample[]; downAt: number; upAt: number }> {
  const { signal, outageMs, beforeMs = 3000, afterMs = 5000, before, during, workers } = options;
  const load = steadyLoad(urls, { workers });
  await before?.();
  await pause(Math.max(0, beforeMs - (Date.now() - load.started)));
  const { createClient } = await import("redis");
  const client = createClient({ url: redis.url });
  await client.connect();
  await client.sendCommand(["SAVE"]);
  await client.close();
  const downAt = Date.now() - load.started;
  await redis.stop(signal);
  await during?.();
  await pause(Math.max(0, outageMs - (Date.now() - load.started - downAt)));
  const again = await startRedis({ port: redis.port, dir });
  const upAt = Date.now() - load.started;
  await pause(afterMs);
  return { redis: again, samples: await load.stop(), downAt, upAt };
}

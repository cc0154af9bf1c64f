import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningRedis, startRedis } from "@/scripts/lib/redis-server";

/*
 * The shared cache's store against a real redis-server (Debian's, as in the
 * e2e tests): what node-redis does when Redis stops answering or goes away
 * is the point, so it is not mocked.
 */

type Store = {
  available(): { get(key: string): Promise<string | null>; hmGet(key: string, fields: string[]): Promise<(string | null)[]> } | undefined;
  report(error?: unknown): void;
  invalidateTags(tags: string[]): Promise<void>;
  sharedCache(): { breaker: { state: string } } | undefined;
  prefix: string;
};

let redis: RunningRedis;
let store: Store;
const until = async (what: string, check: () => boolean, ms = 5000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

beforeAll(async () => {
  redis = await startRedis();
  process.env.REDIS_URL = redis.url;
  process.env.REDIS_PREFIX = `test-${process.pid}:`;
  // @ts-expect-error a plain .mjs module (checked by // @ts-check), without declarations
  store = await import("@/lib/cache/handlers/redis-store.mjs");
  await until("connected", () => store.available() !== undefined);
});
afterAll(async () => {
  await (await import("@/lib/cache/shared-cache-state")).closeSharedCache();
  redis.child.kill("SIGCONT");
  await redis.stop();
});

describe("the shared cache's store", () => {
  it("does not take a server busy rendering for a dead Redis: an answer that came while the loop was held counts", async () => {
    for (let i = 0; i < 5; i++) {
      const answer = store.available()!.get("x");
      const until = Date.now() + 250;
      while (Date.now() < until); // a long synchronous render
      await expect(answer).resolves.toBeNull();
    }
  });

  it("gives up on a Redis that stopped answering within about 100 ms, and stops asking it after a few failures", async () => {
    redis.child.kill("SIGSTOP");
    try {
      for (let i = 0; i < 3; i++) {
        const started = Date.now();
        await expect(store.available()!.get("x")).rejects.toThrow(/100 ms/);
        expect(Date.now() - started).toBeLessThan(400);
        store.report(new Error("timeout"));
      }
      expect(store.available()).toBeUndefined();
      expect(store.sharedCache()!.breaker.state).toBe("down");
    } finally {
      redis.child.kill("SIGCONT");
    }
    await until("back", () => store.available() !== undefined);
  });

  it("writes on Redis's return the invalidations made while it was gone, before it is used again", async () => {
    const port = redis.port;
    await redis.stop("SIGKILL");
    await until("down", () => store.sharedCache()!.breaker.state === "down");
    const before = Date.now();
    await store.invalidateTags(["article:pendant-la-panne"]);
    redis = await startRedis({ port });
    await until("back", () => store.available() !== undefined);
    const [expired, floor] = await store.available()!.hmGet(`${store.prefix}tags:expired`, ["article:pendant-la-panne", "*"]);
    expect(Number(expired)).toBeGreaterThanOrEqual(before);
    // Restarted empty: everything written before its return is expired.
    expect(Number(floor)).toBeGreaterThanOrEqual(before);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
// @ts-expect-error a plain .mjs module (checked by // @ts-check), without declarations
import { createBreaker } from "@/lib/cache/handlers/redis-breaker.mjs";

type Breaker = {
  state: string;
  usable(): boolean;
  connected(): Promise<void>;
  lost(error: unknown): void;
  failed(error: unknown): void;
  succeeded(): void;
  missed(tags: string[]): void;
  pendingCount: number;
  close(): void;
};

/** A breaker whose `recover` records what it was given and fails while `redisDown` holds. */
function breakerWith({ dataLost = false } = {}) {
  const recovered: string[][] = [];
  const downs: unknown[] = [];
  const ups: { downMs: number; tags: number; dataLost: boolean }[] = [];
  const world = { redisDown: false };
  const breaker: Breaker = createBreaker({
    recover: async (tags: string[]) => {
      if (world.redisDown) throw new Error("ECONNREFUSED");
      recovered.push(tags);
      return { dataLost };
    },
    onDown: (error: unknown) => downs.push(error),
    onUp: (details: { downMs: number; tags: number; dataLost: boolean }) => ups.push(details),
    retryMs: 500,
  });
  return { breaker, recovered, downs, ups, world };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("the circuit breaker in front of Redis", () => {
  it("uses Redis once connected, without logging a first connection", async () => {
    const { breaker, downs, ups } = breakerWith();
    expect(breaker.usable()).toBe(false);
    await breaker.connected();
    expect(breaker.usable()).toBe(true);
    expect(breaker.state).toBe("up");
    expect([downs.length, ups.length]).toEqual([0, 0]);
  });

  it("stops using Redis at once when the connection drops, and says so once however many errors follow", async () => {
    const { breaker, downs } = breakerWith();
    await breaker.connected();
    for (let i = 0; i < 20; i++) breaker.lost(new Error("ECONNRESET"));
    expect(breaker.usable()).toBe(false);
    expect(downs).toHaveLength(1);
  });

  it("takes a slow answer or two under load for a miss, and opens on a run of them", async () => {
    const { breaker, downs } = breakerWith();
    await breaker.connected();
    breaker.failed(new Error("timeout"));
    breaker.failed(new Error("timeout"));
    breaker.succeeded();
    breaker.failed(new Error("timeout"));
    breaker.failed(new Error("timeout"));
    expect(breaker.usable()).toBe(true);
    breaker.failed(new Error("timeout"));
    expect(breaker.usable()).toBe(false);
    expect(downs).toHaveLength(1);
  });

  it("writes the invalidations made during the outage before Redis is read again, and says it is back once", async () => {
    const { breaker, recovered, ups, world } = breakerWith();
    await breaker.connected();
    world.redisDown = true;
    breaker.lost(new Error("ECONNRESET"));
    breaker.missed(["article:a", "lists"]);
    breaker.missed(["lists", "search"]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(breaker.usable()).toBe(false);
    world.redisDown = false;
    await breaker.connected();
    expect(recovered.at(-1)?.sort()).toEqual(["article:a", "lists", "search"]);
    expect(breaker.usable()).toBe(true);
    expect(breaker.pendingCount).toBe(0);
    expect(ups).toHaveLength(1);
    expect(ups[0]).toMatchObject({ tags: 3, dataLost: false });
    expect(ups[0].downMs).toBeGreaterThanOrEqual(2000);
  });

  it("retries by itself a Redis that stopped answering without closing its connection", async () => {
    const { breaker, world, ups } = breakerWith();
    await breaker.connected();
    world.redisDown = true;
    for (let i = 0; i < 3; i++) breaker.failed(new Error("timeout"));
    await vi.advanceTimersByTimeAsync(1600);
    expect(breaker.usable()).toBe(false);
    world.redisDown = false;
    await vi.advanceTimersByTimeAsync(600);
    expect(breaker.usable()).toBe(true);
    expect(ups).toHaveLength(1);
  });

  it("writes an invalidation that arrives while it recovers before closing", async () => {
    const written: string[][] = [];
    let release: () => void = () => {};
    let first = true;
    const breaker: Breaker = createBreaker({
      recover: async (tags: string[]) => {
        written.push(tags);
        if (first) {
          first = false;
          await new Promise<void>((resolve) => (release = resolve));
        }
      },
    });
    breaker.lost(new Error("down"));
    breaker.missed(["a"]);
    const recovering = breaker.connected();
    breaker.missed(["b"]);
    expect(breaker.usable()).toBe(false);
    release();
    await recovering;
    expect(written).toEqual([["a"], ["b"]]);
    expect(breaker.usable()).toBe(true);
  });

  it("tells whether Redis came back without its data", async () => {
    const { breaker, ups } = breakerWith({ dataLost: true });
    await breaker.connected();
    breaker.lost(new Error("down"));
    await breaker.connected();
    expect(ups[0].dataLost).toBe(true);
  });

  it("once closed, never uses Redis again nor retries", async () => {
    const { breaker, recovered, downs } = breakerWith();
    await breaker.connected();
    breaker.close();
    breaker.lost(new Error("closed"));
    await breaker.connected();
    await vi.advanceTimersByTimeAsync(5000);
    expect(breaker.usable()).toBe(false);
    expect(recovered).toHaveLength(1);
    expect(downs).toHaveLength(0);
  });
});

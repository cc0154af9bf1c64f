import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../scripts/lib/next-server";
import { figuresOf, type OutageFigures, redisOutage, type Sample, steadyLoad } from "../../scripts/lib/redis-outage";
import { startRedis } from "../../scripts/lib/redis-server";
import { contentCopy, pageText, startLiveServer, within, writeArticle } from "./live-site";

/*
 * Two instances of the same build sharing a Redis started by the test: what
 * one renders, the other serves; what one publishes, both show; and when
 * Redis goes away, both go on serving without it, then use it again.
 */

let dir: string;
/** Where Redis keeps its dump, so that started again after an outage it holds what was written before. */
let dumps: string;
let redis: Awaited<ReturnType<typeof startRedis>>;
let first: RunningServer;
let second: RunningServer;

beforeAll(async () => {
  dir = contentCopy();
  dumps = fs.mkdtempSync(path.join(os.tmpdir(), "archive-redis-"));
  redis = await startRedis({ dir: dumps });
  [first, second] = await Promise.all([startLiveServer(dir, { REDIS_URL: redis.url }), startLiveServer(dir, { REDIS_URL: redis.url })]);
  // Connected before the first test: until then an instance serves without Redis.
  for (const server of [first, second]) await within(10_000, `${server.url} on Redis`, async () => (await health(server)).redis === "up");
}, 120_000);
afterAll(async () => {
  first?.stop();
  second?.stop();
  await redis?.stop();
  for (const folder of [dir, dumps]) if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

const health = async (server: RunningServer) => (await fetch(`${server.url}/api/health`)).json();

async function redisKeys(pattern: string): Promise<string[]> {
  const client = createClient({ url: redis.url });
  await client.connect();
  try {
    return await client.keys(pattern);
  } finally {
    await client.quit();
  }
}

describe("several instances sharing Redis", () => {
  it("serve from the cache a page the other instance rendered", async () => {
    const url = "/pays/allemagne/feed.xml";
    const rendered = await fetch(`${first.url}${url}`);
    expect(rendered.headers.get("x-nextjs-cache")).toBe("MISS");
    await rendered.arrayBuffer();
    await within(2000, "the entry in Redis", async () => (await redisKeys("*route:*")).length > 0);
    const served = await fetch(`${second.url}${url}`);
    expect(served.headers.get("x-nextjs-cache")).toBe("HIT");
  });

  it("keep nothing for made-up addresses: the proxy answers them before any render", async () => {
    const token = `inexistant-${Date.now()}`;
    for (let i = 0; i < 20; i++) {
      for (const server of [first, second]) expect((await fetch(`${server.url}/articles/${token}-${i}`)).status).toBe(404);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(await redisKeys(`*${token}*`)).toEqual([]);
  });

  it("keep one cached result per search, whatever its spelling and whichever instance renders it", async () => {
    const before = (await redisKeys("*use-cache:*")).length;
    await fetch(`${first.url}/recherche?q=alibaba+cloud&utm_source=lettre`).then((r) => r.arrayBuffer());
    await within(2000, "the search entry", async () => (await redisKeys("*use-cache:*")).length > before);
    const afterFirst = (await redisKeys("*use-cache:*")).length;
    const again = await pageText(`${second.url}/recherche?q=${encodeURIComponent("  alibaba   cloud ")}&page=1`);
    expect(again.text).toContain("Résultats pour");
    await new Promise((r) => setTimeout(r, 300));
    expect((await redisKeys("*use-cache:*")).length).toBe(afterFirst);
  });

  it("both show a publication within 2 s", async () => {
    for (const server of [first, second]) await fetch(`${server.url}/`).then((r) => r.arrayBuffer());
    const slug = "article-publie-sur-deux-instances";
    writeArticle(dir, slug, "Article publié sur deux instances", "bipublicatif");
    for (const server of [first, second]) {
      await within(2000, `${server.url} home`, async () => (await pageText(`${server.url}/`)).text.includes(slug));
      await within(2000, `${server.url} search`, async () => (await pageText(`${server.url}/recherche?q=bipublicatif`)).text.includes(`/articles/${slug}`));
    }
  });
});

/** The answers slower than `ms`, to say which when a test fails: when sent (ms after the outage began), how long, what. */
const slowOnes = (samples: Sample[], from: number, ms = 1000) =>
  samples.filter((s) => s.ms >= ms).map((s) => `${s.sentAt - from} ms: ${s.ms} ms ${s.status} ${s.url}`).join("; ");

/** Whether the two instances share pages through Redis again: what one renders now, the other serves from the cache. */
async function sharingAgain(url: string): Promise<boolean> {
  await fetch(`${first.url}${url}`).then((r) => r.arrayBuffer());
  await new Promise((r) => setTimeout(r, 200));
  return (await fetch(`${second.url}${url}`)).headers.get("x-nextjs-cache") === "HIT";
}

/**
 * The slowest answer an outage may cost: two seconds, or twice the slowest
 * answer of the same load with Redis up, when the machine is loaded enough
 * that renders take longer than that anyway (a shared CI runner: at load 14
 * one outage answer took 1.1 s against 0.6 s before it). Requests that wait
 * for Redis wait 15 s or more, far past either.
 */
const normalBound = (control: OutageFigures) => Math.max(2000, 2 * control.slowestMs);

describe("when Redis goes away", () => {
  const pages = ["/", "/articles", "/chronologie", "/feed.xml", "/entreprises/alibaba", "/pays/chine", "/recherche?q=cloud", "/api/search?q=alibaba"];
  const urls = () => pages.flatMap((p) => [first, second].map((s) => `${s.url}${p}`));

  it("answers every request at normal latency and without a 5xx, then uses Redis again, showing a publication made meanwhile everywhere", async () => {
    for (const server of [first, second]) expect((await health(server)).redis).toBe("up");
    // What Redis holds before the outage, kept in its dump: the pages the publication will change.
    for (const url of urls()) await fetch(url).then((r) => r.arrayBuffer());
    const slug = "publie-pendant-la-panne-de-redis";
    const word = "pannissime";
    const run = await redisOutage(redis, dumps, urls(), {
      signal: "SIGKILL",
      beforeMs: 6000,
      outageMs: 6000,
      afterMs: 3000,
      workers: 3,
      // The same publication with Redis up: what the load costs normally, renders included.
      before: () => void writeArticle(dir, "publie-avant-la-panne-de-redis", "Publié avant la panne de Redis", "avantpannissime"),
      during: async () => {
        await within(2000, "both instances see Redis down", async () => (await health(first)).redis === "down" && (await health(second)).redis === "down");
        writeArticle(dir, slug, "Publié pendant la panne de Redis", word);
      },
    });
    redis = run.redis;
    const control = figuresOf(run.samples, 0, run.downAt);
    const during = figuresOf(run.samples, run.downAt, run.upAt);
    const since = figuresOf(run.samples, run.downAt, Infinity);
    expect(during.requests, "requests sent while Redis was down").toBeGreaterThan(10);
    expect({ serverErrors: since.serverErrors, timeouts: since.timeouts, errors: since.errors }).toEqual({ serverErrors: 0, timeouts: 0, errors: 0 });
    expect(since.slowestMs, `slowest answer (ms), ${control.slowestMs} ms with Redis up: ${slowOnes(run.samples, run.downAt)}`).toBeLessThan(normalBound(control));
    for (const server of [first, second]) {
      await within(3000, `${server.url} back on Redis`, async () => (await health(server)).redis === "up");
      for (const page of ["/", "/articles", "/feed.xml", "/pays/afrique-du-sud", `/recherche?q=${word}`]) {
        await within(2000, `${server.url}${page} shows the publication`, async () => (await pageText(`${server.url}${page}`)).text.includes(`/articles/${slug}`));
      }
    }
    await within(3000, "pages shared through Redis again", () => sharingAgain("/entreprises/huawei/feed.xml"));
    // Said once when Redis went, once when it came back.
    for (const server of [first, second]) {
      const lines = server.output().split("\n");
      expect(lines.filter((l) => l.includes("Cache Redis injoignable"))).toHaveLength(1);
      expect(lines.filter((l) => l.includes("Cache Redis de nouveau joignable"))).toHaveLength(1);
    }
  }, 60_000);

  it("gives up on a Redis that stops answering (SIGSTOP) after 100 ms, serves at normal latency, and uses it again once it answers", async () => {
    const load = steadyLoad(urls(), { workers: 3 });
    await new Promise((r) => setTimeout(r, 3000));
    const stoppedAt = Date.now() - load.started;
    redis.child.kill("SIGSTOP");
    await new Promise((r) => setTimeout(r, 4000));
    redis.child.kill("SIGCONT");
    const resumedAt = Date.now() - load.started;
    await new Promise((r) => setTimeout(r, 2000));
    const samples = await load.stop();
    const control = figuresOf(samples, 0, stoppedAt);
    const during = figuresOf(samples, stoppedAt, resumedAt);
    const since = figuresOf(samples, stoppedAt, Infinity);
    expect(during.requests).toBeGreaterThan(10);
    expect({ serverErrors: since.serverErrors, timeouts: since.timeouts, errors: since.errors }).toEqual({ serverErrors: 0, timeouts: 0, errors: 0 });
    expect(since.slowestMs, `slowest answer (ms), ${control.slowestMs} ms with Redis up: ${slowOnes(samples, stoppedAt)}`).toBeLessThan(normalBound(control));
    for (const server of [first, second]) await within(3000, `${server.url} back on Redis`, async () => (await health(server)).redis === "up");
  }, 30_000);
});

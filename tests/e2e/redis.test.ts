import fs from "node:fs";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../scripts/lib/next-server";
import { startRedis } from "../../scripts/lib/redis-server";
import { contentCopy, pageText, startLiveServer, within, writeArticle } from "./live-site";

/*
 * Two instances of the same build sharing a Redis started by the test: what
 * one renders, the other serves; what one publishes, both show.
 */

let dir: string;
let redis: Awaited<ReturnType<typeof startRedis>>;
let first: RunningServer;
let second: RunningServer;

beforeAll(async () => {
  dir = contentCopy();
  redis = await startRedis();
  [first, second] = await Promise.all([startLiveServer(dir, { REDIS_URL: redis.url }), startLiveServer(dir, { REDIS_URL: redis.url })]);
}, 120_000);
afterAll(() => {
  first?.stop();
  second?.stop();
  redis?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

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

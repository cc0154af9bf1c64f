/**
 * `npm run load`: a bounded load test on loopback. Starts the built site
 * (building it first if needed, as `npm run build` does), sends a mix of
 * pages and searches for --duration seconds over --connections connections,
 * prints requests per second, latency, status classes, errors and each
 * server's memory after, and exits non-zero on any error, timeout or 5xx.
 *
 * --instances 2 starts a private redis-server and two servers sharing it
 * (REDIS_URL), the connections spread over both, round robin. A list
 * (--instances 1,2) runs each setting in turn on the same URL mix and the
 * same total connections, and prints them side by side. One instance runs
 * on its own in-memory cache unless --redis is given. On one machine the
 * instances share its cores: the run shows that sharing Redis is correct
 * under load (no error, no 5xx), not that two instances are faster.
 *
 * CONTENT_DIR and NEXT_DIST_DIR are honoured, e.g. for a generated archive.
 * Options: --duration 60  --connections 64  --instances 1  --redis
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createClient } from "redis";
import { getArchive } from "../lib/archive/archive";
import { routes } from "../lib/site/routes";
import { type RunningServer, startNext, treeRss } from "./lib/next-server";
import { type RunningRedis, startRedis } from "./lib/redis-server";
import { mib } from "./lib/stats";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    connections: { type: "string", default: "64" },
    instances: { type: "string", default: "1" },
    redis: { type: "boolean", default: false },
  },
});
const duration = Math.min(Number(values.duration), 600);
const connections = Math.min(Number(values.connections), 256);
const settings = values.instances.split(",").map(Number);
if (settings.some((n) => !Number.isInteger(n) || n < 1 || n > 4)) {
  console.error("--instances : un nombre de serveurs (1 à 4) ou une liste, par exemple 1,2");
  process.exit(1);
}

/** The URL mix: every kind of page, articles spread over the archive (older ones rendered on first hit), raw texts, searches and the JSON search. */
function urlMix(): string[] {
  const archive = getArchive();
  const articles = archive.articles.filter((_, i) => i % Math.max(1, Math.floor(archive.articles.length / 40)) === 0).slice(0, 40);
  const companies = [...archive.registry.companies.keys()].slice(0, 10);
  const countries = [...archive.registry.countries.keys()].slice(0, 10);
  const searches = ["cloud", "alibaba", "centres de donnees", "huaweii", "securite", "e commerce", "l'allemagne", "souverainete"];
  return [
    "/",
    "/articles",
    "/chronologie",
    "/entreprises",
    ...articles.map((a) => `/articles/${a.slug}`),
    // Raw texts, most of them not written out at build time.
    ...articles.slice(-4).map((a) => routes.source(a.raw)),
    ...companies.map((s) => `/entreprises/${s}`),
    ...countries.map((s) => `/pays/${s}`),
    ...searches.map((q) => `/recherche?q=${encodeURIComponent(q)}`),
    ...searches.slice(0, 4).map((q) => `/api/search?q=${encodeURIComponent(q)}`),
  ];
}

/** What Redis holds after the run: entries written by either instance, and its memory. */
async function redisFigures(redis: RunningRedis): Promise<string> {
  const client = createClient({ url: redis.url });
  await client.connect();
  try {
    const keys = await client.dbSize();
    const used = /used_memory:(\d+)/.exec(await client.info("memory"))?.[1];
    return `${keys} clés, ${mib(Number(used ?? 0))}`;
  } finally {
    await client.quit();
  }
}

type Outcome = { failed: boolean; figures: Record<string, string> };

const labelOf = (instances: number, shared: boolean) => `${instances} instance${instances > 1 ? "s" : ""}${shared ? " + Redis" : ""}`;

/** One setting: fresh servers (and a fresh Redis when shared), the load, the figures. */
async function run(instances: number, paths: string[]): Promise<Outcome> {
  const redis = instances > 1 || values.redis ? await startRedis() : undefined;
  const servers: RunningServer[] = [];
  try {
    const env: Record<string, string> = redis ? { REDIS_URL: redis.url } : {};
    servers.push(...(await Promise.all(Array.from({ length: instances }, () => startNext(env)))));
    console.log(`\n${labelOf(instances, Boolean(redis))} : ${duration} s, ${connections} connexions, ${paths.length} URL mêlées, sur ${servers.map((s) => s.url).join(", ")}`);
    // Connections go to the URLs round robin: each instance gets its share of them, on the same mix.
    // (autocannon takes a list of URLs; its types say one.)
    const result = await autocannon({
      url: servers.map((s) => s.url) as unknown as string,
      connections,
      duration,
      requests: paths.map((p) => ({ method: "GET" as const, path: p })),
    });
    const rss = servers.map((s) => treeRss(s.child.pid!));
    const failed = Boolean(result.errors || result.timeouts || result["5xx"] || result.non2xx);
    const figures = {
      "requests/s (mean)": result.requests.average.toFixed(0),
      requests: String(result.requests.total),
      "latency p50": `${result.latency.p50} ms`,
      "latency p99": `${result.latency.p99} ms`,
      "latency max": `${result.latency.max} ms`,
      "2xx / 3xx / 4xx / 5xx": `${result["2xx"]} / ${result["3xx"]} / ${result["4xx"]} / ${result["5xx"]}`,
      "errors / timeouts": `${result.errors} / ${result.timeouts}`,
      "RSS after, per instance": rss.map(mib).join(" + "),
      Redis: redis ? await redisFigures(redis) : "—",
    };
    console.log(Object.entries(figures).map(([key, value]) => `  ${key} : ${value}`).join("\n"));
    return { failed, figures };
  } finally {
    for (const server of servers) server.stop();
    redis?.stop();
  }
}

async function main() {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
    const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(1);
  }
  const paths = urlMix();
  const outcomes: Record<string, Outcome> = {};
  for (const instances of settings) outcomes[labelOf(instances, instances > 1 || values.redis)] = await run(instances, paths);
  if (settings.length > 1) {
    console.log(`\nCôte à côte (${duration} s, ${connections} connexions au total, même mélange d'URL) :`);
    const metrics = Object.keys(Object.values(outcomes)[0].figures);
    console.table(Object.fromEntries(metrics.map((key) => [key, Object.fromEntries(Object.entries(outcomes).map(([label, o]) => [label, o.figures[key]]))])));
  }
  process.exitCode = Object.values(outcomes).some((o) => o.failed) ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

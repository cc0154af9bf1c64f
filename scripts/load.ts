/**
 * `npm run load`: a bounded load test on loopback. Starts the built site
 * (building it first if needed), sends a mix of pages and searches for
 * --duration seconds over --connections connections, prints requests per
 * second, latency and errors, and exits non-zero on any error or 5xx.
 *
 * CONTENT_DIR and NEXT_DIST_DIR are honoured, e.g. for a generated archive.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { getArchive } from "../lib/archive";
import { startNext, treeRss } from "./lib/next-server";
import { mib } from "./lib/stats";

const { values } = parseArgs({
  options: { duration: { type: "string", default: "60" }, connections: { type: "string", default: "64" } },
});
const duration = Math.min(Number(values.duration), 600);
const connections = Math.min(Number(values.connections), 256);

async function main() {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(1);
  }

  const archive = getArchive();
  const articles = archive.articles.filter((_, i) => i % Math.max(1, Math.floor(archive.articles.length / 40)) === 0).slice(0, 40);
  const companies = [...archive.registry.companies.keys()].slice(0, 10);
  const countries = [...archive.registry.countries.keys()].slice(0, 10);
  const searches = ["cloud", "alibaba", "centres de donnees", "huaweii", "securite", "e commerce", "l'allemagne", "souverainete"];
  const paths = [
    "/",
    "/articles",
    "/chronologie",
    "/entreprises",
    ...articles.map((a) => `/articles/${a.slug}`),
    ...companies.map((s) => `/entreprises/${s}`),
    ...countries.map((s) => `/pays/${s}`),
    ...searches.map((q) => `/recherche?q=${encodeURIComponent(q)}`),
    ...searches.slice(0, 4).map((q) => `/api/search?q=${encodeURIComponent(q)}`),
  ];

  const server = await startNext();
  try {
    console.log(`Charge : ${duration} s, ${connections} connexions, ${paths.length} URL mêlées, sur ${server.url}`);
    const result = await autocannon({
      url: server.url,
      connections,
      duration,
      requests: paths.map((p) => ({ method: "GET" as const, path: p })),
    });
    const fiveXx = result["5xx"];
    console.log(
      [
        `requêtes/s : moyenne ${result.requests.average.toFixed(0)}, total ${result.requests.total}`,
        `latence : p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
        `réponses : 2xx ${result["2xx"]}, 3xx ${result["3xx"]}, 4xx ${result["4xx"]}, 5xx ${fiveXx}`,
        `erreurs : ${result.errors}, délais dépassés : ${result.timeouts}`,
        `mémoire du serveur après la charge : ${mib(treeRss(server.child.pid!))}`,
      ].join("\n"),
    );
    process.exitCode = result.errors || result.timeouts || fiveXx || result.non2xx ? 1 : 0;
  } finally {
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

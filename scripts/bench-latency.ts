/**
 * `npm run bench:latency`: the request latencies of `npm run bench` alone, on
 * a build already made and any content directory, without building or
 * publishing: articles never requested (cold) then requested again (warm),
 * time to first byte (and, for cold ones, to the end: a page that streams
 * its shell first answers early but is read later); the home page, a static page, searches never asked and
 * asked again, to the end of the response. Same URLs and percentiles as
 * `npm run bench`, so the figures compare with its table.
 *
 *   CONTENT_DIR=<corpus> NEXT_DIST_DIR=<build> npm run bench:latency -- [--rounds 3] [--url http://…]
 *
 * A 10,000-article corpus served by a build of the five articles is what
 * "cold" measures: its pages are rendered on request. Export the corpus's
 * search index into the build first (scripts/export-search-index.ts) or the
 * server indexes it at start. --rounds: each round takes the next 100
 * articles and the next 30 companies, so every round is cold again on the
 * same server. --url: measure a server already running (one started with
 * --cpu-prof, say) instead of starting one. Beside each latency, the
 * server's CPU time per request (its process tree, from /proc): on a machine
 * shared with other work the latencies follow the load, the CPU time much less.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { buildArchive } from "../lib/archive/archive";
import { contentDir } from "../lib/content/content-dir";
import { site } from "../lib/site/site";
import { startNext } from "./lib/next-server";
import { series as timedSeries } from "./lib/request-timing";
import { ms, percentile } from "./lib/stats";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "1" }, url: { type: "string" } } });

/** CPU time (user + system, ms) of a process and its descendants so far; 0 without a process (Linux /proc). */
function treeCpuMs(rootPid: number | undefined): number {
  if (!rootPid) return 0;
  const stats = new Map<number, { ppid: number; ms: number }>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name: state, ppid, … utime (14th) and stime (15th), in clock ticks (100 Hz).
      const fields = fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ");
      stats.set(Number(entry), { ppid: Number(fields[1]), ms: (Number(fields[11]) + Number(fields[12])) * 10 });
    } catch {
      // the process ended while we read
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += stats.get(pid)?.ms ?? 0;
    for (const [child, { ppid }] of stats) if (ppid === pid) stack.push(child);
  }
  return total;
}

let serverPid: number | undefined;

/** `npm run bench`'s series, with the server's CPU time over it. */
async function series(urls: string[]): Promise<{ ttfb: number[]; total: number[]; cpu: number }> {
  const cpuBefore = treeCpuMs(serverPid);
  const times = await timedSeries(urls);
  return { ...times, cpu: treeCpuMs(serverPid) - cpuBefore };
}

const row = (label: string, values: number[], cpuMs?: number) =>
  console.log(
    `${label.padEnd(28)} p50 ${ms(percentile(values, 50)).padStart(9)}   p95 ${ms(percentile(values, 95)).padStart(9)}   n=${values.length}` +
      (cpuMs ? `   CPU serveur ${ms(cpuMs / values.length)}/requête` : ""),
  );

async function main() {
  const archive = buildArchive(contentDir());
  const server = values.url ? undefined : await startNext({}, { captureOutput: true });
  const origin = values.url ?? server!.url;
  serverPid = server?.child.pid;
  try {
    const all = { cold: [] as number[], coldTotal: [] as number[], warm: [] as number[], home: [] as number[], static: [] as number[], searchNew: [] as number[], searchAgain: [] as number[] };
    const cpu = { cold: 0, warm: 0, home: 0, static: 0, searchNew: 0, searchAgain: 0 };
    const companies = [...archive.registry.companies.values()];
    for (let round = 0; round < Number(values.rounds); round++) {
      const from = site.prerenderedArticles + round * 100;
      const articleUrls = archive.articles.slice(from, from + 100).map((a) => `${origin}/articles/${a.slug}`);
      const cold = await series(articleUrls);
      const warm = await series(articleUrls);
      const repeat = (url: string, n = 30) => Array.from({ length: n }, () => `${origin}${url}`);
      await series(repeat("/", 3));
      const home = await series(repeat("/"));
      const staticPage = await series(repeat("/entreprises"));
      const searchUrl = (q: string) => `${origin}/recherche?q=${encodeURIComponent(q)}`;
      // Round 0 asks what `npm run bench` asks; later rounds other companies, or the same with another word once they run out.
      const newQueries = Array.from({ length: 30 }, (_, i) => {
        const k = round * 30 + i;
        return `${companies[k % companies.length].name} ${["cloud", "serveurs", "donnees", "contrat"][Math.floor(k / companies.length) % 4]}`;
      });
      const searchNew = await series(newQueries.map(searchUrl));
      const queries = ["cloud", "centres de donnees", "alibaba", "huaweii", "souverainete numerique", "investissement chine"];
      await series(queries.map(searchUrl));
      const searchAgain = await series(Array.from({ length: 30 }, (_, i) => searchUrl(queries[i % queries.length])));
      all.cold.push(...cold.ttfb);
      all.coldTotal.push(...cold.total);
      all.warm.push(...warm.ttfb);
      all.home.push(...home.total);
      all.static.push(...staticPage.total);
      all.searchNew.push(...searchNew.total);
      all.searchAgain.push(...searchAgain.total);
      cpu.cold += cold.cpu;
      cpu.warm += warm.cpu;
      cpu.home += home.cpu;
      cpu.static += staticPage.cpu;
      cpu.searchNew += searchNew.cpu;
      cpu.searchAgain += searchAgain.cpu;
    }
    console.log(`\n${archive.articles.length} articles, ${values.rounds} tour(s)`);
    console.log(`charge (uptime) : ${fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
    row("article cold (TTFB)", all.cold, cpu.cold);
    row("article cold (total)", all.coldTotal);
    row("article warm (TTFB)", all.warm, cpu.warm);
    row("home (total)", all.home, cpu.home);
    row("/entreprises (total)", all.static, cpu.static);
    row("search new (total)", all.searchNew, cpu.searchNew);
    row("search again (total)", all.searchAgain, cpu.searchAgain);
    console.log("Cibles : cold p95 ≤ 30 ms, warm p95 ≤ 5 ms, recherche nouvelle p50 ≤ 15 ms à 10 000.");
  } catch (error) {
    if (server) console.error(server.output().slice(-4000));
    throw error;
  } finally {
    server?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

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
 * Company pages never requested (the first page of 30 companies per round,
 * none of those the build prerendered) are timed to the end of the body, as cold articles. --floor: then measures
 * the framework's floor (`npm run bench:floor`, 200 requests) and prints each
 * figure as a ratio to it, issue #33's goals beside.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildArchive } from "../lib/archive/archive";
import { contentDir } from "../lib/content/content-dir";
import { routes } from "../lib/site/routes";
import { site } from "../lib/site/site";
import { type Floor, floorNow, ratio } from "./lib/floor";
import { startNext } from "./lib/next-server";
import { loadAverage, treeCpuMs } from "./lib/process-cpu";
import { series as timedSeries } from "./lib/request-timing";
import { ms, percentile } from "./lib/stats";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "1" }, url: { type: "string" }, floor: { type: "boolean", default: false } } });

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
    const all = { cold: [] as number[], coldTotal: [] as number[], company: [] as number[], warm: [] as number[], home: [] as number[], static: [] as number[], searchNew: [] as number[], searchAgain: [] as number[] };
    const cpu = { cold: 0, company: 0, warm: 0, home: 0, static: 0, searchNew: 0, searchAgain: 0 };
    const companies = [...archive.registry.companies.values()];
    // A company page the build prerendered (its first page, for the build's own content) is not cold: only the others are asked.
    const distDir = process.env.NEXT_DIST_DIR ?? ".next";
    const coldCompanies = companies.filter((c) => !fs.existsSync(path.join(distDir, "server/app", `${routes.entity("company", c.slug)}.html`)));
    for (let round = 0; round < Number(values.rounds); round++) {
      const from = site.prerenderedArticles + round * 100;
      const articleUrls = archive.articles.slice(from, from + 100).map((a) => `${origin}/articles/${a.slug}`);
      const cold = await series(articleUrls);
      const warm = await series(articleUrls);
      const company = await series(coldCompanies.slice(round * 30, round * 30 + 30).map((c) => `${origin}${routes.entity("company", c.slug)}`));
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
      all.company.push(...company.total);
      all.warm.push(...warm.ttfb);
      all.home.push(...home.total);
      all.static.push(...staticPage.total);
      all.searchNew.push(...searchNew.total);
      all.searchAgain.push(...searchAgain.total);
      cpu.cold += cold.cpu;
      cpu.company += company.cpu;
      cpu.warm += warm.cpu;
      cpu.home += home.cpu;
      cpu.static += staticPage.cpu;
      cpu.searchNew += searchNew.cpu;
      cpu.searchAgain += searchAgain.cpu;
    }
    console.log(`\n${archive.articles.length} articles, ${values.rounds} tour(s)`);
    console.log(`charge (uptime) : ${loadAverage()}`);
    row("article cold (TTFB)", all.cold, cpu.cold);
    row("article cold (total)", all.coldTotal, cpu.cold);
    row("entreprise cold (total)", all.company, cpu.company);
    row("article warm (TTFB)", all.warm, cpu.warm);
    row("home (total)", all.home, cpu.home);
    row("/entreprises (total)", all.static, cpu.static);
    row("search new (total)", all.searchNew, cpu.searchNew);
    row("search again (total)", all.searchAgain, cpu.searchAgain);
    if (values.floor) {
      server?.stop();
      printRatios(all, cpu, await floorNow());
    }
  } catch (error) {
    if (server) console.error(server.output().slice(-4000));
    throw error;
  } finally {
    server?.stop();
  }
}

/** Issue #33's goals, each figure as a multiple of the floor measured just after. */
function printRatios(all: Record<string, number[]>, cpu: Record<string, number>, floor: Floor) {
  const dynamic = percentile(floor.fresh.total, 95);
  const dynamicP50 = percentile(floor.fresh.total, 50);
  const prerendered = percentile(floor.prerendered.ttfb, 95);
  console.log(`\nplancher (npm run bench:floor, charge ${floor.load.toFixed(1)}) : page dynamique p50 ${ms(dynamicP50)} p95 ${ms(dynamic)} (CPU ${ms(floor.fresh.cpuMs)}/requête), page prérendue p95 ${ms(prerendered)}`);
  const line = (label: string, value: number, of: number, goal: string) => console.log(`  ${label.padEnd(40)} ${ms(value).padStart(9)}   ${ratio(value, of).padStart(6)}${goal ? `   (objectif ${goal})` : ""}`);
  line("article cold, corps entier, p95", percentile(all.coldTotal, 95), dynamic, "≤ 2×");
  line("entreprise cold, corps entier, p95", percentile(all.company, 95), dynamic, "≤ 2×");
  line("article warm, premier octet, p95", percentile(all.warm, 95), prerendered, "≤ 1,3×");
  line("recherche nouvelle, p50", percentile(all.searchNew, 50), dynamicP50, "≤ 1,5×");
  const n = all.cold.length;
  line("CPU serveur, article cold", cpu.cold / n, floor.fresh.cpuMs, "");
  line("CPU serveur, entreprise cold", cpu.company / all.company.length, floor.fresh.cpuMs, "");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

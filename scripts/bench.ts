/**
 * `npm run bench`: builds and serves generated archives of 1,000 and 10,000
 * articles and prints build time and memory (a build from nothing, then the
 * build after publishing one article), time to first byte of article pages
 * never requested (cold) and requested again (warm), full response time of
 * the home page, a static page and searches (never asked / asked again),
 * server start-up time and memory — beside Hugo building the same corpus with
 * a bare template (Debian's `hugo`). Figures, not a test: nothing fails below
 * a target; the targets are printed beside the figures. Also: publication
 * latency on the running server (p50/p95 over 20 articles written into its
 * content directory) beside Hugo's full rebuild, and the server's memory after
 * 3,000 made-up URLs and 3,000 distinct searches.
 *
 * Options: --sizes 1000,10000  --seed 1  --work /tmp/adc-bench
 *   --reuse-build: serve the builds an earlier run left (.next-bench-<size>,
 *   index exported) instead of building twice; the build figures are then
 *   left out.
 *   --publications 20, --junk 3000: fewer for a quicker run (the targets
 *   are over 20 publications and 3,000 of each junk request); --no-hugo;
 *   --dist <dir>: the build directory (one size only), else .next-bench-<size>.
 *   --start-only (with --reuse-build): only the server start, timed --starts
 *   times (default 3): spawn to the first page served, the archive and its
 *   indexes ready (each start on a fresh process).
 *   --no-floor: leaves out the framework's floor. Otherwise, once the sizes
 *   are measured, a bare Next app is built and timed in the same run
 *   (`npm run bench:floor`, decision 012) and every latency is printed beside
 *   it as a ratio, issue #33's goals beside: the ratios, not the
 *   milliseconds, compare between runs on a shared machine.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildArchive } from "../lib/archive/archive";
import { getEntityProfile } from "../lib/entities/entity-pages";
import { routes } from "../lib/site/routes";
import { site } from "../lib/site/site";
import { type Floor, floorNow, ratio } from "./lib/floor";
import { keepTsconfig } from "./lib/keep-tsconfig.mjs";
import { samplePeakRss, startNext, treeRss } from "./lib/next-server";
import { series } from "./lib/request-timing";
import { mib, ms, percentile, seconds } from "./lib/stats";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    seed: { type: "string", default: "1" },
    work: { type: "string", default: "/tmp/adc-bench" },
    "reuse-build": { type: "boolean", default: false },
    publications: { type: "string", default: "20" },
    junk: { type: "string", default: "3000" },
    "no-hugo": { type: "boolean", default: false },
    dist: { type: "string" },
    "start-only": { type: "boolean", default: false },
    starts: { type: "string", default: "3" },
    "no-floor": { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map(Number);
const work = path.resolve(values.work);
fs.mkdirSync(work, { recursive: true });

/** Runs a command, returning its wall time and the peak memory of its process tree. */
function timed(command: string, args: string[], env: Record<string, string> = {}, cwd = process.cwd()): Promise<{ ms: number; peak: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const sampler = samplePeakRss(child.pid!);
    child.on("exit", (code) => {
      const peak = sampler.stop();
      if (code === 0) resolve({ ms: performance.now() - started, peak });
      else reject(new Error(`${command} ${args.join(" ")} failed (${code}):\n${stderr.slice(-3000)}`));
    });
  });
}

/**
 * Publishes one more article into the corpus (a copy of an existing one under
 * a new slug and title), as an editor would between two builds; returns a
 * function that takes it back out.
 */
function publishOneArticle(corpus: string): () => void {
  const dir = path.join(corpus, "articles");
  const model = fs.readdirSync(dir).find((name) => name.endsWith(".md"))!;
  const file = path.join(dir, "article-publie-entre-deux-builds.md");
  const text = fs.readFileSync(path.join(dir, model), "utf8").replace(/^title: .*$/m, "title: Article publié entre deux builds");
  fs.writeFileSync(file, text);
  return () => fs.rmSync(file, { force: true });
}

function ensureHugo(): boolean {
  if (spawnSync("hugo", ["version"]).status === 0) return true;
  if (process.getuid?.() === 0) {
    console.log("hugo absent : apt-get install -y hugo…");
    spawnSync("apt-get", ["install", "-y", "-qq", "hugo"], { stdio: "ignore" });
  }
  return spawnSync("hugo", ["version"]).status === 0;
}

/** A bare Hugo site over the same articles: one page per article, one list. */
function writeHugoSite(dir: string, contentDir: string) {
  const archive = buildArchive(contentDir);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "content/articles"), { recursive: true });
  fs.mkdirSync(path.join(dir, "layouts/_default"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "hugo.toml"),
    'baseURL = "http://localhost/"\nlanguageCode = "fr"\ntitle = "Bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n',
  );
  const page = (body: string) => `<!doctype html><html lang="fr"><head><title>{{ .Title }}</title></head><body>${body}</body></html>`;
  fs.writeFileSync(path.join(dir, "layouts/_default/single.html"), page("<h1>{{ .Title }}</h1><time>{{ .Date.Format \"2006-01-02\" }}</time>{{ .Content }}"));
  fs.writeFileSync(path.join(dir, "layouts/_default/list.html"), page('<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>'));
  fs.writeFileSync(path.join(dir, "layouts/index.html"), page('<ul>{{ range first 20 .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>'));
  for (const article of archive.articles) {
    const front = { title: article.title, ...(article.date.start ? { date: article.date.start.toISOString() } : {}) };
    fs.writeFileSync(path.join(dir, "content/articles", `${article.slug}.md`), `${JSON.stringify(front)}\n\n${article.body}\n`);
  }
}

type Row = Record<string, string>;

/** A size's request latencies (ms), kept as numbers to be set beside the floor. */
type Latencies = { coldTtfbP95: number; coldTotalP95: number; warmP95: number; homeP50: number; staticP50: number; searchNewP50: number; searchAgainP50: number };
const latenciesBySize = new Map<number, Latencies>();

/** Best of two Hugo builds of the same corpus (the second has the files in the page cache, as Next's rebuild does). */
async function hugoTime(size: number, corpus: string): Promise<number> {
  if (values["no-hugo"] || !ensureHugo()) return Number.NaN;
  const hugoDir = path.join(work, `hugo-${size}`);
  writeHugoSite(hugoDir, corpus);
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 2; run++) {
    best = Math.min(best, (await timed("hugo", ["--quiet", "--destination", path.join(hugoDir, "public")], {}, hugoDir)).ms);
  }
  console.log(`hugo : ${seconds(best)}`);
  return best;
}

/**
 * Publication latency: from writing a new article file into the running
 * server's content directory to its page, the home page, the last page of its
 * first company's timeline and a search for a word only it contains all
 * showing it. Each article is newer than the rest, so the home page lists it.
 */
async function measurePublications(serverUrl: string, corpus: string, count = 20): Promise<number[]> {
  const archive = buildArchive(corpus);
  const model = archive.articles[0];
  const modelText = fs.readFileSync(path.join(corpus, "articles", `${model.slug}.md`), "utf8");
  const company = model.companies[0];
  const latencies: number[] = [];
  // A polled page that fails to arrive is not there yet: the server may close an idle keep-alive connection as it is reused (the archive is read before the first poll).
  const has = async (url: string, needle: string) => {
    try {
      return (await (await fetch(`${serverUrl}${url}`)).text()).includes(needle);
    } catch {
      return false;
    }
  };
  for (let i = 0; i < count; i++) {
    const slug = `publication-mesuree-${i}`;
    const word = `motunique${i}x${Date.now().toString(36)}`;
    const text = modelText
      .replace(/^title: .*$/m, `title: "Publication mesurée ${i}"`)
      .replace(/^date: .*$/m, `date: "2099-01-${String(i + 1).padStart(2, "0")}"`)
      .replace(/^datePrecision: .*$/m, "datePrecision: day")
      .replace(/^story: .*\n/m, "") + `\n${word}\n`;
    const entries = (getEntityProfile("company", company.slug, archive)?.timeline.length ?? 0) + i + 1;
    const entityPage = routes.paged(routes.entity("company", company.slug), Math.ceil(entries / site.pageSize));
    const file = path.join(corpus, "articles", `${slug}.md`);
    const started = performance.now();
    fs.writeFileSync(`${file}.tmp`, text);
    fs.renameSync(`${file}.tmp`, file);
    const checks: [string, string][] = [[routes.article(slug), "Publication mesurée"], ["/", slug], [entityPage, slug], [`/recherche?q=${word}`, routes.article(slug)]];
    let missing: string | undefined;
    for (const [url, needle] of checks) {
      const deadline = performance.now() + 60_000;
      while (!missing && !(await has(url, needle))) {
        if (performance.now() > deadline) missing = url;
        else await new Promise((r) => setTimeout(r, 10));
      }
    }
    // A publication not shown within a minute counts as a minute: the percentiles then say "at least".
    latencies.push(performance.now() - started);
    console.log(`  publication ${i} : ${missing ? `${missing} ne la montre pas après 60 s` : ms(latencies[i])}`);
  }
  for (let i = 0; i < count; i++) fs.rmSync(path.join(corpus, "articles", `publication-mesuree-${i}.md`), { force: true });
  return latencies;
}

/** Server memory after a stream of made-up addresses and distinct searches (3,000 of each), as a crawler or an attacker would send. */
async function rssAfterJunk(server: { url: string; child: { pid?: number } }, n = 3000): Promise<number> {
  for (let i = 0; i < n; i++) {
    await fetch(`${server.url}/articles/adresse-inventee-${i}`).then((r) => r.arrayBuffer());
    await fetch(`${server.url}/recherche?q=${encodeURIComponent(`cloud recherche inventee ${i}`)}`).then((r) => r.arrayBuffer());
  }
  return treeRss(server.child.pid!);
}

/** Server starts only: spawn to the first page served, each on a fresh process, with the server's own account of where the time went. */
async function measureStarts(env: Record<string, string>): Promise<Row> {
  const starts: number[] = [];
  for (let i = 0; i < Number(values.starts); i++) {
    const startedAt = performance.now();
    const server = await startNext(env, { captureOutput: true });
    starts.push(performance.now() - startedAt);
    server.stop();
    for (const line of server.output().split("\n")) if (line.startsWith("Archives du Cloud")) console.log(`  ${line}`);
    console.log(`  serveur prêt en ${seconds(starts[i])}`);
    if (server.child.exitCode === null && server.child.signalCode === null) await new Promise((resolve) => server.child.once("exit", resolve));
  }
  return { "server start p50": seconds(percentile(starts, 50)), "server start min / max": `${seconds(Math.min(...starts))} / ${seconds(Math.max(...starts))}` };
}

/** Latencies of the served site: articles cold then warm, home, a static page, searches new and asked again. */
async function measureServer(env: Record<string, string>, corpus: string, size: number): Promise<Row> {
  const startedAt = performance.now();
  const server = await startNext(env, { captureOutput: true });
  const startMs = performance.now() - startedAt;
  // The server's own account of its start (archive loaded, indexes ready), to tell where the seconds went.
  for (const line of server.output().split("\n")) if (line.startsWith("Archives du Cloud")) console.log(`  ${line}`);
  console.log(`  serveur prêt en ${seconds(startMs)}`);
  try {
    const archive = buildArchive(corpus);
    // Articles past the prerendered ones: never built, never requested.
    const slugs = archive.articles.slice(site.prerenderedArticles, site.prerenderedArticles + 100).map((a) => a.slug);
    const articleUrls = slugs.map((s) => `${server.url}/articles/${s}`);
    const cold = await series(articleUrls);
    const warm = await series(articleUrls);
    const repeat = (url: string, n = 30) => Array.from({ length: n }, () => `${server.url}${url}`);
    await series(repeat("/", 3)); // first hits
    const home = await series(repeat("/"));
    const staticPage = await series(repeat("/entreprises"));
    const searchUrl = (q: string) => `${server.url}/recherche?q=${encodeURIComponent(q)}`;
    // Searches never asked before: each one is rendered.
    const newQueries = [...archive.registry.companies.values()].slice(0, 30).map((c) => `${c.name} cloud`);
    const searchNew = await series(newQueries.map(searchUrl));
    // Popular searches asked again: served from the render cache.
    const queries = ["cloud", "centres de donnees", "alibaba", "huaweii", "souverainete numerique", "investissement chine"];
    await series(queries.map(searchUrl));
    const searchAgain = await series(Array.from({ length: 30 }, (_, i) => searchUrl(queries[i % queries.length])));
    const staticP50 = percentile(staticPage.total, 50);
    latenciesBySize.set(size, {
      coldTtfbP95: percentile(cold.ttfb, 95),
      coldTotalP95: percentile(cold.total, 95),
      warmP95: percentile(warm.ttfb, 95),
      homeP50: percentile(home.total, 50),
      staticP50,
      searchNewP50: percentile(searchNew.total, 50),
      searchAgainP50: percentile(searchAgain.total, 50),
    });
    const publications = await measurePublications(server.url, corpus, Number(values.publications));
    const rssAfterLoad = treeRss(server.child.pid!);
    const junk = Number(values.junk);
    const rssJunk = await rssAfterJunk(server, junk);
    return {
      "server start": seconds(startMs),
      "cold p50": ms(percentile(cold.ttfb, 50)),
      "cold p95": ms(percentile(cold.ttfb, 95)),
      "cold whole body p95": ms(percentile(cold.total, 95)),
      "warm p50": ms(percentile(warm.ttfb, 50)),
      "warm p95": ms(percentile(warm.ttfb, 95)),
      "home p50": ms(percentile(home.total, 50)),
      "static p50": ms(staticP50),
      "search new p50": ms(percentile(searchNew.total, 50)),
      "search again p50": ms(percentile(searchAgain.total, 50)),
      "new / static": `${(percentile(searchNew.total, 50) / staticP50).toFixed(1)}×`,
      "again / static": `${(percentile(searchAgain.total, 50) / staticP50).toFixed(1)}×`,
      [`publication p50 (n=${publications.length})`]: ms(percentile(publications, 50)),
      "publication p95": ms(percentile(publications, 95)),
      "server RSS": mib(rssAfterLoad),
      [`RSS after ${junk} junk URLs + ${junk} searches`]: mib(rssJunk),
    };
  } catch (error) {
    console.error(`Le serveur a écrit :\n${server.output().slice(-4000)}`);
    throw error;
  } finally {
    server.stop();
  }
}

/**
 * What `npm run build` does, and so what production runs on: `next build`,
 * then the search index exported beside the build. Without the export, the
 * server would index every article at start (about a minute at 100,000).
 */
async function build(env: Record<string, string>): Promise<{ ms: number; peak: number; exportMs: number }> {
  const next = await timed("npx", ["next", "build"], env);
  const exported = await timed("npx", ["tsx", "scripts/export-search-index.ts"], env);
  return { ms: next.ms + exported.ms, peak: Math.max(next.peak, exported.peak), exportMs: exported.ms };
}

/** The generated corpus of this size, written beside and renamed once whole: an interrupted run never leaves half a corpus behind. */
function corpusOf(size: number): string {
  const corpus = path.join(work, `corpus-${size}`);
  if (!fs.existsSync(path.join(corpus, "articles"))) {
    const partial = `${corpus}.partiel`;
    fs.rmSync(partial, { recursive: true, force: true });
    const generated = spawnSync("npx", ["tsx", "scripts/generate.ts", "--count", String(size), "--out", partial, "--seed", values.seed], { stdio: "inherit" });
    if (generated.status !== 0) throw new Error(`generation of ${size} articles failed`);
    fs.renameSync(partial, corpus);
  }
  return corpus;
}

/** Builds (from nothing, then after publishing one article), serves and measures one archive size. */
async function benchSize(size: number): Promise<Row> {
  console.log(`\n== ${size} articles`);
  const corpus = corpusOf(size);
  const distDir = values.dist ?? `.next-bench-${size}`;
  const env = { CONTENT_DIR: corpus, NEXT_DIST_DIR: distDir };
  if (values["reuse-build"]) {
    if (!fs.existsSync(path.join(distDir, "BUILD_ID")) || !fs.existsSync(path.join(distDir, "search-index.bin"))) {
      throw new Error(`--reuse-build : pas de build complet dans ${distDir}`);
    }
    if (values["start-only"]) return measureStarts(env);
    const hugoMs = await hugoTime(size, corpus);
    return { hugo: seconds(hugoMs), ...(await measureServer(env, corpus, size)) };
  }
  // First a build from nothing (no compiler cache), as on a new CI machine…
  fs.rmSync(distDir, { recursive: true, force: true });
  console.log("next build + export de l'index (à froid)…");
  const cold = await build(env);
  console.log(`  ${seconds(cold.ms)} dont export ${seconds(cold.exportMs)}, pic ${mib(cold.peak)}`);
  // …then the build that follows a publication (what publishing cost before the server took articles live): one new article, the code and Next's build cache unchanged.
  // The server runs on that build, with the article still there; it is taken out at the end.
  const unpublish = publishOneArticle(corpus);
  try {
    console.log("next build + export de l'index (un article de plus, cache de build conservé)…");
    const rebuild = await build(env);
    console.log(`  ${seconds(rebuild.ms)} dont export ${seconds(rebuild.exportMs)}, pic ${mib(rebuild.peak)}`);
    const hugoMs = await hugoTime(size, corpus);
    return {
      "build (cold)": seconds(cold.ms),
      "rebuild +1": seconds(rebuild.ms),
      "of which index export": seconds(rebuild.exportMs),
      "build peak": mib(Math.max(cold.peak, rebuild.peak)),
      hugo: seconds(hugoMs),
      "cold / hugo": `${(cold.ms / hugoMs).toFixed(1)}×`,
      "rebuild / hugo": `${(rebuild.ms / hugoMs).toFixed(1)}×`,
      ...(await measureServer(env, corpus, size)),
    };
  } finally {
    unpublish();
  }
}

/** The floor's own figures, then each latency of a size as a multiple of the floor's matching one (issue #33's goals in the labels). */
function besideFloor(floor: Floor, l: Latencies): Row {
  const dynamicP50 = percentile(floor.fresh.total, 50);
  const dynamicP95 = percentile(floor.fresh.total, 95);
  const prerenderedTtfbP95 = percentile(floor.prerendered.ttfb, 95);
  const prerenderedTotalP50 = percentile(floor.prerendered.total, 50);
  return {
    [`floor (load ${floor.load.toFixed(1)}): dynamic p50 / p95`]: `${ms(dynamicP50)} / ${ms(dynamicP95)}`,
    "floor: prerendered first byte p95, whole p50": `${ms(prerenderedTtfbP95)}, ${ms(prerenderedTotalP50)}`,
    "cold whole body p95 ÷ dynamic p95 (goal ≤ 2×)": ratio(l.coldTotalP95, dynamicP95),
    "cold first byte p95 ÷ prerendered p95": ratio(l.coldTtfbP95, prerenderedTtfbP95),
    "warm p95 ÷ prerendered p95 (goal ≤ 1.3×)": ratio(l.warmP95, prerenderedTtfbP95),
    "search new p50 ÷ dynamic p50 (goal ≤ 1.5×)": ratio(l.searchNewP50, dynamicP50),
    "search again p50 ÷ dynamic p50": ratio(l.searchAgainP50, dynamicP50),
    "home p50 ÷ prerendered p50": ratio(l.homeP50, prerenderedTotalP50),
    "static p50 ÷ prerendered p50": ratio(l.staticP50, prerenderedTotalP50),
  };
}

async function main() {
  const rows: Row[] = [];
  const restoreTsconfig = keepTsconfig();
  try {
    for (const size of sizes) rows.push({ articles: String(size), ...(await benchSize(size)) });
  } finally {
    restoreTsconfig();
  }
  if (!values["no-floor"] && latenciesBySize.size) {
    console.log("\nPlancher du framework (application Next nue, même réglages, même machine, dans la même exécution)…");
    const floor = await floorNow();
    for (const row of rows) Object.assign(row, besideFloor(floor, latenciesBySize.get(Number(row.articles))!));
  }

  console.log("\nRésultats (cibles : publication ≤ 1 s, démarrage ≤ 10 s, RSS ≤ 1 GiB ; latences en rapport au plancher mesuré dans la même exécution)\n");
  // One column per archive size: the figures read down, not across 19 columns.
  const metrics = Object.keys(rows[0] ?? {}).filter((key) => key !== "articles");
  console.table(Object.fromEntries(metrics.map((key) => [key, Object.fromEntries(rows.map((row) => [row.articles, row[key]]))])));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

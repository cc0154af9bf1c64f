/**
 * `npm run bench`: builds and serves generated archives of 1,000 and 10,000
 * articles and prints build time and memory, cold and warm time to first byte,
 * home and search latency, server memory — beside Hugo building the same corpus
 * with a bare template (Debian's `hugo`). Figures, not a test: nothing fails
 * below a target; the targets are printed beside the figures.
 *
 * Options: --sizes 1000,10000  --seed 1  --work /tmp/adc-bench
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildArchive } from "../lib/archive";
import { site } from "../lib/site";
import { samplePeakRss, startNext, treeRss } from "./lib/next-server";
import { mib, ms, percentile, seconds } from "./lib/stats";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    seed: { type: "string", default: "1" },
    work: { type: "string", default: "/tmp/adc-bench" },
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

/** Time to the response headers, then the body is read in full. */
async function ttfb(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  const elapsed = performance.now() - started;
  await response.arrayBuffer();
  if (response.status >= 500) throw new Error(`${url} answered ${response.status}`);
  return elapsed;
}

async function series(urls: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const url of urls) times.push(await ttfb(url));
  return times;
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

async function main() {
  type Row = Record<string, string>;
  const rows: Row[] = [];

  for (const size of sizes) {
    console.log(`\n== ${size} articles`);
    const corpus = path.join(work, `corpus-${size}`);
    if (!fs.existsSync(path.join(corpus, "articles"))) {
      spawnSync("npx", ["tsx", "scripts/generate.ts", "--count", String(size), "--out", corpus, "--seed", values.seed], { stdio: "inherit" });
    }
    const env = { CONTENT_DIR: corpus, NEXT_DIST_DIR: `.next-bench-${size}` };
    console.log("next build…");
    const build = await timed("npx", ["next", "build"], env);
    console.log(`  ${seconds(build.ms)}, pic ${mib(build.peak)}`);

    let hugoMs = Number.NaN;
    if (ensureHugo()) {
      const hugoDir = path.join(work, `hugo-${size}`);
      writeHugoSite(hugoDir, corpus);
      hugoMs = (await timed("hugo", ["--quiet", "--destination", path.join(hugoDir, "public")], {}, hugoDir)).ms;
      console.log(`hugo : ${seconds(hugoMs)}`);
    }

    const server = await startNext(env);
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
      const queries = ["cloud", "centres de donnees", "alibaba", "huaweii", "souverainete numerique", "investissement chine"];
      await ttfb(`${server.url}/recherche?q=cloud`); // the index builds on first search
      const search = await series(Array.from({ length: 30 }, (_, i) => `${server.url}/recherche?q=${encodeURIComponent(queries[i % queries.length])}`));
      const memory = treeRss(server.child.pid!);
      rows.push({
        articles: String(size),
        "next build": seconds(build.ms),
        "build peak": mib(build.peak),
        hugo: seconds(hugoMs),
        "build / hugo": `${(build.ms / hugoMs).toFixed(1)}×`,
        "cold p50": ms(percentile(cold, 50)),
        "cold p95": ms(percentile(cold, 95)),
        "warm p50": ms(percentile(warm, 50)),
        "warm p95": ms(percentile(warm, 95)),
        "home p50": ms(percentile(home, 50)),
        "static p50": ms(percentile(staticPage, 50)),
        "search p50": ms(percentile(search, 50)),
        "search / static": `${(percentile(search, 50) / percentile(staticPage, 50)).toFixed(1)}×`,
        "server RSS": mib(memory),
      });
    } finally {
      server.stop();
    }
  }

  console.log("\nRésultats (cibles à 10 000 : build ≤ 2× Hugo, cold p95 ≤ 50 ms, warm p95 ≤ 10 ms, recherche ≤ 2× page statique, RSS ≤ 1 GiB)\n");
  console.table(rows);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

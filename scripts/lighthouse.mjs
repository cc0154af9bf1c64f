// `npm run lighthouse`: audits the built site (home, an article, the map) with Lighthouse
// in Debian's Chromium, prints the four category scores, and exits non-zero when
// one is below the threshold. `-- --desktop` uses Lighthouse's desktop preset
// (the default is its mobile one, with simulated slow 4G and a slower CPU);
// `-- --out <dir>` keeps each page's full JSON report there, to see what cost points.
// `-- --app <dir> --pages /a,/b --categories performance` audits another app's build instead
// (`npm run bench:floor` uses it for a bare Next app: what the framework alone scores here).
// `-- --runs <n>` audits each page n times (default 5) and reports Lighthouse's own median run
// (`computeMedianRun`), as Lighthouse's docs/variability.md advises: one run swings by ten points.
// Headless Chromium's compositor may hold a page's first frame back by whole seconds
// (GoogleChrome/lighthouse#17148, also on PageSpeed Insights; decision 011): the median is what
// keeps one such run from deciding a page's score.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { freePort } from "./lib/loopback.mjs";
import { nextCommand } from "./lib/next-bin.mjs";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

const THRESHOLD = 95;
const chromePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromeFlags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const option = (name) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const categories = option("--categories")?.split(",") ?? ["performance", "accessibility", "best-practices", "seo"];
const pages = option("--pages")?.split(",") ?? ["/", "/articles/bcx-lance-le-service-cloud-africa-local-public-avec-alibaba-en-afrique-du-sud", "/carte"];
const appDir = option("--app");
const desktop = process.argv.includes("--desktop");
const runs = Math.max(1, Number.parseInt(option("--runs") ?? "5", 10) || 1);
const outDir = option("--out");
if (outDir) mkdirSync(outDir, { recursive: true });

async function waitFor(url, child) {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
  }
  throw new Error(`no answer from ${url}`);
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (!appDir && !existsSync(`${process.env.NEXT_DIST_DIR ?? ".next"}/BUILD_ID`)) {
  // As `npm run build` does (the search index exported beside the build), so the audited server starts as in production.
  if (spawnSync("npm", ["run", "build"], { stdio: "inherit", env }).status !== 0) process.exit(1);
}
const port = await freePort();
const server = spawn(...nextCommand(["start", "-p", String(port)]), { cwd: appDir, env, stdio: ["ignore", "ignore", "inherit"], detached: true });
// "localhost", not 127.0.0.1: the pages' canonical URLs name localhost (SITE_URL's default),
// and Lighthouse's SEO audit fails a canonical on another host.
const base = `http://localhost:${port}`;
let failed = false;

/** One audit in a fresh Chromium, so no run inherits another's cache or compositor state. */
async function audit(url) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  try {
    return await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories }, desktop ? desktopConfig : undefined);
  } finally {
    await chrome.kill();
  }
}

try {
  await waitFor(`http://127.0.0.1:${port}/`, server);
  console.log(`Lighthouse (${desktop ? "desktop" : "mobile"}), seuil ${THRESHOLD}, médiane de ${runs} ${runs > 1 ? "passages" : "passage"}`);
  for (const path of pages) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await audit(`${base}${path}`));
    const lhrs = results.map((r) => r.lhr);
    // Lighthouse picks its median run by performance timings: without that category, the first run stands.
    const median = categories.includes("performance") ? computeMedianRun(lhrs) : lhrs[0];
    const report = results[lhrs.indexOf(median)].report;
    if (outDir) writeFileSync(`${outDir}/${path.replaceAll("/", "_") || "_"}.json`, report);
    const scores = categories.map((id) => [id, Math.round((median.categories[id].score ?? 0) * 100)]);
    console.log(`\n${path}`);
    if (runs > 1) console.log(`  performance, each run: ${lhrs.map((l) => Math.round((l.categories.performance.score ?? 0) * 100)).join(", ")}`);
    for (const [id, score] of scores) {
      console.log(`  ${id.padEnd(15)} ${String(score).padStart(3)}${score < THRESHOLD ? "  < seuil" : ""}`);
      if (score < THRESHOLD) failed = true;
    }
    // What cost points, so a failure says where to look.
    const weak = Object.values(median.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable");
    for (const a of weak) console.log(`    - ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}`);
  }
} finally {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}
process.exit(failed ? 1 : 0);

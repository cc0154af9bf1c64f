/**
 * `npm run bench:redis-outage`: what readers meet when the shared cache goes
 * away. Two servers of the current build (NEXT_DIST_DIR) share a private
 * redis-server, on a copy of CONTENT_DIR; a steady load runs over both; Redis
 * is ended (SIGTERM, then SIGKILL) and started again after each outage, an
 * article being published meanwhile. Prints, per outage, the requests sent
 * while Redis was down, the slowest answer, the answers over a second, 5xx,
 * requests given up after 15 s, and whether the publication then shows on
 * both servers; exits non-zero on any 5xx, timeout or missing publication.
 *
 * Options: --outages TERM:16,KILL:35 (signal:seconds)  --workers 6
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { contentDir } from "../lib/content/content-dir";
import { startNext, type RunningServer } from "./lib/next-server";
import { figuresOf, redisOutage } from "./lib/redis-outage";
import { startRedis } from "./lib/redis-server";

const { values } = parseArgs({
  options: { outages: { type: "string", default: "TERM:16,KILL:35" }, workers: { type: "string", default: "6" }, "no-publication": { type: "boolean", default: false } },
});
const outages = values.outages.split(",").map((item) => {
  const [signal, seconds] = item.split(":");
  return { signal: `SIG${signal}` as NodeJS.Signals, ms: Number(seconds) * 1000 };
});

/** A new article in `dir`, copied from the first one with its own title and word: what an editor publishes during the outage. */
function publish(dir: string, slug: string, word: string): void {
  const articles = path.join(dir, "articles");
  const model = fs.readFileSync(path.join(articles, fs.readdirSync(articles).filter((f) => f.endsWith(".md")).sort()[0]), "utf8");
  const text = model.replace(/^title: .*$/m, `title: "Publié pendant la panne ${word}"`).replace(/^story: .*\n/m, "") + `\nMot témoin : ${word}.\n`;
  fs.writeFileSync(path.join(articles, `${slug}.md.tmp`), text);
  fs.renameSync(path.join(articles, `${slug}.md.tmp`), path.join(articles, `${slug}.md`));
}

/** Whether every server shows the article on the home page, the list, the site feed and in search, within `ms`. */
async function shownEverywhere(servers: RunningServer[], slug: string, word: string, ms = 3000): Promise<boolean> {
  const deadline = Date.now() + ms;
  const pages = ["/", "/articles", "/feed.xml", `/recherche?q=${word}`];
  while (Date.now() < deadline) {
    const texts = await Promise.all(servers.flatMap((s) => pages.map((p) => fetch(`${s.url}${p}`).then((r) => r.text()))));
    if (texts.every((t) => t.includes(`/articles/${slug}`))) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

async function main() {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`aucun build dans ${distDir} : lancer npm run build d'abord`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adc-outage-content-"));
  fs.cpSync(contentDir(), dir, { recursive: true, preserveTimestamps: true });
  const dumps = fs.mkdtempSync(path.join(os.tmpdir(), "adc-outage-redis-"));
  let redis = await startRedis({ dir: dumps });
  const servers: RunningServer[] = [];
  let failed = false;
  try {
    const env = { NEXT_DIST_DIR: distDir, CONTENT_DIR: dir, REDIS_URL: redis.url };
    servers.push(...(await Promise.all([startNext(env, { captureOutput: true }), startNext(env, { captureOutput: true })])));
    const slugs = fs.readdirSync(path.join(dir, "articles")).filter((f) => f.endsWith(".md")).map((f) => f.slice(0, -3));
    const paths = ["/", "/articles", "/chronologie", "/entreprises", "/pays", "/feed.xml", "/recherche?q=cloud", "/api/search?q=alibaba", ...slugs.map((s) => `/articles/${s}`)];
    const urls = paths.flatMap((p) => servers.map((s) => `${s.url}${p}`));
    for (const url of urls) await fetch(url).then((r) => r.arrayBuffer());
    console.log(`Deux serveurs (${servers.map((s) => s.url).join(", ")}), Redis ${redis.url}, ${paths.length} adresses, ${values.workers} lecteurs en continu`);
    const rows: Record<string, Record<string, string | number>> = {};
    for (const [i, { signal, ms }] of outages.entries()) {
      const word = `panne${i}x${Date.now().toString(36)}`;
      const slug = `publie-pendant-la-panne-${word}`;
      const run = await redisOutage(redis, dumps, urls, { signal, outageMs: ms, workers: Number(values.workers), during: values["no-publication"] ? undefined : () => publish(dir, slug, word) });
      redis = run.redis;
      const before = figuresOf(run.samples, 0, run.downAt);
      const figures = figuresOf(run.samples, run.downAt, run.upAt);
      const after = figuresOf(run.samples, run.upAt, Infinity);
      if (process.env.OUTAGE_DEBUG) for (const x of run.samples.filter((x) => x.ms > 400)) console.log(x.sentAt - run.downAt, x.ms, x.status, x.url);
      const shown = values["no-publication"] || (await shownEverywhere(servers, slug, word));
      failed ||= figures.serverErrors + figures.timeouts + after.serverErrors + after.timeouts > 0 || !shown;
      rows[`${signal} ${ms / 1000} s`] = {
        "la plus lente avant (ms)": before.slowestMs,
        "requêtes pendant la panne": figures.requests,
        "la plus lente (ms)": figures.slowestMs,
        "> 1 s": figures.overOneSecond,
        "5xx": figures.serverErrors,
        "abandonnées (15 s)": figures.timeouts,
        "erreurs réseau": figures.errors,
        "requêtes après le retour": after.requests,
        "la plus lente après (ms)": after.slowestMs,
        "publication partout": shown ? "oui" : "NON",
      };
    }
    console.table(rows);
    for (const [i, server] of servers.entries()) {
      const lines = server.output().split("\n").filter((line) => /Redis/.test(line));
      console.log(`Journal du serveur ${i + 1} sur Redis (${lines.length} lignes) :\n${lines.map((l) => `  ${l}`).join("\n")}`);
    }
  } finally {
    for (const server of servers) server.stop();
    await redis.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(dumps, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

/**
 * `npm run bench:start`: a production server's start, in process and step by
 * step (archive from the build's snapshot, entity index, search index import,
 * search view), wall and CPU seconds, without Next around it. The build
 * directory must hold the exports of the same content directory:
 *   CONTENT_DIR=<corpus> NEXT_DIST_DIR=<dist> npx tsx scripts/export-search-index.ts
 *   CONTENT_DIR=<corpus> NEXT_DIST_DIR=<dist> npm run bench:start
 * CPU time counts every thread of the process (the garbage collector's, the
 * worker that stats the article files).
 */
import os from "node:os";
import { getArchive } from "../lib/archive/archive";
import { entityIndexOf } from "../lib/entities/entity-index";
import { liveIndexFor } from "../lib/search/live-search";
import { searchFor } from "../lib/search/search";

// The archive snapshot is used by production servers only.
(process.env as Record<string, string>).NODE_ENV = "production";
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const started = { wall: performance.now(), cpu: cpu() };
let last = { ...started };
const step = (label: string) => {
  const now = { wall: performance.now(), cpu: cpu() };
  console.log(`${label.padEnd(28)} ${((now.wall - last.wall) / 1000).toFixed(2)} s (CPU ${(now.cpu - last.cpu).toFixed(2)} s)`);
  last = now;
};
const archive = getArchive();
step("archive");
entityIndexOf(archive);
step("index des entités");
liveIndexFor(archive);
step("index de recherche importé");
searchFor(archive);
step("vue de recherche");
const rss = (process.memoryUsage().rss / 2 ** 20).toFixed(0);
const total = ((performance.now() - started.wall) / 1000).toFixed(2);
console.log(`${archive.articles.length} articles : ${total} s (CPU ${(cpu() - started.cpu).toFixed(2)} s), RSS ${rss} MiB, charge ${os.loadavg()[0].toFixed(1)}`);

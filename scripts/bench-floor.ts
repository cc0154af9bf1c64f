/**
 * `npm run bench:floor`: what Next itself costs a request on this machine,
 * with none of the archive's code, beside the targets of `npm run bench`.
 *
 * It writes a bare App Router app into a temporary directory (a layout with
 * one link, a page that reads the query string, a static page), builds it
 * with this project's own Next and the settings that shape a request here
 * (Cache Components, Partial Prefetching, Turbopack), serves it with
 * `next start`, and times it as `npm run bench` times the site: a query never
 * asked before (to the end of the body, as "search new"), and a prerendered
 * page (to the first byte, as "warm"), one request after the other.
 * A target below these figures is below what the framework allows here,
 * whatever the site's code does. `-- --lighthouse` also audits the bare
 * static page with `npm run lighthouse`'s mobile settings (performance only).
 * `-- --requests <n>`: requests per series (default 200, the first 20 not counted);
 * `-- --keep` leaves the bare app's directory in place, to look at or serve again.
 */
import fs from "node:fs";
import os from "node:os";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { measureFloor, writeFloorApp } from "./lib/floor";
import { ms, percentile } from "./lib/stats";

const { values } = parseArgs({ options: { requests: { type: "string", default: "200" }, lighthouse: { type: "boolean", default: false }, keep: { type: "boolean", default: false } } });
const warmUp = 20;
const requests = Math.max(warmUp + 10, Number(values.requests));

const row = (label: string, values: number[], cpuMs: number, target: string) =>
  console.log(`  ${label.padEnd(34)} p50 ${ms(percentile(values, 50)).padStart(9)}   p95 ${ms(percentile(values, 95)).padStart(9)}   CPU serveur ${ms(cpuMs)}/requête   (cible du site : ${target})`);

async function main() {
  const dir = writeFloorApp();
  try {
    console.log(`Application Next nue dans ${dir} : construction…`);
    const { fresh, prerendered, load } = await measureFloor(dir, requests, warmUp);
    console.log(`\nNext ${JSON.parse(fs.readFileSync("node_modules/next/package.json", "utf8")).version}, ${os.cpus().length} cœurs, charge ${load.toFixed(1)} ; ${requests - warmUp} requêtes par série\n`);
    row("requête jamais vue (corps entier)", fresh.total, fresh.cpuMs, "article cold p95 ≤ 2× ; recherche nouvelle p50 ≤ 1,5×");
    row("page prérendue (premier octet)", prerendered.ttfb, prerendered.cpuMs, "warm p95 ≤ 1,3×");
    if (values.lighthouse) {
      console.log("");
      spawnSync(process.execPath, ["scripts/lighthouse.mjs", "--app", dir, "--pages", "/statique", "--categories", "performance"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    }
  } finally {
    if (values.keep) console.log(`Application gardée : ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

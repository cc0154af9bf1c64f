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
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { nextCommand } from "./lib/next-bin.mjs";
import { startNext } from "./lib/next-server";
import { series } from "./lib/request-timing";
import { ms, percentile } from "./lib/stats";

const { values } = parseArgs({ options: { requests: { type: "string", default: "200" }, lighthouse: { type: "boolean", default: false }, keep: { type: "boolean", default: false } } });
const warmUp = 20;
const requests = Math.max(warmUp + 10, Number(values.requests));

/** The bare app: as little as an App Router app can be, with the archive's request-shaping settings. */
const files: Record<string, string> = {
  "package.json": JSON.stringify({ name: "next-floor", private: true }),
  // Turbopack compiles only files under its root; the root is widened so that the symlinked node_modules counts as inside.
  "next.config.ts": `export default { cacheComponents: true, partialPrefetching: true, poweredByHeader: false, turbopack: { root: "/" } };\n`,
  "tsconfig.json": JSON.stringify({
    compilerOptions: { target: "ES2022", lib: ["dom", "esnext"], jsx: "react-jsx", module: "esnext", moduleResolution: "bundler", strict: true, skipLibCheck: true, noEmit: true, isolatedModules: true, plugins: [{ name: "next" }] },
    include: ["**/*.ts", "**/*.tsx"],
    exclude: ["node_modules"],
  }),
  "app/layout.tsx": `export default function Layout({ children }: { children: React.ReactNode }) {
  return (<html lang="fr"><body><header><a href="/">Accueil</a></header><main>{children}</main></body></html>);
}\n`,
  "app/page.tsx": `export default function Home() { return <p>Accueil</p>; }\n`,
  "app/statique/page.tsx": `export default function Static() { return <h1>Une page statique</h1>; }\n`,
  // Reads the query string, as the search page does: rendered on every request.
  "app/recherche/page.tsx": `export const instant = false;
export default async function Search({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q } = await searchParams;
  return <h1>Recherche : {q ?? ""}</h1>;
}\n`,
};

function writeApp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "next-floor-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  fs.symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

const row = (label: string, values: number[], target: string) =>
  console.log(`  ${label.padEnd(34)} p50 ${ms(percentile(values, 50)).padStart(9)}   p95 ${ms(percentile(values, 95)).padStart(9)}   (cible du site : ${target})`);

async function main() {
  const dir = writeApp();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  try {
    console.log(`Application Next nue dans ${dir} : construction…`);
    const built = spawnSync(...nextCommand(["build"]), { cwd: dir, env, encoding: "utf8" });
    if (built.status !== 0) throw new Error(`next build failed:\n${(built.stdout + built.stderr).slice(-3000)}`);
    const server = await startNext({}, { cwd: dir });
    try {
      const stamp = Date.now().toString(36);
      const counted = <T extends { ttfb: number[]; total: number[] }>(t: T) => ({ ttfb: t.ttfb.slice(warmUp), total: t.total.slice(warmUp) });
      const fresh = counted(await series(Array.from({ length: requests }, (_, i) => `${server.url}/recherche?q=${stamp}x${i}`)));
      const prerendered = counted(await series(Array.from({ length: requests }, () => `${server.url}/statique`)));
      console.log(`\nNext ${JSON.parse(fs.readFileSync("node_modules/next/package.json", "utf8")).version}, ${os.cpus().length} cœurs, charge ${os.loadavg()[0].toFixed(1)} ; ${requests - warmUp} requêtes par série\n`);
      row("requête jamais vue (corps entier)", fresh.total, "recherche nouvelle p50 ≤ 15 ms");
      row("page prérendue (premier octet)", prerendered.ttfb, "warm p95 ≤ 5 ms");
    } finally {
      server.stop();
    }
    if (values.lighthouse) {
      console.log("");
      spawnSync(process.execPath, ["scripts/lighthouse.mjs", "--app", dir, "--pages", "/statique", "--categories", "performance"], { stdio: "inherit", env });
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

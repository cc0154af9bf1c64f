import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { nextCommand } from "./next-bin.mjs";
import { startNext } from "./next-server";
import { treeCpuMs } from "./process-cpu";
import { series } from "./request-timing";

/*
 * The framework's floor (decision 012): a bare App Router app with this
 * project's Next and the settings that shape a request here, timed by the
 * same code as the site. Shared by `npm run bench:floor`, and by
 * `npm run bench` and `npm run bench:latency`, which print their figures as
 * ratios to a floor measured in the same run.
 */

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

/** Writes the bare app into a new temporary directory, node_modules linked to this project's. */
export function writeFloorApp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "next-floor-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  fs.symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

/** Series of one kind of request to the bare app: latencies of the counted requests, and the server's CPU per request over them. */
type FloorSeries = { ttfb: number[]; total: number[]; cpuMs: number };

export type Floor = {
  /** A query never asked before, rendered on request (the dynamic page): to the end of the body. */
  fresh: FloorSeries;
  /** A prerendered page: to the first byte. */
  prerendered: FloorSeries;
  load: number;
};

/**
 * Builds the bare app in `dir` and times it: `requests` of each kind, one
 * after the other, the first `warmUp` not counted.
 */
export async function measureFloor(dir: string, requests = 200, warmUp = 20): Promise<Floor> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const built = spawnSync(...nextCommand(["build"]), { cwd: dir, env, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`next build failed:\n${(built.stdout + built.stderr).slice(-3000)}`);
  const server = await startNext({}, { cwd: dir });
  try {
    const timed = async (urls: string[]): Promise<FloorSeries> => {
      await series(urls.slice(0, warmUp));
      const cpuBefore = treeCpuMs(server.child.pid);
      const counted = await series(urls.slice(warmUp));
      return { ...counted, cpuMs: (treeCpuMs(server.child.pid) - cpuBefore) / counted.total.length };
    };
    const stamp = Date.now().toString(36);
    const fresh = await timed(Array.from({ length: requests }, (_, i) => `${server.url}/recherche?q=${stamp}x${i}`));
    const prerendered = await timed(Array.from({ length: requests }, () => `${server.url}/statique`));
    return { fresh, prerendered, load: os.loadavg()[0] };
  } finally {
    server.stop();
  }
}

/** Builds, measures and removes a bare app: the floor of this minute. */
export async function floorNow(requests = 200): Promise<Floor> {
  const dir = writeFloorApp();
  try {
    return await measureFloor(dir, requests);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** "3.2×": a figure as a multiple of the floor's. */
export const ratio = (value: number, floor: number) => `${(value / floor).toFixed(1)}×`;

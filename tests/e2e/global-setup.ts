import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { type RunningServer, startNext } from "../../scripts/lib/next-server";

/*
 * Builds and starts, once for the whole e2e run:
 * - the site itself (content/), into .next;
 * - a fixture site, into .next-xss: the hostile articles of tests/fixtures/xss-content
 *   plus an article written by the importer from a raw fixture, so the importer's
 *   output is proven to build and render.
 * E2E_REUSE_BUILD=1 skips a build when one exists (local iteration only; CI always builds).
 */

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The fixture site (tests/e2e/xss.test.ts, tests/e2e/import.test.ts). */
    xssBaseUrl: string;
  }
}

/** The raw page the importer turns into an article of the fixture site. */
export const importedRaw = "tests/fixtures/raw/dateline-publie-le.txt";

type Site = { distDir: string; env: Record<string, string> };

function run(args: string[], env: Record<string, string>, what: string): void {
  const result = spawnSync("npx", args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${what} failed`);
}

/** `npm run build`'s two steps: the site, then the search index servers import at start. */
function build(site: Site): void {
  if (process.env.E2E_REUSE_BUILD === "1" && fs.existsSync(`${site.distDir}/BUILD_ID`)) return;
  // Next adds every other distDir's type paths to tsconfig.json: keep the committed one.
  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  try {
    run(["next", "build"], site.env, `next build (${site.distDir})`);
  } finally {
    fs.writeFileSync("tsconfig.json", tsconfig);
  }
  run(["tsx", "scripts/export-search-index.ts"], site.env, `search index export (${site.distDir})`);
}

/** A copy of the hostile fixtures with one imported article added. */
function fixtureContent(): string {
  // A directory of its own per run: two runs at once (two worktrees) must not import into each other's copy.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "archives-du-cloud-fixture-site-"));
  fs.cpSync("tests/fixtures/xss-content", dir, { recursive: true });
  run(["tsx", "scripts/import.ts", importedRaw], { CONTENT_DIR: dir }, "npm run import");
  return dir;
}

export default async function setup(project: TestProject) {
  const env = { NEXT_TELEMETRY_DISABLED: "1" };
  const main: Site = { distDir: ".next", env: { ...env, NEXT_DIST_DIR: ".next" } };
  const fixtures: Site = { distDir: ".next-xss", env: { ...env, NEXT_DIST_DIR: ".next-xss", CONTENT_DIR: fixtureContent() } };
  // One build at a time (two would fight for the CPU); the main site last, so
  // next-env.d.ts, which each build rewrites, points at the main site's types.
  build(fixtures);
  build(main);
  const servers: RunningServer[] = [];
  const stop = () => servers.forEach((s) => s.stop());
  try {
    for (const [site, key] of [[main, "baseUrl"], [fixtures, "xssBaseUrl"]] as const) {
      const server = await startNext(site.env);
      servers.push(server);
      project.provide(key, server.url);
    }
  } catch (error) {
    stop();
    throw error;
  }
  return stop;
}

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { keepTsconfig } from "../../scripts/lib/keep-tsconfig.mjs";
import { freePort, loopbackOrigin, type RunningServer, startNext } from "../../scripts/lib/next-server";

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
/** A raw page whose import proposes an announcement with its capacity and cost (tests/e2e/import.test.ts). */
export const announcedRaw = "tests/fixtures/raw/announcement-amount-mw.txt";

/**
 * A site to build then serve. Its port is chosen before the build, because
 * SITE_URL is read at build time (lib/site/site.ts): the build and the server must
 * name the same origin, or every absolute URL would point elsewhere.
 */
type Site = { distDir: string; port: number; env: Record<string, string> };

/** A free port, and SITE_URL set to the origin the server will answer at. */
async function siteOn(distDir: string, env: Record<string, string>, taken?: Site): Promise<Site> {
  let port = await freePort();
  while (port === taken?.port) port = await freePort();
  return { distDir, port, env: { ...env, NEXT_DIST_DIR: distDir, SITE_URL: loopbackOrigin(port) } };
}

function run(args: string[], env: Record<string, string>, what: string): void {
  const result = spawnSync("npx", args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${what} failed`);
}

/** The origin a reused build was made for, so E2E_REUSE_BUILD serves it where its URLs point. */
const originFile = (site: Site) => `${site.distDir}/e2e-site-url`;

/** `npm run build`'s two steps: the site, then the archive snapshot and search index servers start from. */
function build(site: Site): void {
  if (process.env.E2E_REUSE_BUILD === "1" && fs.existsSync(`${site.distDir}/BUILD_ID`) && fs.existsSync(originFile(site))) {
    const port = Number(new URL(fs.readFileSync(originFile(site), "utf8")).port);
    Object.assign(site, { port, env: { ...site.env, SITE_URL: loopbackOrigin(port) } });
    return;
  }
  const restoreTsconfig = keepTsconfig();
  try {
    run(["next", "build"], site.env, `next build (${site.distDir})`);
  } finally {
    restoreTsconfig();
  }
  run(["tsx", "scripts/export-search-index.ts"], site.env, `search index export (${site.distDir})`);
  fs.writeFileSync(originFile(site), site.env.SITE_URL);
}

/**
 * A copy of the hostile fixtures with one imported article added, in a folder
 * of this checkout's own: two checkouts testing at once must not overwrite
 * each other's copy (a server would then load the other one's articles).
 */
function fixtureContent(): string {
  const checkout = createHash("sha1").update(process.cwd()).digest("hex").slice(0, 10);
  const dir = path.join(os.tmpdir(), `archives-du-cloud-fixture-site-${checkout}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync("tests/fixtures/xss-content", dir, { recursive: true });
  run(["tsx", "scripts/import.ts", importedRaw, announcedRaw], { CONTENT_DIR: dir }, "npm run import");
  return dir;
}

export default async function setup(project: TestProject) {
  const env = { NEXT_TELEMETRY_DISABLED: "1" };
  const main = await siteOn(".next", env);
  const fixtures = await siteOn(".next-xss", { ...env, CONTENT_DIR: fixtureContent() }, main);
  // One build at a time (two would fight for the CPU); the main site last, so
  // next-env.d.ts, which each build rewrites, points at the main site's types.
  build(fixtures);
  build(main);
  const servers: RunningServer[] = [];
  const stop = () => servers.forEach((s) => s.stop());
  try {
    for (const [site, key] of [[main, "baseUrl"], [fixtures, "xssBaseUrl"]] as const) {
      const server = await startNext(site.env, { port: site.port });
      servers.push(server);
      project.provide(key, server.url);
    }
  } catch (error) {
    stop();
    throw error;
  }
  return stop;
}

import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import type { TestProject } from "vitest/node";

/*
 * Builds the site once and starts it once for the whole e2e run; the same for
 * a second, tiny site made of hostile fixtures (tests/fixtures/xss-content),
 * built into its own dist dir so the two builds never overwrite each other.
 * E2E_REUSE_BUILD=1 skips a build when one exists (local iteration only; CI always builds).
 */

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The hostile-content site (tests/e2e/xss.test.ts). */
    xssBaseUrl: string;
  }
}

/** The second site: hostile articles only, its own build directory. */
const xssSite = { distDir: ".next-xss", contentDir: "tests/fixtures/xss-content" };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the site did not answer at ${url} within ${timeoutMs} ms`);
}

type Site = { distDir: string; env: NodeJS.ProcessEnv };

function build(site: Site): void {
  if (process.env.E2E_REUSE_BUILD === "1" && existsSync(`${site.distDir}/BUILD_ID`)) return;
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: site.env });
  if (result.status !== 0) throw new Error(`next build failed (${site.distDir})`);
}

async function start(site: Site): Promise<{ url: string; server: ChildProcess }> {
  const port = await freePort();
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { env: site.env, stdio: ["ignore", "inherit", "inherit"], detached: true });
  const url = `http://127.0.0.1:${port}`;
  await waitForServer(url, server);
  return { url, server };
}

export default async function setup(project: TestProject) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const main: Site = { distDir: ".next", env: { ...env, NEXT_DIST_DIR: ".next" } };
  const xss: Site = { distDir: xssSite.distDir, env: { ...env, NEXT_DIST_DIR: xssSite.distDir, CONTENT_DIR: xssSite.contentDir } };
  // One build at a time (two would fight for the CPU); the main site last, so
  // next-env.d.ts, which each build rewrites, points at the main site's types.
  build(xss);
  build(main);
  const servers: ChildProcess[] = [];
  const stop = () => {
    // Each server runs in its own process group: end npx and next together.
    for (const server of servers) if (server.pid) process.kill(-server.pid, "SIGTERM");
  };
  try {
    for (const [site, key] of [[main, "baseUrl"], [xss, "xssBaseUrl"]] as const) {
      const { url, server } = await start(site);
      servers.push(server);
      project.provide(key, url);
    }
  } catch (error) {
    stop();
    throw error;
  }
  return stop;
}

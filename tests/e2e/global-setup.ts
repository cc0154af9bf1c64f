import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildForTests, builtTestOrigin, e2eDistDir, fixtureDist, fixtureDistDir, tsxCommand, tsxEnv } from "../../scripts/lib/e2e-build.mjs";
import { freePort, loopbackOrigin, type RunningServer, startNext } from "../../scripts/lib/next-server";

/*
 * One production build for the whole e2e run, into .next-e2e (never .next),
 * and two servers of it:
 * - the site itself (content/), at the origin the build was made for;
 * - the fixture site: the hostile articles of tests/fixtures/xss-content plus
 *   an article written by the importer from a raw fixture, served by the same
 *   build from a copy of those files (a server reads its CONTENT_DIR when it
 *   starts; scripts/lib/e2e-build.mjs's fixtureDist leaves out the pages the
 *   build prerendered from content/).
 * E2E_REUSE_BUILD=1 serves the build already in .next-e2e when there is one
 * (`npm test` builds first, as a phase of its own; local iteration).
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

/** A temporary copy of the hostile fixtures with one imported article added. */
function fixtureContent(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "archives-du-cloud-fixtures-"));
  fs.cpSync("tests/fixtures/xss-content", dir, { recursive: true });
  const result = spawnSync(...tsxCommand("scripts/import.ts", [importedRaw, announcedRaw]), { env: { ...process.env, ...tsxEnv, CONTENT_DIR: dir }, encoding: "utf8" });
  if (result.status !== 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`npm run import a échoué :\n${result.stderr}`);
  }
  return dir;
}

/** Stops a server and resolves once its process has exited (its files may then be removed). */
function stopped(server: RunningServer): Promise<void> {
  const exited = new Promise<void>((resolve) => (server.child.exitCode !== null || server.child.signalCode !== null ? resolve() : server.child.once("exit", () => resolve())));
  server.stop();
  return exited;
}

export default async function setup(project: TestProject) {
  let origin = process.env.E2E_REUSE_BUILD === "1" ? builtTestOrigin() : undefined;
  if (!origin) {
    // SITE_URL is fixed at build time (lib/site/site.ts): the port is chosen first, and the server listens there.
    origin = loopbackOrigin(await freePort());
    buildForTests(origin);
  }
  const servers: RunningServer[] = [];
  let content: string | undefined;
  const teardown = async () => {
    await Promise.all(servers.splice(0).map(stopped));
    if (content) fs.rmSync(content, { recursive: true, force: true });
    fs.rmSync(fixtureDistDir, { recursive: true, force: true });
  };
  try {
    content = fixtureContent();
    const env = { NEXT_TELEMETRY_DISABLED: "1", SITE_URL: origin };
    const started = await Promise.allSettled([
      startNext({ ...env, NEXT_DIST_DIR: e2eDistDir }, { port: Number(new URL(origin).port) }),
      startNext({ ...env, NEXT_DIST_DIR: fixtureDist(), CONTENT_DIR: content }),
    ]);
    for (const server of started) if (server.status === "fulfilled") servers.push(server.value);
    for (const server of started) if (server.status === "rejected") throw server.reason;
    const [site, fixtures] = servers;
    project.provide("baseUrl", site.url);
    project.provide("xssBaseUrl", fixtures.url);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

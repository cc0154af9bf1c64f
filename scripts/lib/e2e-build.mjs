// The one production build an `npm test` run makes, shared by every
// end-to-end file and by the fixture site (tests/e2e/global-setup.ts). It has
// its own dist folder: `.next` is what `npm start` serves, and this build
// fixes a loopback test origin as the site's address (SITE_URL).
// Plain JavaScript: `npm test` (scripts/test.mjs) runs without a TypeScript loader.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { nextCommand } from "./next-bin.mjs";

/**
 * Where the tests build the site. tsconfig.json lists its types (and excludes
 * the folder, as it does `.next`), so `next build` never rewrites tsconfig.json.
 */
export const e2eDistDir = ".next-e2e";

/** The fixture site's view of the same build (`fixtureDist`). */
export const fixtureDistDir = ".next-e2e-fixtures";

/**
 * End-to-end files whose assertions are time bounds (an article shown within
 * 2 or 3 s of its file being written, a hostile file refused within 1 s):
 * `npm test` runs them after the others, one at a time. Beside a file driving
 * Chromium, or beside each other, on a loaded 2-core machine, they missed
 * their bounds.
 */
export const timeBoundFiles = ["tests/e2e/publishing.test.ts", "tests/e2e/redis.test.ts", "tests/e2e/hostile-files.test.ts", "tests/e2e/announcements.test.ts"];

/** Written last: a build without it was interrupted. */
const originFile = path.join(e2eDistDir, "e2e-site-url");

/** The origin the build in e2eDistDir was made for, or undefined when there is no finished build. */
export function builtTestOrigin() {
  if (!fs.existsSync(path.join(e2eDistDir, "BUILD_ID")) || !fs.existsSync(originFile)) return undefined;
  return fs.readFileSync(originFile, "utf8");
}

/**
 * `node --import tsx <script>`: a TypeScript script run by the loader alone.
 * tsx's command line would leave its folder (tsx-<uid>) in the temporary
 * folder, and its cache would write there: `npm test` leaves no trace.
 */
export function tsxCommand(script, args = []) {
  return [process.execPath, ["--import", "tsx", script, ...args]];
}
/** The environment for tsxCommand: tsx's cache off. */
export const tsxEnv = { TSX_DISABLE_CACHE: "1" };

function run([command, args], env, what) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${what} a échoué (code ${result.status})`);
}

/**
 * `npm run build`'s two steps into e2eDistDir, with SITE_URL = origin: the
 * site, then the archive snapshot and search index a server starts from.
 * Leaves the checkout as it found it: next-env.d.ts, which Next points at the
 * build's types, is put back, and a rewrite of tsconfig.json fails the run.
 */
export function buildForTests(origin) {
  const tsconfigTime = fs.statSync("tsconfig.json").mtimeMs;
  const nextEnv = fs.existsSync("next-env.d.ts") ? fs.readFileSync("next-env.d.ts", "utf8") : undefined;
  const nextEnvTimes = nextEnv === undefined ? undefined : fs.statSync("next-env.d.ts");
  fs.rmSync(originFile, { force: true });
  const env = { ...process.env, ...tsxEnv, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: e2eDistDir, SITE_URL: origin };
  try {
    run(nextCommand(["build"]), env, `next build (${e2eDistDir})`);
  } finally {
    if (nextEnv === undefined) fs.rmSync("next-env.d.ts", { force: true });
    else {
      // Its time too: a newer next-env.d.ts makes the next `npm start` think the code changed since its build.
      if (fs.readFileSync("next-env.d.ts", "utf8") !== nextEnv) fs.writeFileSync("next-env.d.ts", nextEnv);
      fs.utimesSync("next-env.d.ts", nextEnvTimes.atime, nextEnvTimes.mtime);
    }
  }
  if (fs.statSync("tsconfig.json").mtimeMs !== tsconfigTime) {
    throw new Error(`next build a réécrit tsconfig.json : ses « include » doivent lister ${e2eDistDir}/types/**/*.ts et ${e2eDistDir}/dev/types/**/*.ts`);
  }
  run(tsxCommand("scripts/export-search-index.ts"), env, `l'export de l'index de recherche (${e2eDistDir})`);
  fs.writeFileSync(originFile, origin);
}

/** Output files of a prerendered route, beside its name: `index.html`, `feed.xml.body`, `articles.segments/`. */
const outputOfRoute = /\.(html|rsc|meta|body|segments)$/;

/**
 * The e2e build as a server on other content (the fixture site) must see it:
 * every file hard-linked (nothing copied, 0.2 s), except the pages the build
 * prerendered from content/. A server reads its CONTENT_DIR when it starts,
 * but it serves a prerendered page as built until the page expires: `/`,
 * `/articles` or `/feed.xml` would show the site's own articles, not the
 * fixtures. Without their files, Next renders those pages from the server's
 * archive on first request. Fallback shells of dynamic routes (`[slug].html`)
 * hold no article and stay.
 */
export function fixtureDist() {
  fs.rmSync(fixtureDistDir, { recursive: true, force: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(e2eDistDir, "prerender-manifest.json"), "utf8"));
  const prerendered = new Set(Object.keys(manifest.routes).map((route) => path.join(e2eDistDir, "server/app", route === "/" ? "index" : route.slice(1))));
  const link = (from, to) => {
    fs.mkdirSync(to);
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
      const source = path.join(from, entry.name);
      const output = outputOfRoute.exec(entry.name);
      if (output && prerendered.has(source.slice(0, -output[0].length))) continue;
      if (entry.isDirectory()) link(source, path.join(to, entry.name));
      else fs.linkSync(source, path.join(to, entry.name));
    }
  };
  link(e2eDistDir, fixtureDistDir);
  return fixtureDistDir;
}

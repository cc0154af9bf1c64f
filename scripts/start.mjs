// `npm start`: builds the site when no production build exists or when the
// code changed since the last one (after a git pull, say), then serves it.
// A newcomer's single command is `npm install && npm start`.
import { spawnSync } from "node:child_process";
import { keepTsconfig } from "./lib/keep-tsconfig.mjs";
import { nextCommand } from "./lib/next-bin.mjs";
import { staleBuildReason } from "./lib/stale-build.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const run = (args) => {
  const result = spawnSync(...nextCommand(args), { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const reason = process.argv.includes("--rebuild") ? "--rebuild demandé" : staleBuildReason(process.cwd(), distDir);
if (reason) {
  console.log(`Construction du site (${reason}).`);
  const restoreTsconfig = keepTsconfig();
  try {
    run(["build"]);
  } finally {
    restoreTsconfig();
  }
  // The validated archive and its search index, exported beside the build: a server reads again only the files changed since, and indexes only those.
  const exported = spawnSync("npx", ["tsx", "scripts/export-search-index.ts"], { stdio: "inherit", env: process.env });
  if (exported.status !== 0) process.exit(exported.status ?? 1);
}
run(["start", ...process.argv.slice(2).filter((a) => a !== "--rebuild")]);

// `npm start`: builds the site when no production build exists, then serves it.
// A newcomer's single command is `npm install && npm start`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const run = (args) => {
  const result = spawnSync("npx", ["next", ...args], { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (!existsSync(`${distDir}/BUILD_ID`) || process.argv.includes("--rebuild")) {
  run(["build"]);
  // The search index, exported beside the build: servers import it instead of indexing every article at start.
  const exported = spawnSync("npx", ["tsx", "scripts/export-search-index.ts"], { stdio: "inherit", env: process.env });
  if (exported.status !== 0) process.exit(exported.status ?? 1);
}
run(["start", ...process.argv.slice(2).filter((a) => a !== "--rebuild")]);

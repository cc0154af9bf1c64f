// `npm start`: builds the site when no production build exists or when the
// code changed since the last one (after a git pull, say), then serves it.
// A newcomer's single command is `npm install && npm start`.
//
// The build and the server run as child processes, and this process passes
// them SIGTERM, SIGINT and SIGHUP (what systemd, a container runtime or
// Ctrl-C send), then exits as they do: the server stops accepting, finishes
// the requests under way and frees its port (lib/server/shutdown.ts).
// Instances started together build once: the others wait (scripts/lib/build-lock.mjs).
import { spawn } from "node:child_process";
import os from "node:os";
import { acquireBuildLock, buildLockPath } from "./lib/build-lock.mjs";
import { keepTsconfig } from "./lib/keep-tsconfig.mjs";
import { nextCommand } from "./lib/next-bin.mjs";
import { staleBuildReason } from "./lib/stale-build.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const signals = ["SIGTERM", "SIGINT", "SIGHUP"];
/** The build or server running now, if any, and the signal that asked to stop. */
let child;
let stopping;
for (const signal of signals) {
  process.on(signal, () => {
    stopping = signal;
    // Passed on to the child, whose exit ends this process; with none (waiting for another start's build), exit now.
    if (child) child.kill(signal);
    else process.exit(128 + os.constants.signals[signal]);
  });
}

/** Runs a command to its end; resolves with its exit code (128 + the signal's number if a signal ended it). */
function run(command, args) {
  child = spawn(command, args, { stdio: "inherit", env: process.env });
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      child = undefined;
      resolve(code ?? 128 + (os.constants.signals[signal] ?? 0));
    });
  });
}

const distDir = process.env.NEXT_DIST_DIR ?? ".next";

/** Builds when the build is missing or older than the code (once across instances); the exit code of what failed, or 0. */
async function buildIfNeeded() {
  const forced = process.argv.includes("--rebuild");
  let reason = forced ? "--rebuild demandé" : staleBuildReason(process.cwd(), distDir);
  if (!reason) return 0;
  const lock = await acquireBuildLock(buildLockPath(distDir), {
    onWait: (pid) => console.log(`Un autre npm start (processus ${pid}) construit le site dans ${distDir} : attente de sa construction.`),
  });
  try {
    // What the other start built may be current already.
    if (lock.waited) reason = staleBuildReason(process.cwd(), distDir);
    if (!reason || stopping) return stopping ? 143 : 0;
    console.log(`Construction du site (${reason}).`);
    const restoreTsconfig = keepTsconfig();
    let code;
    try {
      code = await run(...nextCommand(["build"]));
    } finally {
      restoreTsconfig();
    }
    if (code !== 0 || stopping) return code || 143;
    // The validated archive and its search index, exported beside the build: a server reads again only the files changed since, and indexes only those.
    code = await run("npx", ["tsx", "scripts/export-search-index.ts"]);
    return stopping ? code || 143 : code;
  } finally {
    lock.release();
  }
}

const built = await buildIfNeeded();
if (built !== 0) process.exit(built);
process.exit(await run(...nextCommand(["start", ...process.argv.slice(2).filter((a) => a !== "--rebuild")])));

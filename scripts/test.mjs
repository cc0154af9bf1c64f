/**
 * `npm test`: the unit tests, the site's build for the end-to-end tests (into
 * .next-e2e, scripts/lib/e2e-build.mjs), then those tests against it. Prints
 * how long each phase took, and fails when the run left a trace: a change to
 * the checkout (git status, tsconfig.json, next-env.d.ts, .next) or anything
 * in its temporary folder (every process it starts gets one of its own as
 * TMPDIR, removed after the check).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { buildForTests, timeBoundFiles, tsxEnv } from "./lib/e2e-build.mjs";
import { freePort, loopbackOrigin } from "./lib/loopback.mjs";

const vitest = path.join(path.dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "vitest.mjs");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "adc-npm-test-"));
// The children inherit it: the tests, the build, the servers, Chromium.
Object.assign(process.env, { TMPDIR: tmp, ...tsxEnv, NEXT_TELEMETRY_DISABLED: "1", VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" });

/** What the run must leave as it found it: each path's state (content and time, or absence). */
function stateOf(file) {
  if (!fs.existsSync(file)) return { what: "absent", time: 0 };
  const stat = fs.statSync(file);
  return { what: stat.isDirectory() ? "dossier" : createHash("sha1").update(fs.readFileSync(file)).digest("hex"), time: stat.mtimeMs };
}
/*
 * A time put back with fs.utimes (next-env.d.ts after the test build) keeps
 * its millisecond, not the file system's nanoseconds: within a millisecond is
 * the same time for every reader of it (npm start's staleness check included).
 */
const sameState = (a, b) => a.what === b.what && Math.abs(a.time - b.time) < 1;
const watched = ["tsconfig.json", "next-env.d.ts", "package-lock.json", ".next", ".next/BUILD_ID"];

/** The checkout's changes as git sees them, with the content of each changed file (a file already changed may change again). */
function checkoutState() {
  const status = spawnSync("git", ["status", "--porcelain=v1", "--untracked-files=all"], { encoding: "utf8" });
  if (status.status !== 0) return undefined;
  return status.stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => `${line} ${stateOf(line.slice(3)).what}`)
    .join("\n");
}

const before = { files: watched.map(stateOf), checkout: checkoutState() };

/** One vitest run of a project's files (`files`: the given ones, or all but `--exclude`d ones); its JSON report goes to test-results/<report>.json. */
function vitestRun(project, report, files = [], env = {}) {
  const args = [vitest, "run", "--project", project, ...files, "--reporter=default", "--reporter=json", `--outputFile.json=test-results/${report}.json`];
  return spawnSync(process.execPath, args, { stdio: "inherit", env: { ...process.env, ...env } }).status === 0;
}

/** Each phase by name: true when it passed. */
const phases = [
  ["unitaires", () => vitestRun("unit", "unit")],
  [
    "build",
    async () => {
      // The origin is fixed at build time (lib/site.ts): the e2e run serves the build on this port.
      buildForTests(loopbackOrigin(await freePort()));
      return true;
    },
  ],
  ["bout en bout", () => vitestRun("e2e", "e2e", timeBoundFiles.flatMap((file) => ["--exclude", file]), { E2E_REUSE_BUILD: "1" })],
  // One at a time: a bound of one second is missed beside another server's work on 2 cores.
  ["bout en bout, délais", () => vitestRun("e2e", "e2e-delais", timeBoundFiles, { E2E_REUSE_BUILD: "1", E2E_WORKERS: "1" })],
];

/**
 * CPU seconds used so far by the processes this one started and waited for
 * (Linux: /proc/self/stat's cutime and cstime, in clock ticks of 1/100 s);
 * on a shared machine it says more than the wall time.
 */
function childrenCpu() {
  try {
    const fields = fs.readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}

/** Runs the phases, stopping at the first that fails; the duration of each, its CPU time, and the load average before and after. */
async function runPhases() {
  const times = [];
  const load = () => os.loadavg()[0].toFixed(1);
  for (const [name, phase] of phases) {
    const started = performance.now();
    const cpuBefore = childrenCpu();
    const loadBefore = load();
    let passed;
    try {
      passed = await phase();
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      passed = false;
    }
    const cpu = childrenCpu() - cpuBefore;
    times.push(`${name} ${((performance.now() - started) / 1000).toFixed(0)} s (${Number.isNaN(cpu) ? "" : `CPU ${cpu.toFixed(0)} s, `}charge ${loadBefore} → ${load()})`);
    if (!passed) return { passed, times: [...times, `arrêt : la phase « ${name} » a échoué`] };
  }
  return { passed: true, times };
}

/** What the run changed that it should not have; removes the temporary folder. */
function tracesLeft() {
  const traces = [];
  watched.forEach((file, i) => {
    if (!sameState(stateOf(file), before.files[i])) traces.push(`${file} a changé`);
  });
  const checkout = checkoutState();
  if (checkout !== before.checkout) traces.push(`git status a changé :\n${checkout || "(propre)"}\n(avant : ${before.checkout || "propre"})`);
  const left = fs.readdirSync(tmp);
  if (left.length) traces.push(`dossiers et fichiers temporaires laissés : ${left.join(", ")}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  return traces;
}

const started = performance.now();
const { passed, times } = await runPhases();
const traces = tracesLeft();
console.log(`\nDurées : ${times.join(" · ")} · total ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (traces.length) console.error(`\nLes tests ont laissé des traces :\n- ${traces.join("\n- ")}`);
process.exit(passed && !traces.length ? 0 : 1);

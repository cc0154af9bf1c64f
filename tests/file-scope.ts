/*
 * What a test file may change in a process it shares with the files run
 * after it (unit files share their worker's modules: vitest.config.ts), put
 * back once the file is over, passed or failed:
 * - the environment (a file that sets CONTENT_DIR must not move the next
 *   file's archive);
 * - the temporary folder: each file gets its own as TMPDIR, which
 *   os.tmpdir(), Chromium's profiles and the servers a test starts all read,
 *   removed with all it holds, so no test leaves a folder in /tmp
 *   (`npm test` checks: scripts/test.mjs).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const environment = { ...process.env };
// A short name: Chromium's socket path under it must stay within a Unix socket's 108 bytes.
const root = fs.mkdtempSync(path.join(os.tmpdir(), "adc-"));
process.env.TMPDIR = root;

// Registered before any of the file's own hooks, so it runs after them (vitest runs after-hooks last in, first out).
afterAll(() => {
  for (const name of Object.keys(process.env)) if (!(name in environment)) delete process.env[name];
  Object.assign(process.env, environment);
  fs.rmSync(root, { recursive: true, force: true });
});

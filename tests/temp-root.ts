/*
 * Each test file gets a temporary folder of its own as the system's: TMPDIR,
 * which os.tmpdir(), Chromium's profiles and the servers a test starts all
 * read. It is removed with all it holds once the file is over, passed or
 * failed, so no test leaves a folder in /tmp (`npm test` checks: scripts/test.ts).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const outer = process.env.TMPDIR;
const root = fs.mkdtempSync(path.join(os.tmpdir(), "archives-du-cloud-test-"));
process.env.TMPDIR = root;

// Registered before any of the file's own hooks, so it runs after them (vitest runs after-hooks last-in first-out).
afterAll(() => {
  if (outer === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = outer;
  fs.rmSync(root, { recursive: true, force: true });
});

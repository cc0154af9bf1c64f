import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/**
 * knip (config: knip.json) reads the whole project once, in a child process:
 * its report lists every unused file, export, type or dependency, and its exit
 * code is 0 only when there is none.
 */
describe("the project's code", () => {
  it("exports nothing that no file imports, and depends on no unused package (knip)", () => {
    const run = spawnSync(process.execPath, ["node_modules/knip/bin/knip.js", "--no-progress", "--no-config-hints", "--reporter", "compact"], { encoding: "utf8", timeout: 60_000 });
    expect(run.error).toBeUndefined();
    // The report names each unused thing with its file: shown as the failure when there is one.
    expect(run.stdout.trim()).toBe("");
    expect(run.status).toBe(0);
  }, 90_000);
});

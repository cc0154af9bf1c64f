import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { e2eDistDir } from "@/scripts/lib/e2e-build.mjs";
import { keepTsconfig } from "@/scripts/lib/keep-tsconfig.mjs";

describe("tsconfig.json around a build into another distDir", () => {
  it("is changed by Next for a distDir it does not list, and put back as committed", async () => {
    const { writeConfigurationDefaults } = await import("next/dist/lib/typescript/writeConfigurationDefaults.js");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tsconfig-")), "tsconfig.json");
    fs.copyFileSync("tsconfig.json", file);
    const committed = fs.readFileSync(file, "utf8");
    const { version } = JSON.parse(fs.readFileSync("node_modules/typescript/package.json", "utf8")) as { version: string };

    // The committed file already lists the types of .next and of the tests' build (.next-e2e): those builds leave it alone.
    for (const distDir of [".next", e2eDistDir]) {
      await writeConfigurationDefaults(version, file, false, true, distDir, false, false);
      expect(fs.readFileSync(file, "utf8"), distDir).toBe(committed);
    }

    const before = new Date("2026-01-02T03:04:05Z");
    fs.utimesSync(file, before, before);
    const restore = keepTsconfig(file);
    await writeConfigurationDefaults(version, file, false, true, ".next-bench-1000", false, false);
    expect(fs.readFileSync(file, "utf8")).toContain(".next-bench-1000/types/**/*.ts");
    restore();
    expect(fs.readFileSync(file, "utf8")).toBe(committed);
    // Not newer than the build it was restored after: npm start would build again.
    expect(fs.statSync(file).mtime).toEqual(before);
  });
});

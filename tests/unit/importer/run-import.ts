import os from "node:os";
import fs from "node:fs";
import path from "node:path";
import { vi } from "vitest";
import { main } from "@/scripts/import";

/**
 * `npm run import -- <args>` in this process (scripts/import.ts's `main`), as
 * the command would run it with CONTENT_DIR = `content`: its exit status and
 * what it printed. A process per case cost 2–4 s of `tsx` start-up each;
 * cli.test.ts keeps one case through the real command line.
 */
export function runImport(args: string[], content = path.resolve("content")): { status: number; stdout: string; stderr: string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const print = (to: string[]) => (...parts: unknown[]) => void to.push(parts.map(String).join(" "));
  const spies = [vi.spyOn(console, "log").mockImplementation(print(stdout)), vi.spyOn(console, "error").mockImplementation(print(stderr)), vi.spyOn(console, "warn").mockImplementation(print(stderr))];
  vi.stubEnv("CONTENT_DIR", content);
  try {
    const status = main(args);
    return { status, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
  } finally {
    spies.forEach((spy) => spy.mockRestore());
    vi.unstubAllEnvs();
  }
}

/** A new empty folder (tests/file-scope.ts removes it with the test file's temporary folder). */
export const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { e2eDistDir } from "./scripts/lib/e2e-build.mjs";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    // A temporary folder per test file, removed after it, and the environment put back (tests/file-scope.ts).
    setupFiles: ["tests/file-scope.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          /*
           * The files of a worker share its modules instead of importing lib/
           * again for each (CPU time of the unit run: 68 s → 20 s). What a file
           * changes in the process is put back after it (tests/file-scope.ts),
           * spies after each test.
           */
          isolate: false,
          // Both cores: vitest's default left one idle here (unit run 68 s → 43 s wall, same CPU).
          maxWorkers: 2,
          restoreMocks: true,
          // Half a second idle, a test took over 5 s (vitest's default limit) at a load of 20 on 2 cores.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          // One production build and two servers for the whole run (see tests/e2e/global-setup.ts).
          globalSetup: ["tests/e2e/global-setup.ts"],
          // A server a test starts itself serves the run's build, not .next (tests/e2e/support.ts).
          env: { NEXT_DIST_DIR: e2eDistDir },
          // Two files at a time: measured on 2 cores (README, « Tests »); E2E_WORKERS=1 runs them one by one.
          maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

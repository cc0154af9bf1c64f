// Prints the closing line CI reads ("N passed, N failed") from vitest's JSON reports.
import fs from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
// npm test runs the end-to-end files with time bounds by themselves (scripts/lib/e2e-build.mjs): their own report.
for (const name of ["unit", "e2e", "e2e-delais"]) {
  const file = `test-results/${name}.json`;
  if (!fs.existsSync(file)) {
    console.error(`${file} manquant : la suite ${name} n'a pas tourné.`);
    process.exit(1);
  }
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

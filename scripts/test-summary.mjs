// Prints the closing line CI reads ("N passed, N failed") from vitest's JSON reports.
import fs from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of ["unit", "e2e"]) {
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

/**
 * Writes a synthetic content directory for load tests and benchmarks:
 *   npm run generate -- --count 10000 --out /tmp/archives-10k [--seed 7]
 * Then e.g. CONTENT_DIR=/tmp/archives-10k npm run dev.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus } from "../lib/synthetic/generate-corpus";
import { readRegistryFiles } from "../lib/content/load-registry";
import { writeCorpus } from "../lib/synthetic/synthetic-archive";

const { values } = parseArgs({
  options: { count: { type: "string" }, out: { type: "string" }, seed: { type: "string", default: "1" } },
});
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !values.out || !Number.isInteger(seed)) {
  console.error("Usage : npm run generate -- --count <N> --out <dossier> [--seed <n>]");
  process.exit(1);
}
const out = path.resolve(values.out);
const started = performance.now();
const corpus = generateCorpus({ count, seed, base: readRegistryFiles(path.join(process.cwd(), "content")) });
writeCorpus(corpus, out);
console.log(`${count} articles écrits dans ${out} (graine ${seed}, ${((performance.now() - started) / 1000).toFixed(1)} s).`);

/**
 * `npm run bench:import`: time of the importer on raw texts of 0.25, 0.5 and
 * 1 MB (the size limit), in two shapes: a page of many paragraphs (a corpus
 * page whose body is repeated) and a single paragraph with no line break.
 * The time should grow about linearly with the size. Figures, not a test.
 *
 * Options: --sizes 0.25,0.5,1 (MB)  --runs 3
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { contentDir } from "../lib/content/content-dir";
import { loadRegistry } from "../lib/content/load-registry";
import { importArticle } from "../lib/importer/import-article";
import { counted } from "../lib/text/plural";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "0.25,0.5,1" }, runs: { type: "string", default: "3" } } });
const sizes = values.sizes.split(",").map(Number);
const runs = Number(values.runs);
const registry = loadRegistry(contentDir());

const page = fs.readFileSync(path.join(process.cwd(), "tests/fixtures/raw-pages/01-quotidien-national-hyperscaler-espagne.txt"), "utf8");
const lines = page.split("\n");
const bodyStart = lines.findIndex((l) => l.startsWith("Amazon Web Services (AWS)"));
const body = lines.slice(bodyStart, bodyStart + 3).join("\n");
const bytes = (text: string) => Buffer.byteLength(text, "utf8");

/** A page padded to `size` bytes by repeating its body paragraphs, numbered so that no two are equal. */
function paragraphs(size: number): string {
  const head = lines.slice(0, bodyStart).join("\n");
  const tail = lines.slice(bodyStart + 3).join("\n");
  const parts: string[] = [head];
  let total = bytes(head) + bytes(tail);
  for (let i = 1; total < size; i++) {
    const chunk = body.replace(/\.$/gm, ` (${i}).`);
    parts.push(chunk);
    total += bytes(chunk) + 1;
  }
  return [...parts, tail].join("\n");
}

/** One paragraph of `size` bytes: the body's sentences on a single line. */
function oneLine(size: number): string {
  const sentence = body.replace(/\n/g, " ");
  return `Titre de la page de test\n${sentence.repeat(Math.ceil(size / bytes(sentence))).slice(0, size)}`;
}

function time(text: string): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    const result = importArticle(text, "bench.txt", registry);
    best = Math.min(best, performance.now() - started);
    if (!result.ok) throw new Error(result.message);
  }
  return best;
}

console.log(`importArticle, meilleur de ${counted(runs, "essai")}`);
console.log("| taille | paragraphes | une seule ligne |");
console.log("|---:|---:|---:|");
for (const mb of sizes) {
  const size = Math.round(mb * 1024 * 1024);
  console.log(`| ${mb} Mo | ${time(paragraphs(size)).toFixed(0)} ms | ${time(oneLine(size)).toFixed(0)} ms |`);
}

/**
 * Search benchmark (not a test): indexes synthetic corpora of 1,000, 10,000
 * and 100,000 articles and compares query latency with a naive scan of the
 * folded texts.   npm run bench:search [-- --sizes 1000,10000]
 */
import path from "node:path";
import { parseArgs } from "node:util";
import v8 from "node:v8";
import vm from "node:vm";
import type { Archive } from "../lib/archive/archive";
import { createSearch } from "../lib/search/search";
import type { SearchParams } from "../lib/search/search-params";
import { generateCorpus } from "../lib/synthetic/generate-corpus";
import { readRegistryFiles } from "../lib/content/load-registry";
import { corpusToArchive } from "../lib/synthetic/synthetic-archive";
import { foldText, words } from "../lib/text/text";

// A collectable heap without restarting node with --expose-gc.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const heapUsed = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const { values } = parseArgs({ options: { sizes: { type: "string", default: "1000,10000,100000" }, seed: { type: "string", default: "7" } } });
const sizes = values.sizes.split(",").map(Number);

/** The fixed mix: one word, two words, an entity name, a typo, a filter alone. */
const queries: { label: string; params: SearchParams }[] = [
  { label: "un mot", params: { q: "serveurs", sort: "relevance", page: 1 } },
  { label: "deux mots", params: { q: "sécurité données", sort: "relevance", page: 1 } },
  { label: "entité", params: { q: "huawei", sort: "relevance", page: 1 } },
  { label: "faute", params: { q: "huaweii", sort: "relevance", page: 1 } },
  { label: "filtre seul", params: { q: "", company: "alibaba", year: 2020, sort: "relevance", page: 1 } },
];

/** The baseline: every folded query word as a substring of the folded text, newest first. */
function naiveSearch(archive: Archive, folded: string[]) {
  return (params: SearchParams) => {
    const needles = words(params.q);
    const hits: number[] = [];
    for (let id = 0; id < folded.length; id++) {
      const article = archive.articles[id];
      if (params.company && !article.companies.some((c) => c.slug === params.company)) continue;
      if (params.year && article.date.year !== params.year) continue;
      if (needles.every((n) => folded[id].includes(n))) hits.push(id);
    }
    return hits.slice(0, 20);
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function measure(run: (params: SearchParams) => unknown, rounds: number): { p50: number; p95: number; byQuery: number[] } {
  for (const q of queries) run(q.params); // warm up
  const all: number[] = [];
  const byQuery = queries.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    queries.forEach((q, i) => {
      const start = performance.now();
      run(q.params);
      const ms = performance.now() - start;
      all.push(ms);
      byQuery[i].push(ms);
    });
  }
  all.sort((a, b) => a - b);
  return { p50: percentile(all, 50), p95: percentile(all, 95), byQuery: byQuery.map((l) => percentile(l.sort((a, b) => a - b), 50)) };
}

const base = readRegistryFiles(path.join(process.cwd(), "content"));
const rows: string[][] = [];
const details: string[][] = [];
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

for (const size of sizes) {
  process.stdout.write(`${size} articles : génération… `);
  const archive = corpusToArchive(generateCorpus({ count: size, seed: Number(values.seed), base }));
  process.stdout.write("index… ");
  const before = heapUsed();
  const started = performance.now();
  const search = createSearch(archive);
  const buildMs = performance.now() - started;
  const indexBytes = heapUsed() - before;

  process.stdout.write("requêtes… ");
  const rounds = size >= 100_000 ? 20 : 60;
  const indexed = measure(search, rounds);
  const folded = archive.articles.map((a) => foldText(`${a.title} ${a.summary} ${a.body}`));
  const naive = measure(naiveSearch(archive, folded), size >= 100_000 ? 8 : rounds);
  const total = search(queries[0].params).total;
  console.log("fait.");

  rows.push([
    size.toLocaleString("fr-FR"),
    (buildMs / 1000).toFixed(2),
    (indexBytes / 1024 / 1024).toFixed(1),
    ms(indexed.p50),
    ms(indexed.p95),
    ms(naive.p50),
    ms(naive.p95),
    `${(naive.p50 / indexed.p50).toFixed(0)}×`,
    `${(naive.p95 / indexed.p95).toFixed(0)}×`,
  ]);
  details.push([size.toLocaleString("fr-FR"), ...indexed.byQuery.map(ms), String(total)]);
}

function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n");
}

console.log(`\nRecherche : index flexsearch contre balayage naïf (foldText + includes), graine ${values.seed}, Node ${process.version}\n`);
console.log(table(["articles", "index (s)", "mémoire (Mo)", "p50 (ms)", "p95 (ms)", "naïf p50", "naïf p95", "gain p50", "gain p95"], rows));
console.log("\nMédiane par requête (ms) :\n");
console.log(table(["articles", ...queries.map((q) => q.label), "résultats « serveurs »"], details));
console.log("\nCibles : p95 < 5 ms à 10 000, < 30 ms à 100 000, au moins 20× plus rapide que le naïf à 100 000.");

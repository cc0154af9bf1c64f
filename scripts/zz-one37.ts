import { loadRegistry } from "@/lib/content/load-registry";
import { loadGazetteer } from "@/lib/importer/entities/gazetteer";
import { importArticle } from "@/lib/importer/import-article";
import { readCorpus, scorePage, summarise } from "@/tests/unit/importer/corpus-score";
const want = process.argv.slice(2);
const registry = loadRegistry(`${process.cwd()}/content`);
const gazetteer = loadGazetteer();
const pages = readCorpus().filter((p) => want.some((w) => p.name.startsWith(w) || p.expected.set === w));
const scores = [];
for (const page of pages) {
  const r = importArticle(page.raw, `${page.name}.txt`, registry, { gazetteer, ...(page.expected.url ? { url: page.expected.url } : {}) });
  if (!r.ok) { console.log("REFUSED", page.name, r.message); continue; }
  scores.push(scorePage(page, r, registry));
  if (process.env.SHOW) console.log(JSON.stringify({ fm: r.frontMatter, body: r.body }, null, 1));
}
const s = summarise(scores);
console.log(`clean ${s.clean}/${s.pages} falseDates ${s.falseDates.join(",")}`);
console.log(s.misses.join("\n"));

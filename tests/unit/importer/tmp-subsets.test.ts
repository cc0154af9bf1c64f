import { it } from "vitest";
import { loadRegistry } from "@/lib/content/load-registry";
import { loadGazetteer } from "@/lib/importer/gazetteer";
import { importArticle } from "@/lib/importer/import-article";
import { readCorpus, scorePage, summarise, table } from "./corpus-score";
it("subsets", { timeout: 120_000 }, () => {
  const registry = loadRegistry(`${process.cwd()}/content`);
  const gazetteer = loadGazetteer();
  const pages = readCorpus();
  const scores = pages.map((p) => {
    const r = importArticle(p.raw, `${p.name}.txt`, registry, { gazetteer, ...(p.expected.url ? { url: p.expected.url } : {}) });
    if (!r.ok) throw new Error(p.name + r.message);
    return { p, s: scorePage(p, r, registry) };
  });
  const sub = (f: (n: number) => boolean) => summarise(scores.filter(({ p }) => f(Number(p.name.slice(0, 2)))).map(({ s }) => s));
  console.log([table("OLD 01-34", sub((n) => n <= 34)), table("NEW TUNING 35-50", sub((n) => n >= 35 && n <= 50)), table("HELD-OUT 51-58", sub((n) => n >= 51)), table("ALL TUNING 01-50", sub((n) => n <= 50))].join("\n\n"));
  if (process.env.SHOW_NEW) console.log(sub((n) => n <= 50).misses.join("\n"));
  if (process.env.SHOW_HELD) console.log("HELD MISSES\n" + [...sub((n) => n >= 51).misses, ...sub((n) => n >= 51).duplicates, ...sub((n) => n >= 51).forbidden].join("\n"));
});

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegistry } from "@/lib/content/load-registry";
import { importArticle } from "@/lib/importer/import-article";

/*
 * The raw-page corpus (tests/fixtures/raw-pages, see its README): every page is
 * imported and compared, field by field, with the article written by hand
 * beside it. Scores are pooled over the corpus and must each reach 95 %:
 * - headline: title and titleSource equal (one point per page);
 * - date, author: equal, null included (one point per page);
 * - body kept: lines of `kept` found as a paragraph, an intertitle or the summary;
 * - furniture removed: lines of `removed` absent from the body;
 * - captions: captions of the page found in the front matter's `captions`.
 * The table and every miss are printed, so a regression names its page and line.
 */
type Expected = {
  template: string;
  headline: string;
  titleSource: "source" | "editorial";
  date: string | null;
  author: string | null;
  kept: string[];
  removed: string[];
  captions?: string[];
};

const dir = path.resolve(process.cwd(), "tests/fixtures/raw-pages");
const registry = loadRegistry(path.resolve(process.cwd(), "content"));
const pages = fs.readdirSync(dir).filter((n) => n.endsWith(".txt")).sort();

const FIELDS = ["headline", "date", "author", "body kept", "furniture removed", "captions"] as const;
type Field = (typeof FIELDS)[number];
const score = new Map<Field, { hit: number; total: number }>(FIELDS.map((f) => [f, { hit: 0, total: 0 }]));
const misses: string[] = [];
const count = (field: Field, hit: number, total: number) => {
  const s = score.get(field)!;
  s.hit += hit;
  s.total += total;
};

const occurrences = (list: readonly string[], line: string) => list.filter((l) => l === line).length;

describe("raw-page corpus", () => {
  it("holds at least 30 pages in at least 15 templates", () => {
    const templates = new Set(pages.map((p) => (JSON.parse(fs.readFileSync(path.join(dir, p.replace(/\.txt$/, ".expected.json")), "utf8")) as Expected).template.split(" (")[0]));
    expect(pages.length).toBeGreaterThanOrEqual(30);
    expect(templates.size).toBeGreaterThanOrEqual(15);
  });

  it.each(pages)("%s", (page) => {
    const expected = JSON.parse(fs.readFileSync(path.join(dir, page.replace(/\.txt$/, ".expected.json")), "utf8")) as Expected;
    const result = importArticle(fs.readFileSync(path.join(dir, page), "utf8"), page, registry);
    expect(result.ok, result.ok ? "" : result.message).toBe(true);
    if (!result.ok) return;
    const fm = result.frontMatter;
    const miss = (field: Field, detail: string) => misses.push(`${page} › ${field} : ${detail}`);

    const headlineOk = fm.title === expected.headline && fm.titleSource === expected.titleSource;
    count("headline", headlineOk ? 1 : 0, 1);
    if (!headlineOk) miss("headline", `« ${fm.title} » (${fm.titleSource}), attendu « ${expected.headline} » (${expected.titleSource})`);

    count("date", fm.date === expected.date ? 1 : 0, 1);
    if (fm.date !== expected.date) miss("date", `${fm.date}, attendu ${expected.date}`);

    const author = fm.author ?? null;
    count("author", author === expected.author ? 1 : 0, 1);
    if (author !== expected.author) miss("author", `${author}, attendu ${expected.author}`);

    // A line may be furniture once and text once (a table of contents repeats the intertitles): count occurrences.
    const blocks = result.body.split("\n\n").map((b) => b.replace(/^## /, "").trim());
    const article = fm.summarySource === "source" ? [fm.summary, ...blocks] : blocks;
    for (const line of new Set([...expected.kept, ...expected.removed])) {
      const keep = occurrences(expected.kept, line);
      const drop = occurrences(expected.removed, line);
      const found = occurrences(line === fm.summary && fm.summarySource === "source" ? article : blocks, line);
      if (keep) {
        count("body kept", Math.min(found, keep), keep);
        if (found < keep) miss("body kept", `ligne perdue « ${line} »`);
      }
      if (drop) {
        const left = Math.max(0, found - keep);
        count("furniture removed", drop - Math.min(drop, left), drop);
        if (left) miss("furniture removed", `ligne restée « ${line} »`);
      }
    }

    for (const caption of expected.captions ?? []) {
      const ok = fm.captions.some((c) => c.includes(caption) || caption.includes(c.replace(/\s*\(.*\)$/, "")));
      count("captions", ok ? 1 : 0, 1);
      if (!ok) miss("captions", `légende absente « ${caption} »`);
    }
  });

  it("scores at least 95 % on every field", () => {
    const rows = FIELDS.map((f) => {
      const { hit, total } = score.get(f)!;
      return { field: f, hit, total, percent: total ? Math.round((1000 * hit) / total) / 10 : 100 };
    });
    console.log(
      [
        "| champ | réussis | total | score |",
        "|---|---:|---:|---:|",
        ...rows.map((r) => `| ${r.field} | ${r.hit} | ${r.total} | ${r.percent} % |`),
        "",
        ...misses,
      ].join("\n"),
    );
    for (const r of rows) expect(r.percent, `${r.field} : ${r.hit}/${r.total}`).toBeGreaterThanOrEqual(95);
  });
});

import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { parseYaml } from "../../../lib/content/yaml";
import { loadRegistry } from "@/lib/content/load-registry";
import { importArticle } from "@/lib/importer/import-article";
import { frontMatterSchema, type FrontMatter } from "@/lib/model/schema/article";

/*
 * Each seed imported by the importer is compared with its hand conversion in
 * content/articles (matched on `raw`). Rules:
 * - title equal when the hand title is the text's own; otherwise titleSource is editorial;
 * - date and datePrecision equal, except where the hand date was inferred from
 *   outside knowledge (a year deduced from events) — except that 000 (source line)
 *   and 002 (weekday + the caption's year) must match too; 001's date is left
 *   empty by the importer (issue #29): its text says « ce lundi 20 mars 2020 »,
 *   a Friday, and a date whose weekday does not fit is not published;
 * - companies and countries equal as sets;
 * - themes: the importer finds at least two thirds of the editor's themes and
 *   adds at most one the editor did not pick.
 */
const contentDir = path.resolve(process.cwd(), "content");
// The archive's own copies of the seeds (content/raw), which a clean clone always holds.
const rawDir = path.join(contentDir, "raw");
// The seeds as they came, in the shared folder beside the project (../shared), or two levels up from a worktree (../../shared).
const seedsDir = ["../shared/seeds", "../../shared/seeds"].map((d) => path.resolve(process.cwd(), d)).find((d) => fs.existsSync(d)) ?? "";
const registry = loadRegistry(contentDir);

const matterOptions = { engines: { yaml: (text: string) => parseYaml(text) as object } };
const handConverted = new Map<string, FrontMatter>(
  fs
    .readdirSync(path.join(contentDir, "articles"))
    .filter((n) => n.endsWith(".md"))
    .map((n) => frontMatterSchema.parse(matter(fs.readFileSync(path.join(contentDir, "articles", n), "utf8"), matterOptions).data))
    .map((fm) => [fm.raw, fm]),
);
const mustMatchDate = new Set(["000_09b09ab7f07e46cf.txt", "002_59d6068bb476c50a.txt"]);
const weekdayConflict = "001_24241b0598c732d0.txt";
// The raw text of each hand-converted article, as the archive keeps it.
const seeds = [...handConverted.keys()].sort();

describe("round trip: seeds → importer ≈ hand conversion", () => {
  it("reads the seeds from the archive's own copies, identical to the shared seeds when those sit beside it", () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    for (const name of seeds) expect(fs.existsSync(path.join(rawDir, name)), `content/raw/${name}`).toBe(true);
    if (!seedsDir) return;
    const shared = fs.readdirSync(seedsDir).filter((n) => n.endsWith(".txt")).sort();
    expect(shared.length).toBeGreaterThanOrEqual(5);
    for (const name of shared) expect(fs.readFileSync(path.join(rawDir, name), "utf8"), name).toBe(fs.readFileSync(path.join(seedsDir, name), "utf8"));
  });

  it.each(seeds)("%s", (name) => {
    const hand = handConverted.get(name);
    expect(hand, `pas d'article converti à la main pour ${name}`).toBeDefined();
    const result = importArticle(fs.readFileSync(path.join(rawDir, name), "utf8"), name, registry);
    if (!result.ok) throw new Error(result.message);
    const fm = result.frontMatter;

    if (hand!.titleSource === "source") expect(fm.title).toBe(hand!.title);
    else expect(fm.titleSource).toBe("editorial");

    if (name === weekdayConflict) expect({ date: fm.date, precision: fm.datePrecision }).toEqual({ date: null, precision: "unknown" });
    else if (!hand!.dateInferred || mustMatchDate.has(name)) {
      expect({ date: fm.date, precision: fm.datePrecision }).toEqual({ date: hand!.date, precision: hand!.datePrecision });
    }

    expect(new Set(fm.companies)).toEqual(new Set(hand!.companies));
    expect(new Set(fm.countries.map((c) => c.slug))).toEqual(new Set(hand!.countries.map((c) => c.slug)));

    const found = hand!.themes.filter((t) => fm.themes.includes(t));
    const extra = fm.themes.filter((t) => !hand!.themes.includes(t));
    expect(found.length, `thèmes trouvés ${fm.themes} / attendus ${hand!.themes}`).toBeGreaterThanOrEqual(Math.ceil((hand!.themes.length * 2) / 3));
    expect(extra.length, `thèmes en trop : ${extra}`).toBeLessThanOrEqual(1);
  });

  it("flags the weekday conflict of seed 001 and publishes no date for it", () => {
    const result = importArticle(fs.readFileSync(path.join(rawDir, weekdayConflict), "utf8"), weekdayConflict, registry);
    expect(result.ok && result.warnings.some((w) => /lundi 20 mars 2020.*vendredi/.test(w))).toBe(true);
    expect(result.ok && result.frontMatter.dateNote).toMatch(/lundi 20 mars 2020.*vendredi/);
    expect(result.ok && result.frontMatter.date).toBeNull();
  });
});

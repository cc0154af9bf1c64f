import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive/archive";
import { contentDir } from "@/lib/content/content-dir";
import { rawDir } from "@/lib/content/raw-texts";
import { slugify } from "@/lib/text/text";

/*
 * The real archive (or CONTENT_DIR): properties every article must have,
 * whatever their number, then the facts of the hand-converted seeds, each
 * checked on its own article. An editor who adds an article with its raw text
 * keeps this file green without touching it.
 */
const dir = contentDir();
const archive = buildArchive(dir);
const rawOf = (name: string) => fs.readFileSync(path.join(rawDir(dir), name), "utf8");

/** Markdown markers the conversion adds, line by line: intertitle hashes, quotation marks. */
const stripMarkdown = (paragraph: string) =>
  paragraph
    .split("\n")
    .map((line) => line.replace(/^#{2,3} /, "").replace(/^> ?/, ""))
    .join("\n");

describe("every article of the archive", () => {
  it("loads and validates (at least one)", () => {
    expect(archive.articles.length).toBeGreaterThan(0);
  });

  it("has a unique slug derived from its headline", () => {
    const slugs = archive.articles.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const article of archive.articles) expect(article.slug).toBe(slugify(article.title));
  });

  it("is listed newest first", () => {
    const keys = archive.articles.map((a) => a.date.sortKey);
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
  });

  it("has its own raw text in raw/", () => {
    const raws = archive.articles.map((a) => a.raw);
    expect(new Set(raws).size).toBe(raws.length);
    for (const raw of raws) expect(fs.existsSync(path.join(rawDir(dir), raw)), raw).toBe(true);
  });

  it("keeps every paragraph, quotation and caption exactly as written in its raw text", () => {
    for (const article of archive.articles) {
      const raw = rawOf(article.raw);
      for (const paragraph of article.body.split(/\n{2,}/)) {
        expect(raw, `${article.slug}: ${paragraph.slice(0, 40)}`).toContain(stripMarkdown(paragraph));
      }
      if (article.titleSource === "source") expect(raw, `${article.slug}: title`).toContain(article.title);
      if (article.summarySource === "source") expect(raw, `${article.slug}: summary`).toContain(article.summary);
      for (const caption of article.captions) expect(raw, `${article.slug}: caption`).toContain(caption);
    }
  });

  it("contains none of the pages' clutter", () => {
    const clutter = /SUR LE MÊME SUJET|Tous les champs sont obligatoires|0Commentaire|Réagir|Web Analytics|Lire aussi|^Plus$|^\d{2}:\d{2}$|Dernière mise à jour|\(Source :/m;
    for (const article of archive.articles) expect(article.body, article.slug).not.toMatch(clutter);
  });
});

/** What the editor established for each hand-converted seed, keyed by its raw text. */
const seeds: Record<string, (article: (typeof archive.articles)[number]) => void> = {
  "000_09b09ab7f07e46cf.txt": (a) => {
    expect([a.date.value, a.date.precision]).toEqual(["2023-10-11", "day"]);
    expect(a.titleSource).toBe("editorial");
  },
  "001_24241b0598c732d0.txt": (a) => {
    expect(a.date.value).toBe("2020-03-20");
    // The text's weekday contradicts its date: the note says so.
    expect(a.dateNote).toMatch(/vendredi/);
    expect(a.story).toBe(bySeed("004_3d7239b6d3dc53d6.txt").story);
  },
  "002_59d6068bb476c50a.txt": (a) => {
    expect([a.date.value, a.dateInferred]).toEqual(["2016-09-12", true]);
    expect(a.titleSource).toBe("editorial");
  },
  "003_f2e326499ca80287.txt": (a) => expect([a.date.precision, a.dateInferred]).toEqual(["year", true]),
  "004_3d7239b6d3dc53d6.txt": (a) => expect([a.date.precision, a.dateInferred]).toEqual(["year", true]),
};

function bySeed(raw: string) {
  const article = archive.articles.find((a) => a.raw === raw);
  if (!article) throw new Error(`no article converted from the seed ${raw} in ${dir}`);
  return article;
}

describe("the hand-converted seeds", () => {
  it.each(Object.keys(seeds))("%s records honest dates and origins", (raw) => seeds[raw](bySeed(raw)));
});

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive";
import { slugify } from "@/lib/text";

/*
 * The real archive: it must load, and every sentence of every article must be
 * traceable word for word to its raw text in ../shared/seeds.
 */
const archive = buildArchive(path.resolve("content"));
const seeds = path.resolve("../shared/seeds");

/** Markdown markers the conversion adds: intertitle hashes. */
const stripMarkdown = (paragraph: string) => paragraph.replace(/^#{2,3} /, "");

describe("the five hand-converted articles", () => {
  it("are all there, newest first", () => {
    expect(archive.articles.map((a) => a.raw)).toEqual([
      "000_09b09ab7f07e46cf.txt",
      "001_24241b0598c732d0.txt",
      "004_3d7239b6d3dc53d6.txt",
      "002_59d6068bb476c50a.txt",
      "003_f2e326499ca80287.txt",
    ]);
  });

  it.skipIf(!fs.existsSync(seeds))("keep every paragraph exactly as written in the raw text", () => {
    for (const article of archive.articles) {
      const raw = fs.readFileSync(path.join(seeds, article.raw), "utf8");
      for (const paragraph of article.body.split(/\n{2,}/)) {
        expect(raw, `${article.slug}: ${paragraph.slice(0, 40)}`).toContain(stripMarkdown(paragraph));
      }
      if (article.titleSource === "source") expect(raw).toContain(article.title);
      if (article.summarySource === "source") expect(raw).toContain(article.summary);
      for (const caption of article.captions) expect(raw).toContain(caption);
    }
  });

  it("have slugs derived from their headlines", () => {
    for (const article of archive.articles) expect(article.slug).toBe(slugify(article.title));
  });

  it("contain none of the pages' clutter", () => {
    const clutter = /SUR LE MÊME SUJET|Tous les champs sont obligatoires|0Commentaire|Réagir|Web Analytics|Lire aussi|^Plus$|^\d{2}:\d{2}$|Dernière mise à jour|\(Source :/m;
    for (const article of archive.articles) expect(article.body).not.toMatch(clutter);
  });

  it("record honest dates", () => {
    const byRaw = (prefix: string) => archive.articles.find((a) => a.raw.startsWith(prefix))!;
    expect([byRaw("000").date.value, byRaw("000").date.precision]).toEqual(["2023-10-11", "day"]);
    expect(byRaw("001").date.value).toBe("2020-03-20");
    expect(byRaw("001").dateNote).toMatch(/vendredi/);
    expect([byRaw("002").date.value, byRaw("002").dateInferred]).toEqual(["2016-09-12", true]);
    expect([byRaw("003").date.precision, byRaw("003").dateInferred]).toEqual(["year", true]);
    expect([byRaw("004").date.precision, byRaw("004").dateInferred]).toEqual(["year", true]);
    expect(byRaw("001").story).toBe(byRaw("004").story);
    expect(byRaw("000").titleSource).toBe("editorial");
    expect(byRaw("002").titleSource).toBe("editorial");
  });
});

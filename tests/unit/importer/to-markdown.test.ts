import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/content/load-articles";
import { loadRegistry } from "@/lib/content/load-registry";
import type { FrontMatter } from "@/lib/model/schema/article";
import { toMarkdown } from "@/lib/importer/page/to-markdown";

const registry = loadRegistry(path.resolve(process.cwd(), "content"));

const frontMatter: FrontMatter = {
  title: "Huawei ouvre un centre : « première » en Allemagne",
  titleSource: "source",
  date: "2015",
  datePrecision: "year",
  dateInferred: true,
  dateNote: "Année déduite.",
  summary: "Huawei ouvre un centre de données.",
  summarySource: "editorial",
  companies: ["huawei"],
  announcedBy: [],
  countries: [{ slug: "allemagne", role: "site" }],
  places: [],
  themes: ["centres-de-donnees"],
  people: [],
  captions: [],
  raw: "exemple.txt",
  archivedAt: "2026-11-23T14:08:27+00:00",
};

describe("toMarkdown", () => {
  it("writes a file that the archive's loader accepts unchanged", () => {
    const text = toMarkdown(frontMatter, "Premier paragraphe.\n\n## Intertitre\n\nSecond paragraphe.");
    const result = parseArticle("articles/huawei-ouvre-un-centre.md", text, registry);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.article.title).toBe(frontMatter.title);
      expect(result.article.date.value).toBe("2015");
      expect(result.article.body).toContain("## Intertitre");
    }
  });

  it("quotes dates so that any YAML reader keeps them as text", () => {
    expect(toMarkdown({ ...frontMatter, date: "2020-03-20", datePrecision: "day" }, "x")).toContain('date: "2020-03-20"');
  });

  it("follows the schema's field order and leaves out what is undefined", () => {
    const text = toMarkdown(frontMatter, "x");
    expect(text.indexOf("title:")).toBeLessThan(text.indexOf("date:"));
    expect(text.indexOf("themes:")).toBeLessThan(text.indexOf("raw:"));
    expect(text).not.toContain("author:");
  });
});

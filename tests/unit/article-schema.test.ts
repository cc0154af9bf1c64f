import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeProblem } from "@/lib/content/content-error";
import { parseArticle } from "@/lib/content/load-articles";
import { loadRegistry } from "@/lib/content/load-registry";

const fixtures = path.resolve("tests/fixtures");
const registry = loadRegistry(path.join(fixtures, "content"));

function problemsOf(name: string): string[] {
  const file = `tests/fixtures/broken/${name}`;
  const result = parseArticle(file, fs.readFileSync(path.join(fixtures, "broken", name), "utf8"), registry);
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.problems.map(describeProblem);
}

describe("front matter validation", () => {
  it.each([
    ["missing-title.md", "› title", /attendu|requis|invalide/i],
    ["impossible-date.md", "› date", /date inexistante/],
    ["bad-date-format.md", "› date", /format attendu AAAA-MM-JJ/],
    ["wrong-precision.md", "› date", /format attendu AAAA-MM-JJ pour la précision « day »/],
    ["unknown-precision.md", "› datePrecision", /day|month|year/],
    ["inferred-date-without-note.md", "› dateNote", /requis quand dateInferred/],
    ["unknown-company.md", "› companies[1]", /entreprise inconnu/],
    ["unknown-country.md", "› countries[0].slug", /pays inconnu/],
    ["unknown-place.md", "› places[1].slug", /lieu inconnu/],
    // The former shape (a free name and a country) is refused: places live in the registry.
    ["place-without-slug.md", "› places[0]", /slug|name/],
    ["bad-title-source.md", "› titleSource", /source|editorial/],
    ["unknown-field.md", "", /categorie/],
    ["empty-body.md", "› corps", /vide/],
    ["bad-yaml.md", "", /YAML illisible/],
    ["no-front-matter.md", "", /front matter/],
    ["javascript-source-url.md", "› source.url", /./],
  ])("rejects %s naming the file, the field and the problem", (name, field, pattern) => {
    const problems = problemsOf(name);
    const joined = problems.join("\n");
    expect(joined).toContain(`tests/fixtures/broken/${name}`);
    expect(joined).toContain(field);
    expect(joined).toMatch(pattern);
  });

  it("quotes the value it found", () => {
    expect(problemsOf("impossible-date.md").join("\n")).toContain('(trouvé : "2023-02-30")');
    expect(problemsOf("unknown-company.md").join("\n")).toContain('(trouvé : "atos")');
  });

  it("accepts a valid file and resolves its entities", () => {
    const file = path.join(fixtures, "content/articles/annonce-de-la-mere-2021.md");
    const result = parseArticle(file, fs.readFileSync(file, "utf8"), registry);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.slug).toBe("annonce-de-la-mere-2021");
    expect(result.article.companies.map((c) => c.name)).toEqual(["Groupe Mère", "Autre Société"]);
    expect(result.article.date.precision).toBe("day");
    expect(result.article.date.start).toEqual(new Date(2021, 5, 15));
  });

  it("rejects a file name that is not a slug", () => {
    const result = parseArticle("content/articles/Mon Article.md", "---\ntitle: x\n---\n", registry);
    expect(result.ok).toBe(false);
  });
});

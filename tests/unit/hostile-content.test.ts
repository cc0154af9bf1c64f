import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive/archive";
import { describeProblem } from "@/lib/model/content-error";
import { parseArticle } from "@/lib/content/load-articles";
import { loadRegistry } from "@/lib/content/load-registry";

/*
 * Content files are written by editors, imported from the web or proposed in
 * pull requests: none of them may run code, exhaust the server or smuggle
 * invisible characters into titles.
 */
const fixtureContent = path.resolve("tests/fixtures/content");
const registry = loadRegistry(fixtureContent);

/** The fixture archive plus the given files (paths relative to the content directory). */
function archiveWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "archive-hostile-"));
  fs.cpSync(fixtureContent, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

function loadError(dir: string): string {
  try {
    buildArchive(dir);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("the archive loaded");
}

const validFrontMatter = (extra = "") =>
  `title: Titre\ntitleSource: source\ndate: "2021"\ndatePrecision: year\nsummary: Chapeau.\nsummarySource: source\nraw: a.txt\narchivedAt: \"2026-11-23T14:08:27+00:00\"\n${extra}`;

describe("front matter in another language than YAML", () => {
  it("is refused at load without evaluating the payload, naming the file", () => {
    const marker = path.join(os.tmpdir(), `front-matter-js-ran-${process.pid}`);
    fs.rmSync(marker, { force: true });
    const payload = `process.getBuiltinModule("fs").writeFileSync(${JSON.stringify(marker)}, "ran")`;
    for (const tag of ["js", "javascript"]) {
      const dir = archiveWith({ "articles/piege-js.md": `---${tag}\n{ title: (${payload}, "Titre") }\n---\n\nCorps.\n` });
      const message = loadError(dir);
      expect(fs.existsSync(marker), `---${tag} ran its payload`).toBe(false);
      expect(message).toContain(`piege-js.md › front matter : YAML attendu`);
      expect(message).toContain(`(trouvé : "---${tag}")`);
    }
  });

  it.each(["---js", "---javascript", "---coffee", "---json", "--- yaml", "---yaml", "----"])("refuses a first line %j, the importer's check included", (first) => {
    const result = parseArticle("articles/langue.md", `${first}\n${validFrontMatter()}---\n\nCorps.\n`, registry);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(describeProblem).join("\n")).toBe(`articles/langue.md › front matter : YAML attendu : la première ligne doit être exactement --- (trouvé : ${JSON.stringify(first)})`);
  });

  it("still accepts a plain --- front matter", () => {
    expect(parseArticle("articles/ok.md", `---\n${validFrontMatter()}---\n\nCorps.\n`, registry).ok).toBe(true);
  });
});

describe("YAML bombs and huge files", () => {
  it("refuses a front matter of nested aliases in under a second, naming the file", () => {
    const levels = "abcdefghi".split("");
    const lines = levels.map((name, i) =>
      i === 0 ? `${name}: &${name} [${Array(9).fill('"lol"').join(",")}]` : `${name}: &${name} [${Array(9).fill(`*${levels[i - 1]}`).join(",")}]`,
    );
    const dir = archiveWith({ "articles/bombe.md": `---\n${validFrontMatter(lines.join("\n"))}\n---\n\nCorps.\n` });
    const started = performance.now();
    const message = loadError(dir);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(message).toContain("bombe.md : front matter YAML illisible");
    expect(message).toMatch(/alias/i);
  });

  it("refuses an article file over 1 MB before parsing it, naming the file", () => {
    const dir = archiveWith({ "articles/enorme.md": `---\n${validFrontMatter()}---\n\n${"Texte très long. ".repeat(70_000)}\n` });
    expect(loadError(dir)).toMatch(/enorme\.md : fichier trop volumineux : 1,\d Mo, au plus 1 Mo acceptés/);
  });

  it("refuses a registry file over its limit, naming the file", () => {
    const dir = archiveWith({});
    fs.appendFileSync(path.join(dir, "entities/themes.yaml"), `# ${"remplissage ".repeat(800_000)}\n`);
    expect(loadError(dir)).toMatch(/themes\.yaml : fichier trop volumineux/);
  });
});

describe("control characters", () => {
  it.each([
    ["title", 'title: "Titre\\u0007 piégé"'],
    ["summary", 'summary: "Chapeau\\u001b[31m rouge"'],
    ["author", 'author: "Nom\\u0000"'],
  ])("are refused in %s", (field, line) => {
    const front = validFrontMatter().replace(new RegExp(`^${field}: .*$`, "m"), "") + `${line}\n`;
    const result = parseArticle("articles/controle.md", `---\n${front}---\n\nCorps.\n`, registry);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(describeProblem).join("\n")).toContain(`articles/controle.md › ${field} : caractère de contrôle interdit`);
  });

  it("are allowed as tab and newline", () => {
    const front = validFrontMatter().replace(/^summary: .*$/m, 'summary: "Chapeau\\tsur\\ndeux lignes."');
    expect(parseArticle("articles/ok.md", `---\n${front}---\n\nCorps.\n`, registry).ok).toBe(true);
  });

  it("are refused in the names of the registry", () => {
    const dir = archiveWith({});
    fs.appendFileSync(path.join(dir, "entities/companies.yaml"), '- slug: cachee\n  name: "Cach\\u0008ee"\n');
    expect(loadError(dir)).toMatch(/companies\.yaml › \[\d+\]\.name : caractère de contrôle interdit/);
  });
});

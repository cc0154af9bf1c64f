import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeProblem } from "@/lib/content/content-error";
import { parseArticle } from "@/lib/content/load-articles";
import { loadRegistry } from "@/lib/content/load-registry";
import { bodyBoundsProblems, containerDepth, maxDelimiterRun, maxNesting, scanBounds } from "@/lib/content/markdown-bounds";
import { listRawTexts } from "@/lib/content/raw-texts";

/*
 * Bodies past the bounds on nesting and delimiter runs are refused when a
 * file is read, by the one judgement of an article (build, start,
 * publication, importer); within them, real articles pass untouched.
 */
const fixtureContent = path.resolve("tests/fixtures/content");
const registry = loadRegistry(fixtureContent);
const rawTexts = listRawTexts(fixtureContent);

function problemsOf(name: string): string[] {
  const file = `articles/${name}`;
  const result = parseArticle(file, fs.readFileSync(path.join("tests/fixtures/hostile", name), "utf8"), registry, rawTexts);
  return result.ok ? [] : result.problems.map(describeProblem);
}

describe("containerDepth", () => {
  it.each([
    ["- - - x", 3],
    ["> - > 1. x", 4],
    ["1) 2. x", 2],
    ["  - indenté", 1],
    ["Texte - avec un tiret", 0],
    ["-x", 0],
    // Thematic breaks, not lists.
    ["- - -", 0],
    ["* * * * *", 0],
    ["> ___", 1],
  ])("counts %j as %i", (line, depth) => expect(containerDepth(line)).toBe(depth));
});

describe("an article body", () => {
  it("is refused past the nesting bound, naming the file, the body, the depth and the line", () => {
    expect(problemsOf("nested-list.md")).toEqual([`articles/nested-list.md › corps : imbrication trop profonde (listes et citations ouvertes sur 17 niveaux, ligne 3 du texte ; au plus ${maxNesting})`]);
    expect(problemsOf("quoted-lists.md")).toEqual([`articles/quoted-lists.md › corps : imbrication trop profonde (listes et citations ouvertes sur 17 niveaux, ligne 3 du texte ; au plus ${maxNesting})`]);
  });

  it("is refused past the run bound, spaces between the delimiters included", () => {
    expect(problemsOf("bracket-run.md")).toEqual([`articles/bracket-run.md › corps : suite trop longue de « [ » (101 d'affilée, ligne 1 du texte ; au plus ${maxDelimiterRun})`]);
    expect(problemsOf("spaced-stars.md")).toEqual([`articles/spaced-stars.md › corps : suite trop longue de « * » (120 d'affilée, ligne 1 du texte ; au plus ${maxDelimiterRun})`]);
  });

  it("is accepted with the nesting, rules and emphasis real articles have", () => {
    expect(problemsOf("deep-but-fine.md")).toEqual([]);
  });

  it("has every problem of its file reported, not the first only", () => {
    expect(problemsOf("several-problems.md")).toEqual([
      'articles/several-problems.md › titleSource : Option invalide : une valeur parmi "source"|"editorial" attendue (trouvé : "peut-etre")',
      // Checked though the schema failed: the editor fixes everything at once.
      'articles/several-problems.md › companies[1] : entreprise inconnu(e) du registre (content/entities) (trouvé : "inconnue")',
      `articles/several-problems.md › corps : imbrication trop profonde (listes et citations ouvertes sur 20 niveaux, ligne 1 du texte ; au plus ${maxNesting})`,
      `articles/several-problems.md › corps : suite trop longue de « < » (200 d'affilée, ligne 3 du texte ; au plus ${maxDelimiterRun})`,
      "articles/several-problems.md › raw : texte brut introuvable dans le dossier raw/ de l'archive (trouvé : \"absent.txt\")",
    ]);
  });
});

/** Random bodies made of runs: a character repeated up to 150 times, so that many pass a bound and many stop just short of it. */
function randomBodies(count: number, seed: number): string[] {
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pieces = ["- ", "> ", "* ", "1. ", "[", "<", "_", " ", "\t", "\n", "a", "- - -\n", "*"];
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)].repeat(Math.floor(next() * 150))).join(""),
  );
}

const megabyte = 1024 * 1024;
describe("the bounds' check", () => {
  it("finds what the character-by-character scan finds, on random bodies", () => {
    const bodies = randomBodies(5000, 3);
    expect(bodies.filter((body) => scanBounds("x", body).length).length).toBeGreaterThan(1000);
    for (const body of bodies) expect(bodyBoundsProblems("x", body), JSON.stringify(body)).toEqual(scanBounds("x", body));
  });

  it.each([
    ["[", "[".repeat(megabyte)],
    ["- nested", "- ".repeat(megabyte / 2)],
    ["prose", "Le groupe a annoncé un centre de données. ".repeat(megabyte / 42)],
    ["lines", "- a\n".repeat(megabyte / 4)],
  ])("reads 1 MB of %s in well under a second", (_kind, body) => {
    const started = performance.now();
    bodyBoundsProblems("articles/x.md", body);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive/archive";
import { readRegistryFiles } from "@/lib/content/load-registry";
import { generateCorpus } from "@/lib/synthetic/generate-corpus";
import { corpusToArchive, writeCorpus } from "@/lib/synthetic/synthetic-archive";

const base = readRegistryFiles(path.resolve("tests/fixtures/content"));

describe("a synthetic archive", () => {
  it("is the same archive built in memory as written to files and loaded", () => {
    const corpus = generateCorpus({ count: 25, seed: 3, base, extraCompanies: 5 });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "synthetique-"));
    writeCorpus(corpus, dir);
    const fromFiles = buildArchive(dir);
    const inMemory = corpusToArchive(corpus);
    const shape = (a: typeof inMemory) => a.articles.map(({ file: _file, ...article }) => article);
    expect(inMemory.articles).toHaveLength(25);
    expect(shape(inMemory)).toEqual(shape(fromFiles));
    expect([...inMemory.registry.companies.keys()]).toEqual([...fromFiles.registry.companies.keys()]);
    expect(inMemory.registry.places.size).toBe(base.places.length);
  });

  it("refuses in memory what the loader refuses in a file, naming file › field", () => {
    const corpus = generateCorpus({ count: 3, seed: 3, base, extraCompanies: 0 });
    const [first] = corpus.articles;
    first.frontMatter.themes = ["theme-inconnu"];
    expect(() => corpusToArchive(corpus)).toThrow(new RegExp(`articles/${first.slug}\\.md › themes\\[0\\] : thème inconnu\\(e\\) du registre`));
  });
});

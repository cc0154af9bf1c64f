import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseYaml } from "@/lib/content/yaml";
import { loadRegistry } from "@/lib/content/load-registry";
import { runImport as runInProcess, tempDir } from "./run-import";

const root = process.cwd();
const raw = path.join(root, "tests/fixtures/raw/proposed-firm.txt");

/** A copy of the archive's registry (no articles), so the import may write into it. */
function archiveCopy(): string {
  const dir = tempDir("import-proposals-");
  fs.cpSync(path.join(root, "content/entities"), path.join(dir, "entities"), { recursive: true });
  fs.mkdirSync(path.join(dir, "articles"));
  return dir;
}

const runImport = (content: string, ...args: string[]) => runInProcess([raw, ...args], content);

describe("firms and places the registry lacks, at import", () => {
  it("go into the archive's registry marked for review, and the article names them at once", () => {
    const content = archiveCopy();
    const result = runImport(content);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/entreprise proposée \(après un nom de métier\) : Nuagix SAS, dans « La start-up Nuagix SAS a inauguré mardi/);
    expect(result.stderr).toMatch(/lieu ajouté depuis le gazetteer : Varsovie \(pologne/);
    const registry = loadRegistry(content);
    expect(registry.companies.get("nuagix-sas")).toMatchObject({ name: "Nuagix SAS", review: true });
    expect(registry.places.get("varsovie")).toMatchObject({ country: "pologne", review: true });
    const article = fs.readFileSync(path.join(content, "articles/nuagix-ouvre-un-centre-de-donnees-a-varsovie.md"), "utf8");
    expect(article).toMatch(/companies:\n {2}- "nuagix-sas"/);
    expect(article).toMatch(/places:\n {2}- slug: "varsovie"\n {4}role: "site"/);
    expect(article).toMatch(/- slug: "pologne"\n {4}role: "site"/);
  });

  it("go into a file beside the article when the import writes outside the archive", () => {
    const content = archiveCopy();
    const out = tempDir("import-out-");
    const result = runImport(content, "--out", out);
    expect(result.status, result.stderr).toBe(0);
    const proposals = parseYaml(fs.readFileSync(path.join(out, "nuagix-ouvre-un-centre-de-donnees-a-varsovie.entities.yaml"), "utf8")) as {
      companies: { slug: string }[];
      places: { slug: string }[];
    };
    expect(proposals.companies.map((c) => c.slug)).toEqual(["nuagix-sas"]);
    expect(proposals.places.map((p) => p.slug)).toEqual(["varsovie"]);
    // The archive's registry is left as it was.
    expect(loadRegistry(content).companies.has("nuagix-sas")).toBe(false);
  });
});

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseYaml } from "@/lib/content/yaml";
import { loadRegistry } from "@/lib/content/load-registry";

const root = process.cwd();
const raw = path.join(root, "tests/fixtures/raw/proposed-firm.txt");

/** A copy of the archive's registry (no articles), so the import may write into it. */
function archiveCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-proposals-"));
  fs.cpSync(path.join(root, "content/entities"), path.join(dir, "entities"), { recursive: true });
  fs.mkdirSync(path.join(dir, "articles"));
  return dir;
}

function runImport(content: string, ...args: string[]) {
  return spawnSync("npx", ["tsx", "scripts/import.ts", raw, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, CONTENT_DIR: content } });
}

describe("firms and places the registry lacks, at import", { timeout: 90_000 }, () => {
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
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "import-out-"));
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

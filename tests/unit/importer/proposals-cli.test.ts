import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseYaml } from "@/lib/content/yaml";
import { parseArticle } from "@/lib/content/load-articles";
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
    expect(result.stderr).toMatch(/entreprise proposée \(après un nom de métier\) : Nuagix, dans « La start-up Nuagix SAS a inauguré mardi/);
    expect(result.stderr).toMatch(/lieu ajouté depuis le gazetteer : Varsovie \(pologne/);
    const registry = loadRegistry(content);
    expect(registry.companies.get("nuagix")).toMatchObject({ name: "Nuagix", aliases: ["Nuagix SAS"], review: true });
    expect(registry.places.get("varsovie")).toMatchObject({ country: "pologne", review: true });
    const article = fs.readFileSync(path.join(content, "articles/nuagix-ouvre-un-centre-de-donnees-a-varsovie.md"), "utf8");
    expect(article).toMatch(/companies:\n {2}- "nuagix"/);
    expect(article).toMatch(/places:\n {2}- slug: "varsovie"\n {4}role: "site"/);
    expect(article).toMatch(/- slug: "pologne"\n {4}role: "site"/);
  });

  it("propose the site an announcement is about, which the article's announcement names, valid once the registry has it", () => {
    const content = archiveCopy();
    const result = runImport(content);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/annonce 1 proposée : centre de données, par Nuagix, à Varsovie, Pologne, en service, site nuagix-varsovie ; preuve : « La start-up Nuagix SAS a inauguré mardi un centre de données à Varsovie, en Pologne. » ; lecture : verbe : « inauguré »/);
    expect(result.stderr).toMatch(/site proposé au registre \(review: true\) : Centre de données Nuagix, Varsovie/);
    const registry = loadRegistry(content);
    expect(registry.sites.get("nuagix-varsovie")).toMatchObject({ operators: ["nuagix"], place: "varsovie", country: "pologne", kind: "datacenter", review: true });
    const file = path.join(content, "articles/nuagix-ouvre-un-centre-de-donnees-a-varsovie.md");
    const parsed = parseArticle(file, fs.readFileSync(file, "utf8"), registry);
    expect(parsed.ok && parsed.article.announcements.map((a) => [a.by.map((c) => c.slug), a.site?.slug, a.status])).toEqual([[["nuagix"], "nuagix-varsovie", "operational"]]);
    // A second article about the same facility points to the site now in the registry; none is proposed again.
    const again = runInProcess([path.join(root, "tests/fixtures/raw/proposed-firm-again.txt")], content);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).not.toMatch(/site proposé/);
    expect(again.stderr).toMatch(/site nuagix-varsovie ; preuve : « La start-up Nuagix SAS construira un second bâtiment de 12 MW/);
  });

  it("go into a file beside the article when the import writes outside the archive", () => {
    const content = archiveCopy();
    const out = tempDir("import-out-");
    const result = runImport(content, "--out", out);
    expect(result.status, result.stderr).toBe(0);
    const proposals = parseYaml(fs.readFileSync(path.join(out, "nuagix-ouvre-un-centre-de-donnees-a-varsovie.entities.yaml"), "utf8")) as {
      companies: { slug: string }[];
      places: { slug: string }[];
      sites: { slug: string; operators: string[] }[];
    };
    expect(proposals.companies.map((c) => c.slug)).toEqual(["nuagix"]);
    expect(proposals.places.map((p) => p.slug)).toEqual(["varsovie"]);
    expect(proposals.sites).toMatchObject([{ slug: "nuagix-varsovie", operators: ["nuagix"] }]);
    // The archive's registry is left as it was.
    expect(loadRegistry(content).companies.has("nuagix")).toBe(false);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive";
import { ContentError } from "@/lib/content/content-error";

const fixtureContent = path.resolve("tests/fixtures/content");

function tempArchiveWith(extra: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "archive-"));
  fs.cpSync(fixtureContent, dir, { recursive: true });
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe("buildArchive", () => {
  it("loads the fixture archive newest first", () => {
    const archive = buildArchive(fixtureContent);
    expect(archive.articles.map((a) => a.slug)).toEqual(["annonce-de-la-mere-2021", "la-fille-en-2021", "vieille-nouvelle"]);
  });

  it("fails with every problem of every file, each named", () => {
    const dir = tempArchiveWith({
      "articles/deux-erreurs.md": fs.readFileSync("tests/fixtures/broken/unknown-company.md", "utf8"),
      "articles/autre-erreur.md": fs.readFileSync("tests/fixtures/broken/impossible-date.md", "utf8"),
    });
    let error: unknown;
    try {
      buildArchive(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as Error).message;
    // Every problem of each file, not only its first: the fixtures also name a raw text the archive lacks.
    expect(message).toMatch(/Contenu invalide, 4 problèmes/);
    expect(message).toContain("articles/deux-erreurs.md › companies[1]");
    expect(message).toContain("articles/deux-erreurs.md › raw : texte brut introuvable");
    expect(message).toContain("articles/autre-erreur.md › date");
    expect(message).toContain("articles/autre-erreur.md › raw : texte brut introuvable");
  });

  it("fails when the registry names an unknown parent", () => {
    const dir = tempArchiveWith({});
    fs.appendFileSync(path.join(dir, "entities/companies.yaml"), "- slug: orpheline\n  name: Orpheline\n  parent: inconnue\n");
    expect(() => buildArchive(dir)).toThrow(/companies\.yaml › \[4\]\.parent : entreprise inconnue du registre \(trouvé : "inconnue"\)/);
  });

  it("fails clearly when the content directory does not exist", () => {
    expect(() => buildArchive("/nonexistent/content")).toThrow(/introuvable/);
  });
});

describe("raw texts", () => {
  it("fails when an article's raw text is not in raw/, naming the file and the field", () => {
    const dir = tempArchiveWith({});
    fs.rmSync(path.join(dir, "raw/b.txt"));
    expect(() => buildArchive(dir)).toThrow(/la-fille-en-2021\.md › raw : texte brut introuvable dans le dossier raw\/ de l'archive \(trouvé : "b\.txt"\)/);
  });
});

import { describe, expect, it } from "vitest";
import { readByline } from "@/lib/importer/page/byline";
import { splitTrailingCredit } from "@/lib/importer/page/captions";
import { stripLegalForm } from "@/lib/importer/page/legal-form";
import { parseCredit } from "@/lib/importer/page/source";

/*
 * Page shapes of round 28 (held-out-19, read after its single blind scoring),
 * each with the look-alike that must not change. Made-up lines, no corpus page's words.
 */

describe("« Droits d'auteur X »: a video site's label for a picture's rights holder", () => {
  it("alone on its line, or after a caption and a dash, is the picture's credit", () => {
    expect(parseCredit("Droits d'auteur Reuters/Jean Dumas")).toBe("Reuters/Jean Dumas");
    expect(splitTrailingCredit("Le quai du port de Brest, au petit matin. - Droits d'auteur AFP/Marc Olive")).toEqual({ caption: "Le quai du port de Brest, au petit matin.", credit: "AFP/Marc Olive" });
  });

  it("a sentence about copyright is no credit", () => {
    expect(parseCredit("Droits d'auteur : le Parlement vote la réforme.")).toBeUndefined();
    expect(splitTrailingCredit("La directive a été adoptée. Les droits d'auteur des photographes sont mieux protégés.")).toBeUndefined();
  });
});

describe("« Par la rédaction de Town »: a local desk signs", () => {
  it("is a byline naming no author, like « Par la rédaction »", () => {
    expect(readByline("Par la rédaction de Vannes")).toEqual({ author: "la rédaction de Vannes" });
    expect(readByline("Par la rédaction d'Aix-en-Provence")).toEqual({ author: "la rédaction d'Aix-en-Provence" });
  });

  it("a sentence going on after the desk is no byline", () => {
    expect(readByline("Par la rédaction de Vannes, le maire a été interpellé sur le chantier.")).toBeUndefined();
  });
});

describe("a legal form printed without its last period", () => {
  it("« Groupe Alto S.A » is the firm « Groupe Alto »", () => {
    expect(stripLegalForm("Groupe Alto S.A")).toBe("Groupe Alto");
    expect(stripLegalForm("Groupe Alto S.A.")).toBe("Groupe Alto");
  });

  it("a name whose last word only starts like a form keeps it", () => {
    expect(stripLegalForm("Editions S.Amand")).toBe("Editions S.Amand");
  });
});

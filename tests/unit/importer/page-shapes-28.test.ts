import { describe, expect, it } from "vitest";
import { readByline } from "@/lib/importer/page/byline";
import { splitTrailingCredit } from "@/lib/importer/page/captions";
import { stripLegalForm } from "@/lib/importer/page/legal-form";
import { parseCredit } from "@/lib/importer/page/source";
import { P2, P3, run } from "./news-page";

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

describe("« Par Name avec AP »: a journalist and the agency the copy draws on", () => {
  it("names the journalist", () => {
    expect(readByline("Par Jeanne Morel avec AFP")?.author).toBe("Jeanne Morel");
    expect(readByline("Par Jeanne Morel avec Reuters")?.author).toBe("Jeanne Morel");
  });

  it("« avec » and a name that is no agency is no such byline", () => {
    expect(readByline("Par Jeanne Morel avec Paul Dumas et la mairie")?.author).not.toBe("Jeanne Morel");
  });
});

describe("a dispatch's dateline without its year, under an update stamp of the same day", () => {
  const LEAD = (day: string) => `LIMOGES, ${day} (AFP) - La société Nordvolt a inauguré mardi un centre de données de 12 mégawatts, pour 90 millions d'euros, sur un terrain de la zone d'activités.`;
  const HEAD = ["Le Courrier du Centre", "Économie", "Limoges : Nordvolt ouvre un centre de données de 12 mégawatts", "Le Courrier du Centre avec AFP"] as const;
  it("« LIMOGES, 4 mars (AFP) - » and « Mise à jour 04.03.2026 à 16:20 » date the article that day", () => {
    const p = run(...HEAD, "Mise à jour 04.03.2026 à 16:20", "Partager", LEAD("4 mars"), P2, P3);
    expect(p.frontMatter.date).toBe("2026-03-04");
  });

  it("a stamp of another day gives the dispatch no year: no date", () => {
    const p = run(...HEAD, "Mise à jour 06.03.2026 à 16:20", "Partager", LEAD("4 mars"), P2, P3);
    expect(p.frontMatter.date).not.toBe("2026-03-04");
    expect(p.frontMatter.date).not.toBe("2026-03-06");
  });
});

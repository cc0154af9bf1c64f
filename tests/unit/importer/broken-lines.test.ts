import { describe, expect, it } from "vitest";
import { joinBrokenLines } from "@/lib/importer/page/broken-lines";

describe("joinBrokenLines", () => {
  it("joins a paragraph broken mid-sentence, never across a blank line", () => {
    const raw = [
      "IBM ouvre à Montpellier un centre d'hébergement",
      "",
      "Le constructeur informatique IBM a inauguré mardi à Montpellier",
      "un centre d'hébergement destiné aux petites et moyennes entreprises",
      "du sud de la France.",
      "",
      "Les entreprises clientes pourront louer de la capacité de calcul",
      "à la demande, une formule encore rare en France.",
    ];
    expect(joinBrokenLines(raw)).toEqual({
      lines: [
        "IBM ouvre à Montpellier un centre d'hébergement",
        "Le constructeur informatique IBM a inauguré mardi à Montpellier un centre d'hébergement destiné aux petites et moyennes entreprises du sud de la France.",
        "Les entreprises clientes pourront louer de la capacité de calcul à la demande, une formule encore rare en France.",
      ],
      joined: 3,
      pageMarks: [],
    });
  });

  it("joins before a capital when the line stops on a word no sentence ends on (« en », « de »)", () => {
    const raw = ["Une formule encore rare dans les entreprises de taille moyenne en", "France. « Nos clients ne veulent plus acheter de serveurs qu'ils", "utilisent à 10 % », explique-t-il."];
    expect(joinBrokenLines(raw).lines).toHaveLength(1);
  });

  it("leaves a page of one paragraph per line as it is, though a label in small letters follows its headline", () => {
    const raw = ["OVH Cloud reconstruit en dur ses salles de Gravelines", "date 2019-04", "par la rédaction", "L'hébergeur a lancé la reconstruction de deux bâtiments.", "Le chantier doit durer dix-huit mois."];
    expect(joinBrokenLines(raw)).toEqual({ lines: raw, joined: 0, pageMarks: [] });
  });
});

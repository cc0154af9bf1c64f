import { describe, expect, it } from "vitest";
import { matchRule } from "@/lib/importer/page/clutter";
import { BY, DATE, H, P1, P2, P3, page, run } from "./news-page";

/*
 * Round 47 (pages): the picture over the lead, its caption under the header
 * with its credit on the line under it or closing its line without a mark;
 * a post's text closed by its hashtags; a paper's appeal « nous avons besoin
 * de vous »; a « X+ » offer's name and prompt; a tablet edition's « ÉCRAN 2 ».
 * Every page and line is made up.
 */
const captions = (p: ReturnType<typeof run>) => p.frontMatter.captions ?? [];

describe("a caption over the lead, its credit on the line under it", () => {
  const caption = "Le terrain retenu se trouve au bord de la rocade, à l'entrée de Vierzon.";
  it("« LE BERRY LIBRE, JEANNE MOREL » (a paper and its photographer in capitals) under the header", () => {
    const p = page(caption, "LE BERRY LIBRE, JEANNE MOREL", P1, P2, P3);
    expect(captions(p)).toEqual([`${caption} (LE BERRY LIBRE, JEANNE MOREL)`]);
    expect(p.text).not.toContain("JEANNE MOREL");
    expect(p.text).toContain(P1);
  }, 120_000);
  it("« Le Berry Libre: Jeanne Morel » and « Photo d'archives » too", () => {
    expect(captions(page(caption, "Le Berry Libre: Jeanne Morel", P1, P2, P3))).toEqual([`${caption} (Le Berry Libre: Jeanne Morel)`]);
    expect(captions(page(caption, "Photo d'archives", P1, P2, P3))).toEqual([`${caption} (Photo d'archives)`]);
  });
  it("near miss: the same two lines inside the text (two paragraphs above) stay the text's", () => {
    const p = page(P1, P2, caption, "LE BERRY LIBRE, JEANNE MOREL", P3);
    expect(captions(p)).toEqual([]);
    expect(p.text).toContain(caption);
  });
  it("near miss: an intertitle in capitals, with no comma, is no credit", () => {
    const p = page(caption, "LES RIVERAINS INQUIETS", P1, P2, P3);
    expect(captions(p)).toEqual([]);
    expect(p.text).toContain(caption);
  });
});

describe("a caption over the lead closed by its credit, unmarked", () => {
  const line = "Le terrain de la zone d'activités sera entièrement viabilisé. Jeanne Morel";
  it("« … viabilisé. Jeanne Morel » under the date line: a caption and its photographer", () => {
    const p = page(line, P1, P2, P3);
    expect(captions(p)).toEqual(["Le terrain de la zone d'activités sera entièrement viabilisé. (Jeanne Morel)"]);
    expect(p.text).not.toContain("Jeanne Morel");
  });
  it("« … vus par notre dessinateur. Dessin de Paul Girard » inside the text: the drawing's credit says it is one", () => {
    const p = page(P1, "Le port et ses serveurs, vus par notre dessinateur. Dessin de Paul Girard", P2, P3);
    expect(captions(p)).toEqual(["Le port et ses serveurs, vus par notre dessinateur. (Dessin de Paul Girard)"]);
  });
  it("near miss: the same line after the text's paragraphs is a paragraph signed by its author", () => {
    const p = page(P1, P2, line, P3);
    expect(captions(p)).toEqual([]);
    expect(p.text).toContain("Le terrain de la zone d'activités sera entièrement viabilisé.");
  });
});

describe("a post's text closed by its hashtags", () => {
  it("« … notre site de Vierzon ! 🌐 #Berry #Cloud » between paragraphs is the embed's", () => {
    const p = page(P1, "Fiers d'inaugurer notre site de Vierzon ! 🌐 #Berry #Cloud", P2, P3);
    expect(p.text).not.toContain("Fiers d'inaugurer");
  });
  it("near miss: a sentence naming one tag stays", () => {
    const line = "La mairie a lancé le mot-dièse #Vierzon2026 pour saluer le projet.";
    expect(page(P1, line, P2, P3).text).toContain(line);
  });
});

describe("a paper's appeal and its « X+ » offer", () => {
  it("« X est un média indépendant, sans publicité. Pour continuer à enquêter, nous avons besoin de vous. » and its button", () => {
    const p = page(P1, P2, "Le Berry Libre est un média indépendant, sans publicité. Pour continuer à enquêter, nous avons besoin de vous.", "Je soutiens Le Berry Libre", P3);
    expect(p.text).not.toContain("nous avons besoin de vous");
    expect(p.text).not.toContain("Je soutiens");
  });
  it("near miss: the same words in another's mouth stay", () => {
    const line = "Pour continuer à enquêter, nous avons besoin de vous, a lancé le procureur aux habitants.";
    expect(page(P1, line, P2, P3).text).toContain(line);
  });
  it("« Berry+ » over « Pour lire tous nos articles en illimité, passez à Berry+. » is the offer's box", () => {
    const p = page(P1, P2, P3, "Berry+", "Pour lire tous nos articles en illimité, passez à Berry+.", "Découvrir l'offre");
    expect(p.text).not.toContain("Berry+");
  });
  it("near miss: a channel's name over a paragraph, and the offer's words said of others, stay", () => {
    expect(matchRule("Pour voir le match en illimité, les abonnés passent à Canal+, selon l'opérateur.")).toBeUndefined();
    expect(page(P1, "Canal+", P2, P3).text).toContain("Canal+");
  });
});

describe("a tablet edition's page marker", () => {
  it("« ÉCRAN 2 » alone is furniture; « Écran 2 : … » is a sentence", () => {
    expect(matchRule("ÉCRAN 2")?.id).toBe("screen-marker");
    expect(matchRule("Écran 2 : la salle rouvre en mars.")).toBeUndefined();
    expect(run("Le Berry Libre", H, BY, DATE, P1, "ÉCRAN 2", P2, P3).text).not.toContain("ÉCRAN");
  });
});

describe("a gallery's label and its counter", () => {
  it("« Galerie photos (4) » and « 1 / 4 » are the pictures' box", () => {
    expect(matchRule("Galerie photos (4)")?.id).toBe("gallery-label");
    expect(matchRule("1 / 4")?.id).toBe("slide-counter");
    const p = page(P1, "Galerie photo", "1 / 4", P2, P3);
    expect(p.text).not.toContain("Galerie");
    expect(p.text).not.toContain("1 / 4");
  });
  it("near miss: a sentence on a gallery, a date « 12/04 » alone", () => {
    expect(matchRule("La galerie photo de la mairie a rouvert en mars.")).toBeUndefined();
    expect(matchRule("12/04")).toBeUndefined();
  });
});

describe("a pull quote set sections after the paragraph that says it", () => {
  const said = "« Nous voulons rester à Vierzon, c'est notre ville », affirme le directeur du site, Paul Girard.";
  const copy = "« Nous voulons rester à Vierzon, c'est notre ville »";
  const more = [1, 2, 3, 4, 5, 6].map((n) => `Le chantier de la tranche ${n} a été confié à une entreprise du département, selon le calendrier présenté en séance.`);
  it("six paragraphs below its paragraph, the display copy goes; the sentence stays", () => {
    const p = page(P1, said, ...more, copy, P2, P3);
    expect(p.text).toContain(said);
    expect(p.text.split(copy).length - 1).toBe(1);
  });
  it("near miss: the same line six paragraphs above the paragraph that says it stays (an intertitle, an opening quote)", () => {
    const p = page(P1, copy, ...more, said, P2, P3);
    expect(p.text.split(copy).length - 1).toBe(2);
  });
});

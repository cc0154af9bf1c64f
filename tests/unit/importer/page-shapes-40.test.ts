import { describe, expect, it } from "vitest";
import { clutterKind } from "@/lib/importer/page/clutter";
import { splitTrailingCredit } from "@/lib/importer/page/captions";
import { isThreadStamp } from "@/lib/importer/page/comment-threads";
import { parseCredit } from "@/lib/importer/page/source";
import { BY, DATE, H, P1, P2, P3, page, run } from "./news-page";

/*
 * Round 40 (held-out-29's and -30's page-field misses): a readers' thread's
 * stamps, a headline kicked over an ad slot, a consent banner of partners,
 * « Ph. : DR », support appeals. Every page and line here is made up.
 */
const ADDRESS = "https://www.berrylibre.fr/2026/03/04/vierzon-nordvolt-centre-de-donnees/";

describe("a readers' thread under the text", () => {
  it("dates no article: the address's date is taken, marked deduced, and the replies go", () => {
    const p = run(ADDRESS, "Le Berry Libre", H, "Jeanne Morel", P1, P2, P3, "2 réactions", "Marc · 5 mars 2026 à 10h12", "Bravo pour Vierzon.", "Julie R. · 5 mars 2026 à 11h30", "Et l'eau, qui la paie ?");
    expect(p.frontMatter.date).toBe("2026-03-04");
    expect(p.frontMatter.dateInferred).toBe(true);
    for (const gone of ["Bravo pour Vierzon", "qui la paie", "Julie R."]) expect(p.text).not.toContain(gone);
    expect(p.text).toContain(P3);
  });
  it("near miss: the same stamp under the headline is the article's byline and date", () => {
    const p = run("Le Berry Libre", H, "Jeanne Morel · 4 mars 2026 à 07h00", P1, P2, P3);
    expect(p.frontMatter.date).toBe("2026-03-04");
    expect(p.frontMatter.dateInferred).toBe(false);
  });
  it("reads a stamp in a thread, not one alone nor one above the text", () => {
    const lines = [H, P1, P2, "Marc · 5 mars 2026 à 10h12", "Bravo.", "Julie R. · 5 mars 2026 à 11h30"];
    expect(isThreadStamp(lines, 3, 1)).toBe(true);
    expect(isThreadStamp([H, P1, P2, "Marc · 5 mars 2026 à 10h12", "Bravo."], 3, 1)).toBe(false);
    expect(isThreadStamp(lines, 3, 4)).toBe(false);
  });
  it("near miss: a counter under the date, over the first paragraph, closes nothing", () => {
    const p = page("12 commentaires", P1, P2, P3);
    for (const kept of [P1, P2, P3]) expect(p.text).toContain(kept);
  });
  it("« Réagissez à cet article » opens the comments; a sentence with the words stays", () => {
    expect(clutterKind("Réagissez à cet article")).toBe("comments");
    expect(clutterKind("Réagissez à cet article de loi, a lancé le maire aux élus.")).not.toBe("comments");
    expect(clutterKind("Le maire a refusé de réagir à cet article du règlement.")).toBeNull();
  });
});

describe("a headline with its kicker over an ad slot's label", () => {
  it("stays the headline: « PUBLICITÉ » is no button of a promo box", () => {
    const p = run("Le Berry Libre", "L'info de Vierzon et du Cher", "Accueil", "Économie", DATE, H, "PUBLICITÉ", P1, P2, P3);
    expect(p.frontMatter.title).toBe(H);
  });
  it("near miss: a kicked item over a download button is still a promo box", () => {
    const p = page(P1, "Livre blanc : réussir sa migration vers le cloud", "Télécharger", P2, P3);
    expect(p.text).not.toContain("réussir sa migration");
    expect(p.text).toContain(P2);
  });
});

describe("a consent banner of the site and its partners", () => {
  it("is no headline, nor its « J'ai compris » button a publisher", () => {
    const p = run("Le Berry Libre respecte votre vie privée. Nous et nos partenaires utilisons des cookies.", "J'accepte", "Je refuse", "Le Berry Libre", "Économie", H, BY, DATE, P1, P2, P3);
    expect(p.frontMatter.title).toBe(H);
    expect(clutterKind("J'ai compris")).not.toBeNull();
  });
  it("near miss: partners and sentences of the text stay", () => {
    expect(clutterKind("Nous et nos partenaires utilisons des drones pour inspecter les toits, explique le directeur.")).toBeNull();
    expect(clutterKind("J'ai compris que le projet était sérieux, dit le maire.")).toBeNull();
  });
});

describe("a caption's credit « Ph. : DR »", () => {
  it("is split from its caption", () => {
    expect(splitTrailingCredit("La salle des serveurs de Nordvolt, à Vierzon. Ph. : DR")).toEqual({ caption: "La salle des serveurs de Nordvolt, à Vierzon.", credit: "DR" });
    expect(parseCredit("Ph. : Jeanne Morel")).toBe("Jeanne Morel");
  });
  it("near miss: a measure « pH : 7,2 » credits nothing", () => {
    expect(parseCredit("pH : 7,2")).toBeUndefined();
    expect(splitTrailingCredit("L'eau du bassin est contrôlée chaque jour. pH : 7,2")).toBeUndefined();
  });
});

describe("a paper's support appeal", () => {
  it("goes: its heading, its sentence, its ad-free club", () => {
    for (const line of [
      "Soutenez Le Berry Libre",
      "Le Berry Libre a besoin de vous",
      "Le Berry Libre est un média indépendant, gratuit et sans publicité. Pour continuer à vous informer, nous avons besoin de votre soutien.",
      "Le Berry Libre est un média indépendant. Votre soutien nous permet de continuer à informer.",
      "Rejoignez le Club Berry et profitez d'une navigation sans publicité.",
    ])
      expect(clutterKind(line), line).not.toBeNull();
  });
  it("near miss: the same words in the text stay", () => {
    for (const line of [
      "Soutenez Vierzon et ses commerces, a lancé le maire aux habitants.",
      "Le réseau a besoin de vous pour recenser les pannes, explique l'exploitant.",
      "Le Berry Libre est un média indépendant, qui a révélé l'affaire en mars. Son soutien au projet a surpris.",
      "Le club de foot a rejoint la ligue, et ses matches se jouent sans publicité.",
    ])
      expect(clutterKind(line), line).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { LABELS } from "@/lib/importer/page/clutter";
import { CONSENT_BUTTONS, SIGN_UP_BUTTONS } from "@/lib/importer/page/button-labels";
import { isBannerOverButtons } from "@/lib/importer/page/clutter-consent";
import { BY, DATE, H, P1, P2, P3, run } from "./news-page";

/*
 * Page shapes of round 27 (what every set still left, counted by shape), each
 * with the look-alike that must not change. Made-up pages, no corpus page's words.
 */

const HEAD = ["La Gazette du Rhône", "Économie", H, BY, DATE] as const;
const FOOT = ["Partager sur Facebook", "© La Gazette du Rhône 2026 - Tous droits réservés"] as const;

describe("a note on how the article was made, under its text", () => {
  const NOTE = "Nous avons interrogé la préfecture et les deux opérateurs ; aucun n'a souhaité répondre avant la publication.";
  it("« Notre méthode », « Boîte noire » and their one or two sentences over the footer are furniture", () => {
    for (const heading of ["Notre méthode", "Boîte noire", "Méthodologie"]) {
      const p = run(...HEAD, P1, P2, P3, heading, "", NOTE, ...FOOT);
      expect(p.text, heading).toContain(P3);
      expect(p.text, heading).not.toContain(heading);
      expect(p.text, heading).not.toContain(NOTE);
    }
  });

  it("the same heading over more of the article (text after the note) is an intertitle: every line stays", () => {
    const p = run(...HEAD, P1, "Notre méthode", NOTE, P2, P3, ...FOOT);
    for (const line of ["Notre méthode", NOTE, P2, P3]) expect(p.text).toContain(line);
  });

  it("a sentence under the heading that is not the newsroom speaking of its work stays", () => {
    const OTHER = "Le bureau d'études a mesuré le bruit des groupes électrogènes pendant trois semaines en 2025.";
    const p = run(...HEAD, P1, P2, "Méthodologie", OTHER, ...FOOT);
    expect(p.text).toContain(OTHER);
  });
});

describe("a page's questions to its reader, under its text", () => {
  const QA = ["Puis-je visiter le bâtiment ? Oui, lors des journées portes ouvertes de juin.", "Le site fera-t-il du bruit ? Non, les groupes sont insonorisés."];
  it("« Questions fréquentes » and its « question ? answer. » lines over the footer, or over a button, are furniture", () => {
    for (const tail of [[...FOOT], ["Je m'inscris", ...FOOT]]) {
      const p = run(...HEAD, P1, P2, P3, "Questions fréquentes", ...QA, ...tail);
      expect(p.text).toContain(P3);
      for (const line of ["Questions fréquentes", ...QA]) expect(p.text).not.toContain(line);
    }
  });

  it("the same heading over a paragraph, or with the article going on under it, stays", () => {
    const asked = run(...HEAD, P1, "Questions fréquentes", "Les riverains demandent si le site fera du bruit. La préfecture a commandé une étude.", ...FOOT);
    expect(asked.text).toContain("Les riverains demandent si le site fera du bruit.");
    const more = run(...HEAD, P1, "FAQ", QA[0], P2, P3, ...FOOT);
    for (const line of [QA[0], P2, P3]) expect(more.text).toContain(line);
  });
});

describe("a promoted box's label alone over its item and button", () => {
  it("« Livre blanc » over « Kicker : title » over « Télécharger », between paragraphs, goes with the box", () => {
    const p = run(...HEAD, P1, "Livre blanc", "Stockage : bien choisir sa baie en 2026", "Télécharger", P2, P3, ...FOOT);
    for (const line of ["Livre blanc", "Stockage : bien choisir", "Télécharger"]) expect(p.text).not.toContain(line);
    for (const line of [P1, P2, P3]) expect(p.text).toContain(line);
  });

  it("the same word over a paragraph, with no button, stays", () => {
    const p = run(...HEAD, P1, "Livre blanc", "Le gouvernement publiera en juin un livre blanc sur la souveraineté numérique, selon le ministre.", P2, ...FOOT);
    expect(p.text).toContain("Livre blanc");
  });
});

describe("one list of button words (code review)", () => {
  it("every consent and sign-up button is a label alone on its line", () => {
    for (const word of [...CONSENT_BUTTONS, ...SIGN_UP_BUTTONS]) expect(LABELS.has(word), word).toBe(true);
  });

  it("the banner's buttons under it come from the same list", () => {
    const lines = ["Le Courrier du Jura utilise des cookies pour améliorer votre expérience.", "Gérer les choix", "Article"];
    expect(isBannerOverButtons(lines, 0)).toBe(true);
    expect(isBannerOverButtons(["Le Courrier du Jura utilise des cookies pour améliorer votre expérience.", "Lire la suite"], 0)).toBe(false);
  });
});

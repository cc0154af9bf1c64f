import { describe, expect, it } from "vitest";
import { P1, P2, P3, page } from "./news-page";

/*
 * Page shapes of round 22's causes (issue #29: held-out-15's furniture left
 * in the body), each with the look-alike that must not change. Made-up pages,
 * no blind page's words.
 */

describe("an embedded post printed with its handle alone", () => {
  const post = "Grande nouvelle pour Vierzon ! Le centre de données ouvre enfin ses portes 🎉 #Berry";

  it("« @handle », the post, then its stamp « 9:15 AM · 3 mars 2026 »: the three lines are the embed, removed", () => {
    const p = page(P1, "@BerryNumerique", post, "9:15 AM · 3 mars 2026", P2, P3);
    expect(p.body).not.toContain("@BerryNumerique");
    expect(p.body).not.toContain("Grande nouvelle pour Vierzon");
    expect(p.body).not.toContain("9:15 AM");
    expect(p.body).toContain(P2);
  });

  it("look-alike: a handle alone over a paragraph with no stamp under it leaves the paragraph in the text", () => {
    const p = page(P1, "@BerryNumerique", P2, P3);
    expect(p.body).toContain(P2);
    expect(p.body).toContain(P3);
  });
});

describe("readers' comments under « Vos commentaires »", () => {
  const comments = ["Loulou18 : Encore du béton sur nos terres agricoles...", "Jean-P. : Enfin des emplois à Vierzon.", "Martine B : Et l'eau, on en parle ?"];

  it("the header closes the article: the « Pseudo : texte » lines under it are removed", () => {
    const p = page(P1, P2, P3, "Vos commentaires", ...comments, "Mentions légales");
    expect(p.body).toContain(P3);
    for (const c of comments) expect(p.body).not.toContain(c);
  });

  it("look-alike: a sentence opening on « Les commentaires des lecteurs » is text, and the paragraph after it stays", () => {
    const sentence = "Les commentaires des lecteurs ont afflué après l'annonce, selon la rédaction du Berry Libre.";
    const p = page(P1, P2, sentence, P3);
    expect(p.body).toContain(sentence);
    expect(p.body).toContain(P3);
  });
});

describe("a reader poll after the text", () => {
  const question = "Et vous, êtes-vous favorable à ce centre de données à Vierzon ?";

  it("a question to the reader, then « Oui », « Non », « Sans opinion »: the poll is removed, the text stays", () => {
    const p = page(P1, P2, P3, question, "Oui", "Non", "Sans opinion", "Mentions légales");
    expect(p.body).toContain(P3);
    expect(p.body).not.toContain("êtes-vous favorable");
    expect(p.body).not.toMatch(/^(Oui|Non|Sans opinion)$/mu);
  });

  it("look-alike: a question to the reader over a short list the article answers with stays, list and all", () => {
    const ask = "Comment vous protéger des coupures ?";
    const p = page(P1, P2, ask, "Un onduleur de bureau", "Une sauvegarde externe", P3);
    expect(p.body).toContain(ask);
    expect(p.body).toContain("Un onduleur de bureau");
    expect(p.body).toContain("Une sauvegarde externe");
  });

  it("look-alike: a question to the reader followed by a paragraph stays", () => {
    const p = page(P1, question, P2, P3);
    expect(p.body).toContain(question);
    expect(p.body).toContain(P2);
  });
});

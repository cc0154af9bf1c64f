import { describe, expect, it } from "vitest";
import { matchRule } from "@/lib/importer/page/clutter";
import { DATE, H, P1, P2, P3, page, run } from "./news-page";

/*
 * Round 44 (pages): held-out-33's and -34's page-field misses, counted by
 * shape across the ordinary sets. Every page and line here is made up.
 */
const rule = (line: string) => matchRule(line)?.id;

describe("a site's cookie sentence", () => {
  it("« Berry.info utilise des cookies … » over its buttons goes: a dot glued to a letter is the site's address", () => {
    const p = run("Berry.info utilise des cookies pour mesurer l'audience et vous proposer des contenus personnalisés.", "Accepter", "Paramétrer", "Berry.info", "Économie", H, DATE, P1, P2, P3);
    expect(p.frontMatter.title).toBe(H);
    expect(p.text).not.toContain("cookies");
  });
  it("the same sentence with no button under it is never the headline", () => {
    const p = run("Berry.info utilise des cookies pour mesurer l'audience et vous proposer des contenus personnalisés.", "Économie", H, DATE, P1, P2, P3);
    expect(p.frontMatter.title).toBe(H);
  });
  it("near miss: « Le groupe. Il utilise des cookies … », a stop and a space, is no site's name; a platform's cookies in the text stay", () => {
    const p = page(P1, "La plateforme Berry.info utilise des cookies pour suivre ses lecteurs, selon la CNIL, qui a ouvert une enquête en mars.", P2, P3);
    expect(p.text).toContain("La plateforme Berry.info utilise des cookies");
    expect(p.frontMatter.title).toBe(H);
  });
});

describe("a card of dashed record rows", () => {
  const rows = ["Vierzon – Nordvolt – 12 MW – 90 M€ – mise en service 2026", "Bourges – Datacentre du Cher – 4 MW – 20 M€ – ouverture 2027", "Issoudun – Berry Compute – 8 MW – abandonné"];
  it("a label then rows « Ville – Firme – 12 MW – 90 M€ – … » between two parts of the text: the box goes", () => {
    const p = page(P1, "Les projets en bref", ...rows, "Une seconde tranche", P2, P3);
    expect(p.text).not.toContain("Nordvolt – 12 MW");
    expect(p.text).not.toContain("Les projets en bref");
    expect(p.text).toContain(P2);
  });
  it("near miss: rows with two fields and no figure, or rows written as sentences, stay", () => {
    const p = page(P1, "Les projets en bref", "Vierzon – Nordvolt – en chantier depuis mars, la commune attend les premiers emplois.", "Bourges – Datacentre du Cher – le permis a été accordé en 2025 par la préfecture.", P2, P3);
    expect(p.text).toContain("Vierzon – Nordvolt – en chantier");
  });
});

describe("footnotes called in the text", () => {
  const called = "La société Nordvolt a inauguré mardi à Vierzon un centre de données de 12 mégawatts, le plus grand du département (1).";
  const called2 = "Le conseil a autorisé le maire à signer l'acte de vente du terrain, au prix de 1,2 million d'euros (2).";
  it("« (1) Selon … » and « (2) Lire « … », X, juillet 2024. » under the last paragraph go", () => {
    const p = page(called, called2, P3, "(1) Selon les chiffres de la préfecture du Cher, 2025.", "(2) Lire « Le Berry et ses serveurs », Le Berry Libre, juillet 2024.");
    expect(p.text).not.toContain("(1) Selon");
    expect(p.text).not.toContain("(2) Lire");
    expect(p.text).toContain(called);
  });
  it("near miss: a numbered list nothing calls, or notes with paragraphs under them, stay", () => {
    const list = page(P1, "(1) Le conseil vote le budget en mars.", "(2) La préfecture instruit le permis.", P2, P3);
    expect(list.text).toContain("(1) Le conseil vote le budget");
    const mid = page(called, "(1) Selon les chiffres de la préfecture du Cher, 2025.", P2, P3);
    expect(mid.text).toContain("(1) Selon les chiffres");
  });
});

describe("a donation appeal", () => {
  it("« X est un journal indépendant. Abonnez-vous, faites un don. » is the appeal", () => {
    expect(rule("Le Berry Libre est un journal indépendant. Abonnez-vous, faites un don.")).toBe("donation-appeal");
  });
  it("near miss: « X est un journal indépendant, rappelle son fondateur. » stays", () => {
    expect(rule("Le Berry Libre est un journal indépendant, rappelle son fondateur.")).toBeUndefined();
  });
});

describe("an embedded post whose age is written out", () => {
  it("name / « 3 semaines » / the post / « 132 réactions · 18 commentaires » goes, the paragraphs around it stay", () => {
    const p = page(P1, "Berry Compute", "3 semaines", "Notre site de Vierzon est ouvert ! Merci à nos équipes. #datacenter #Berry", "132 réactions · 18 commentaires", P2, P3);
    expect(p.text).not.toContain("3 semaines");
    expect(p.text).not.toContain("Notre site de Vierzon est ouvert");
    expect(p.text).toContain(P2);
  });
  it("near miss: « 3 semaines » under a short line with no counters under the next line stays", () => {
    const p = page(P1, "Le chantier en bref", "3 semaines", P2, P3);
    expect(p.text).toContain("3 semaines");
  });
});

describe("initials closing the piece", () => {
  it("spaced initials « J. M. » under the last paragraph are the writer's mark", () => {
    const p = page(P1, P2, P3, "J. M.");
    expect(p.text).not.toContain("J. M.");
  });
  it("near miss: « J. Dupont. » closing the text is no initials' line", () => {
    expect(page(P1, P2, P3, "J. Dupont.").text).toContain("J. Dupont.");
  });
});

describe("an author's card at the page's foot", () => {
  const foot = ["Partager", "Articles similaires", "Vierzon : la foire rouvre en mai", "Bourges : le marché couvert rénové"];
  it("« Name » over « Journaliste » under the related links signs the unsigned piece", () => {
    const p = run("Le Berry Libre", "Économie", H, DATE, P1, P2, P3, ...foot, "Clémence Vautrin", "Journaliste", "© 2026 – Tous droits réservés");
    expect(p.frontMatter.author).toBe("Clémence Vautrin");
    expect(p.text).not.toContain("Journaliste");
  });
  it("near miss: « Name » over « Maire de Vierzon » signs nothing", () => {
    const p = run("Le Berry Libre", "Économie", H, DATE, P1, P2, P3, ...foot, "Clémence Vautrin", "Maire de Vierzon", "© 2026 – Tous droits réservés");
    expect(p.frontMatter.author ?? undefined).toBeUndefined();
  });
});

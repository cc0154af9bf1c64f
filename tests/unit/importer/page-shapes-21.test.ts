import { describe, expect, it } from "vitest";
import { isCallToAction } from "@/lib/importer/page/calls-to-action";
import { BY, DATE, H, P1, P2, P3, page, run } from "./news-page";

/*
 * Page shapes of round 21's causes (issue #29: held-out-15, ordinary news
 * articles), each with the look-alike that must not change. Made-up pages, no
 * blind page's words.
 */


describe("a sentence cut inside a quotation", () => {
  const start = "« Nous voulons garder la main sur le refroidissement des machines";
  const end = "au lieu de l'acheter ailleurs », explique Paul Ribot, le directeur de Nordvolt.";

  it("a line opening a « it leaves open, then a line in small letters closing it, is one paragraph, even under a « Lire aussi » link", () => {
    const p = page(P1, "Lire aussi", "Cher : les zones d'activités attendent leurs acheteurs", start, end, P2, P3);
    expect(p.body).toContain(`${start} ${end}`);
    expect(p.body).not.toContain("attendent leurs acheteurs");
  });

  it("look-alike: a quotation closed on its own line stays a line of its own", () => {
    const whole = "« Nous voulons garder la main sur le refroidissement », dit-il.";
    const p = page(P1, whole, "au lieu de l'acheter ailleurs, le groupe a choisi de tout construire lui-même à Vierzon.", P3);
    expect(p.body).toContain(whole);
    expect(p.body).not.toContain("», dit-il. au lieu");
  });
});

describe("a quoted question over the paragraph that asks it in full", () => {
  const question = "« Combien de camions par jour ? »";
  const paragraph = "La question a été posée dix fois. « Combien de camions par jour sur la route du lycée pendant le chantier ? », a demandé une mère d'élève.";

  it("a question the paragraph's quotation carries on past is the section's intertitle, kept", () => {
    const p = page(P1, P2, question, paragraph, P3);
    expect(p.body).toContain("Combien de camions par jour ? »");
    expect(p.body).toContain(paragraph);
  });

  it("look-alike: a question the paragraph quotes whole is its pull quote, removed", () => {
    const quoted = "La question a été posée dix fois. « Combien de camions par jour ? », a demandé une mère d'élève, sous les applaudissements de la salle.";
    const p = page(P1, P2, question, quoted, P3);
    expect(p.body).not.toContain(`${question}\n`);
    expect(p.body).toContain(quoted);
  });
});

describe("a wire's reprint notice", () => {
  const last = "La décision intervient alors que la région cherche à concilier ses objectifs climatiques avec son statut de carrefour du numérique, source de milliers d'emplois.";

  it("« Cet article est une dépêche …, reprise sans modification » is furniture, and the paragraph above its credit stays the text's", () => {
    const p = page(P1, P2, last, "© AFP", "Cet article est une dépêche de l'Agence France-Presse, reprise sans modification par la rédaction.");
    expect(p.body).toContain(last);
    expect(p.frontMatter.captions ?? []).not.toContain(last);
    expect(p.body).not.toContain("reprise sans modification");
  });

  it("look-alike: a sentence on a dispatch the text reports stays", () => {
    const said = "Cette information est une dépêche de l'AFP que le ministère a démentie mardi, sans modification de son calendrier.";
    const p = page(P1, P2, said, P3);
    expect(p.body).toContain(said);
  });
});

describe("a signed article dated only by its update stamp in figures", () => {
  it("« Mis à jour le 27/01/2025 à 19:45 » under a byline, and no other date, is the article's date", () => {
    const p = run("Le Berry Libre", "Économie", H, BY, "Mis à jour le 27/01/2025 à 19:45", P1, P2, P3);
    expect(p.frontMatter.date).toBe("2025-01-27");
  });

  it("look-alike: the same stamp on an unsigned page dates nothing", () => {
    const p = run("Le Berry Libre", "Économie", H, "Mis à jour le 27/01/2025 à 19:45", P1, P2, P3);
    expect(p.frontMatter.date).toBeNull();
  });
});

describe("bylines: the paper after a bar, the town after a comma", () => {
  it("« Name | Le Journal de … » and « Name, à Town » sign the article", () => {
    expect(run("Le Berry Libre", H, "Paul Ribot | Le Journal du Berry", DATE, P1, P2, P3).frontMatter.author).toBe("Paul Ribot");
    expect(run("Le Berry Libre", H, "Jeanne Morel, à Bourges", DATE, P1, P2, P3).frontMatter.author).toBe("Jeanne Morel");
  });

  it("look-alike: a name then a title in small words, or a town and more words, signs nothing", () => {
    expect(run("Le Berry Libre", H, "Paul Ribot | La semaine où tout a changé", DATE, P1, P2, P3).frontMatter.author ?? null).toBeNull();
    expect(run("Le Berry Libre", H, "Jeanne Morel, à Bourges depuis vingt ans", DATE, P1, P2, P3).frontMatter.author ?? null).toBeNull();
  });
});

describe("a market ticker above the masthead", () => {
  it("« CAC 40 7.812,55 +0,42% » is no publisher's name; the masthead under it is", () => {
    const p = run("CAC 40 7.812,55 +0,42%", "Le Berry Libre", "Économie", H, BY, DATE, P1, P2, P3);
    expect(p.frontMatter.source?.name).toBe("Le Berry Libre");
  });
});

describe("a button in the infinitive", () => {
  it("« S'inscrire à la newsletter », « Voir la vidéo de … », « Ajouter X à vos sources préférées » are calls to action", () => {
    for (const line of ["S'inscrire à la newsletter", "Voir la vidéo de l'inauguration", "Ajouter Le Berry Libre à vos sources préférées"]) expect(isCallToAction(line)).toBe(true);
    const p = page(P1, "S'inscrire à la newsletter", P2, "Voir la vidéo de l'inauguration", P3);
    expect(p.body).not.toContain("S'inscrire");
    expect(p.body).not.toContain("Voir la vidéo");
  });

  it("look-alike: an intertitle or a sentence opening on the same verbs stays", () => {
    for (const line of ["S'inscrire dans la durée", "Voir plus grand à Bourges", "Voir la vidéo de surveillance a permis d'identifier le voleur."]) expect(isCallToAction(line)).toBe(false);
  });
});

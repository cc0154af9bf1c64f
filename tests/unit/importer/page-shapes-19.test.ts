import { describe, expect, it } from "vitest";
import { readByline } from "@/lib/importer/page/byline";
import { parseCredit } from "@/lib/importer/page/source";
import { BY, DATE, H, P1, P2, P3, page, run } from "./news-page";

/*
 * Page shapes of round 19's causes (issue #29: held-out-13, ordinary news
 * articles), each with the look-alike that must not change. Made-up pages, no
 * blind page's words.
 */


describe("a caption with its credit at the end of the line", () => {
  it("« Photo Name / PAPER » and « Photo PAPER, archives » are credits", () => {
    expect(parseCredit("Photo Jeanne Morel / LE BERRY")).toBe("Jeanne Morel / LE BERRY");
    expect(parseCredit("Photo LBL, archives")).toBe("LBL, archives");
    const p = page("La salle des serveurs, mardi, lors de la visite. Photo Jeanne Morel / LE BERRY", P1, P2, P3);
    expect(p.frontMatter.title).toBe(H);
    expect(p.frontMatter.captions).toEqual(["La salle des serveurs, mardi, lors de la visite. (Jeanne Morel / LE BERRY)"]);
    expect(p.body).not.toContain("Photo Jeanne Morel");
  });

  it("look-alike: a sentence about a photo ends like prose and stays", () => {
    expect(parseCredit("Photo de famille devant la mairie.")).toBeUndefined();
    const sentence = "Le maire a posé devant le bâtiment. Photo de famille obligatoire pour les élus présents ce jour-là.";
    expect(page(P1, sentence, P2, P3).body).toContain(sentence);
  });

  it("a caption printed twice, a name after its sentence, is one caption credited to that name", () => {
    const caption = "Le bâtiment principal vu depuis le parking, lundi. Nordvolt";
    const p = page(caption, P1, P2, caption, P3);
    expect(p.frontMatter.captions).toEqual(["Le bâtiment principal vu depuis le parking, lundi. (Nordvolt)"]);
    expect(p.body).not.toContain("parking, lundi");
  });

  it("look-alike: a paragraph closed by a name, printed once, stays", () => {
    const signed = "Le chantier reprendra lundi, après deux semaines d'arrêt dû aux intempéries. Jeanne Morel";
    expect(page(P1, P2, signed, P3).text).toContain("Le chantier reprendra lundi");
  });
});

describe("a paragraph cut once in the middle of a sentence", () => {
  it("is joined back when the line hangs on a small word and the next goes on in small letters", () => {
    const cut = "Nordvolt a inauguré mardi son site de Vierzon. La société avait posé la première pierre en 2024 sur un terrain de";
    const rest = "la zone d'activités, à deux kilomètres de la gare.";
    expect(page(cut, rest, P2, P3).text).toContain(`${cut} ${rest}`);
  });

  it("look-alike: a line closed by a period, then a label in small letters, are not joined", () => {
    const p = page(P1, "mise à jour à 10 h 30 avec la réaction du maire de la commune.", P2, P3);
    expect(p.text).not.toContain(`${P1} mise à jour`);
  });
});

describe("a newsletter box between paragraphs", () => {
  it("does not take the intertitle under its button", () => {
    const p = page(P1, "Newsletter Berry", "Recevez chaque matin l'essentiel de l'actualité du Berry.", "S'inscrire", "Une chaleur récupérée", P2, P3);
    expect(p.body).toContain("## Une chaleur récupérée");
    expect(p.body).not.toContain("Recevez chaque matin");
  });
});

describe("bylines of news sites", () => {
  it("« Name — Journaliste », « Par X (Ville, correspondante) », « Par X, Y »", () => {
    expect(readByline("Jeanne Morel — Journaliste")?.author).toBe("Jeanne Morel");
    expect(readByline("Par Jeanne Morel (Bourges, correspondante)")?.author).toBe("Jeanne Morel");
    expect(readByline("Par Jeanne Morel, Paul Girard", "le berry libre\npar jeanne morel, paul girard")?.author).toBe("Jeanne Morel et Paul Girard");
  });

  it("look-alike: a quoted executive after a dash, a masthead printed alone after the comma", () => {
    expect(readByline("Jeanne Morel — directrice générale de Nordvolt")).toBeUndefined();
    expect(readByline("Par Jeanne Morel, Berry Libre", "berry libre\npar jeanne morel, berry libre")?.author).toBe("Jeanne Morel");
  });
});

describe("a news site's subscription furniture", () => {
  it("a subscribers' pitch over the headline is no headline; an offer, a wall's notice and its e-mail field leave the text", () => {
    const p = run("Le Berry Libre", "Réservé aux abonnés", "Les abonnés ont accès à tous nos contenus. Découvrez nos offres.", H, BY, DATE, P1, "Offre spéciale : 1 € le premier mois", P2, "Cet article fait partie de notre contenu Premium. Inscrivez-vous gratuitement pour lire la suite.", "Adresse e-mail professionnelle", "S'inscrire", P3);
    expect(p.frontMatter.title).toBe(H);
    expect(p.text).not.toMatch(/Offre spéciale|Premium|Adresse e-mail/u);
    expect(p.text).toContain(P3);
  });

  it("look-alike: sentences about an operator's subscribers and offers stay", () => {
    const sentence = "Les abonnés de l'opérateur ont accès à la fibre depuis mars, selon la mairie, qui en compte 3 000.";
    const offer = "Offre spéciale : l'opérateur facture 1 € le premier mois à ses nouveaux clients, a relevé l'association.";
    const p = page(P1, sentence, offer, P2, P3);
    expect(p.text).toContain(sentence);
    expect(p.text).toContain(offer);
  });

  it("a consent banner's button is never the publisher", () => {
    const p = run("Nous respectons votre vie privée. Avec votre accord, nous et nos partenaires utilisons des cookies.", "Accepter et fermer", "Paramétrer", "LBL", H, BY, DATE, P1, P2, P3);
    expect(p.frontMatter.source?.name ?? "").not.toBe("Accepter et fermer");
  });
});

describe("links inside the text", () => {
  it("« Lire aussi | … » and « Approfondir » with its titles are furniture", () => {
    const p = page(P1, "Lire aussi | Le Cher attire les centres de données", P2, P3, "Approfondir", "Centres de données : où en sont les projets du Berry ?", "Nordvolt : les résultats du trimestre");
    expect(p.text).not.toMatch(/Lire aussi|Approfondir|où en sont|résultats du trimestre/u);
  });

  it("a table of contents repeating the intertitles leaves the text, the intertitles stay", () => {
    const p = page("Sommaire", "Un chantier rapide", "Une chaleur récupérée", P1, "Un chantier rapide", P2, "Une chaleur récupérée", P3);
    expect(p.body.match(/## Un chantier rapide/gu)).toHaveLength(1);
    expect(p.body.match(/## Une chaleur récupérée/gu)).toHaveLength(1);
    expect(p.body.indexOf("Une chaleur récupérée")).toBeGreaterThan(p.body.indexOf(P2));
  });
});

describe("boxes and embeds between paragraphs", () => {
  it("an embedded post (« Name @handle », its text, its stamp) is furniture", () => {
    const p = page(P1, "Mairie de Vierzon @VierzonMairie", "Une belle nouvelle pour l'emploi à Vierzon : 40 postes créés !", "9:42 AM · 3 mars 2026", P2, P3);
    expect(p.text).not.toMatch(/@VierzonMairie|belle nouvelle|9:42/u);
    expect(p.frontMatter.date).toBe("2026-03-04");
  });

  it("look-alike: a sentence citing a handle stays", () => {
    const sentence = "La mairie a salué l'annonce sur son compte @VierzonMairie, en promettant une réunion publique.";
    expect(page(P1, sentence, P2, P3).text).toContain(sentence);
  });

  it("a pull quote printed again in the paragraph that reports it is kept once", () => {
    const said = "« Nous voulons ouvrir la seconde salle avant l'hiver prochain », explique Paul Girard, directeur du site. Le permis a été déposé.";
    const p = page(P1, "« Nous voulons ouvrir la seconde salle avant l'hiver prochain »", said, P2, P3);
    expect(p.text.match(/Nous voulons ouvrir/gu)).toHaveLength(1);
    expect(p.text).toContain(said);
  });

  it("printed twice in a row, the first copy is the section's intertitle and the second goes", () => {
    const quote = "« Nous voulons ouvrir la seconde salle avant l'hiver prochain »";
    const said = "« Nous voulons ouvrir la seconde salle avant l'hiver prochain », explique Paul Girard, directeur du site. Le permis a été déposé.";
    const p = page(P1, quote, quote, said, P2, P3);
    expect(p.body.split("\n\n").filter((b) => b.replace(/^## /u, "") === quote)).toEqual([`## ${quote}`]);
    expect(p.text).toContain(said);
  });

  it("look-alike: an interview's headline, a quotation the text repeats, stays the headline", () => {
    const quote = "« Nous voulons ouvrir la seconde salle avant l'hiver prochain »";
    const said = "« Nous voulons ouvrir la seconde salle avant l'hiver prochain », explique Paul Girard, directeur du site, qui a reçu notre rédaction.";
    expect(run("Le Berry Libre", "Entretien", quote, BY, DATE, said, P2, P3).frontMatter.title).toBe(quote);
  });

  it("look-alike: a quotation alone that no paragraph repeats stays", () => {
    const quote = "« Nous voulons ouvrir la seconde salle avant l'hiver prochain »";
    expect(page(P1, quote, P2, P3).text).toContain(quote);
  });

  it("a key-points box and a spec box of « Key : value » lines are furniture", () => {
    const p = page("Points clés", "Nordvolt investit 90 millions d'euros.", "Le site emploiera 40 personnes.", "Partager", P1, P2, P3, "Fiche technique", "Puissance IT : 12 MW", "Surface : 4 000 m²");
    expect(p.text).not.toMatch(/Points clés|Nordvolt investit 90|emploiera 40|Fiche technique|Puissance IT|Surface :/u);
    expect(p.text).toContain(P3);
  });

  it("a spec box between paragraphs goes too: a card of « Clé : valeur » rows is a box wherever it stands (round 42)", () => {
    const p = page(P1, "Fiche technique", "Puissance IT : 12 MW", "Surface : 4 000 m²", P2, P3);
    expect(p.text).not.toContain("Puissance IT : 12 MW");
    expect(p.text).not.toContain("Surface : 4 000 m²");
    expect(p.text).toContain(P2);
  });

  it("look-alike: short paragraphs under « Points clés » with no furniture closing the box are the text", () => {
    const p = page("Points clés", "Nordvolt investit 90 millions d'euros.", P1, P2, P3);
    expect(p.text).toContain(P1);
    expect(p.text).toContain(P2);
  });
});

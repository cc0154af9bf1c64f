import { describe, expect, it } from "vitest";
import { importArticle } from "@/lib/importer/import-article";
import { importLines, registry } from "./import-lines";

/*
 * Page shapes of round 14's causes (issue #29: what held-out-9 left), each
 * with the look-alike that must not change. Kept apart from the earlier
 * page-shapes files so that rounds working at once add files, not hunks.
 */

const run = importLines;
const P1 = "La société Nordvolt souhaite construire un centre de données de 12 mégawatts dans la zone d'activités, pour 90 millions d'euros.";
const P2 = "Le conseil a autorisé le maire à signer l'acte de vente du terrain, d'une superficie de 4 hectares, au prix de 1,2 million d'euros.";
const P3 = "La mise en service de la première tranche est prévue en 2027, selon le calendrier présenté par l'exploitant en séance.";

describe("dated entries: a chronology, a changelog", () => {
  const entries = ["3 avril 2021", P1, "17 juin 2023", P2, "9 septembre 2024", P3];
  it("a chronology's date headings are its text, never its date; the page's own date line still dates it", () => {
    const page = run("Nordvolt à Vierzon : les dates clés d'un projet", "Publié le 12 mars 2025", "Retour sur un projet de centre de données en trois étapes, de l'achat du terrain au chantier.", ...entries, "2027", "Ouverture prévue de la première tranche du campus.");
    expect(page.frontMatter.date).toBe("2025-03-12");
    for (const date of ["3 avril 2021", "17 juin 2023", "9 septembre 2024", "2027"]) expect(page.text).toContain(date);
  });

  it("a page of dated entries without a date line of its own has no date", () => {
    const page = run("Nordvolt : quoi de neuf", ...entries);
    expect(page.frontMatter.date).toBeNull();
  });

  it("look-alike: one date line over the text is still the page's date", () => {
    const page = run("Nordvolt veut un centre de données à Vierzon", "17 juin 2023", P1, P2, P3);
    expect(page.frontMatter.date).toBe("2023-06-17");
  });
});

describe("a document's first section heading", () => {
  const body = ["Synthèse de l'avis", P2, "1. Présentation du projet", P3];
  it("« Préambule » over the first paragraph, shaped like the sections below, is kept", () => {
    const page = run("Avis délibéré sur le projet de centre de données de Nordvolt à Vierzon", "Préambule", P1, ...body);
    expect(page.text).toContain("Préambule");
  });

  it("look-alikes: a call to act, or a table of contents' entry printed again below, is no section heading", () => {
    const call = run("Avis délibéré sur le projet de centre de données de Nordvolt à Vierzon", "Signez la pétition", P1, ...body);
    expect(call.text).not.toContain("Signez la pétition");
    const contents = run("Avis délibéré sur le projet de centre de données de Nordvolt à Vierzon", "Sommaire", "Le contexte du projet", P1, "Le contexte du projet", P2, "Les enjeux relevés", P3, "Les suites données", P1.replace("12", "14"));
    expect(contents.text.split("Le contexte du projet").length - 1).toBe(1);
  });
});

describe("a photo gallery's short text", () => {
  const intro = "Nordvolt a inauguré mercredi son centre de données de Vierzon, en présence du maire. Le bâtiment de 12 MW a coûté 90 millions d'euros.";
  const slides = ["La façade du bâtiment, habillée de bois.", "La coupure du ruban par les élus.", "Une des salles informatiques, encore vide.", "Les groupes électrogènes, sur le toit."];
  it("a gallery whose slides carry the story is imported, its slides in captions", () => {
    const result = importArticle(["En images : Nordvolt inaugure son centre de données de Vierzon", "Publié le 21 mai 2026", intro, ...slides.flatMap((s, k) => [`${k + 1}/4`, `${s} © Le Journal / A. Martin`])].join("\n"), "page.txt", registry);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.frontMatter.captions).toHaveLength(4);
  });

  it("look-alike: the same short text without slides, a teaser, is still refused", () => {
    const result = importArticle(["Nordvolt inaugure son centre de données de Vierzon", "Publié le 21 mai 2026", intro, "Lire la suite dans notre numéro 87, en kiosque."].join("\n"), "page.txt", registry);
    expect(result.ok).toBe(false);
  });
});

describe("date lines of wires and documents", () => {
  it("a wire's time stamp with seconds (« 2026-04-14 16:05:12 ») under the headline dates it", () => {
    const page = run("Nordvolt met en service un centre de données à Vierzon", "2026-04-14 16:05:12", P1, P2, P3);
    expect(page.frontMatter.date).toBe("2026-04-14");
  });

  it("« Avis adopté lors de la séance du 26 février 2026 par … » dates the opinion", () => {
    const page = run("Avis délibéré sur le projet de centre de données de Nordvolt à Vierzon", "Avis adopté lors de la séance du 26 février 2026 par la mission régionale d'autorité environnementale", P1, P2, P3);
    expect(page.frontMatter.date).toBe("2026-02-26");
  });

  it("look-alike: a sentence telling what a council adopted on a day is news, not the page's date", () => {
    const page = run("Nordvolt veut un centre de données à Vierzon", "Le projet adopté le 26 février 2026 par le conseil municipal prévoit un bâtiment de 12 mégawatts sur 4 hectares.", P1, P2, P3);
    expect(page.frontMatter.date).toBeNull();
  });
});

describe("a hearing's record and a filter bar", () => {
  it("the chair line, the sitting's clock and its recording notice are furniture; the hearing's title line is the headline", () => {
    const page = run("Comptes rendus de la commission", "Mercredi 18 mars 2026", "- Présidence de Mme Claire Vautrin, présidente -", "La réunion est ouverte à 9 h 30.", "Audition de M. Paul Roux, directeur général de Nordvolt", P1, P2, P3, "La réunion est close à 11 h 05.", "Ce compte rendu a fait l'objet d'une captation vidéo disponible en ligne sur le site du Sénat.");
    expect(page.frontMatter.title).toBe("Audition de M. Paul Roux, directeur général de Nordvolt");
    for (const line of ["La réunion est ouverte", "La réunion est close", "captation vidéo"]) expect(page.text).not.toContain(line);
  });

  it("a filter bar is never the headline; a headline with one « | » still is", () => {
    const bar = run("Filtrer par service : Tous | Calcul | Stockage | Réseau | Régions", P1, P2, P3);
    expect(bar.frontMatter.title).not.toContain("|");
    const titled = run("Nordvolt construit un centre de données à Vierzon | Le Journal", P1, P2, P3);
    expect(titled.frontMatter.title).toContain("Nordvolt construit un centre de données à Vierzon");
  });
});

describe("a prefecture's act", () => {
  const act = (...tail: string[]) => run("Liberté Égalité Fraternité", "PRÉFET DU CHER", "Arrêté préfectoral du 12 mars 2026 portant enregistrement d'un centre de données de Nordvolt à Vierzon", P1, P2, P3, ...tail);
  it("the Republic's motto is no publisher; the prefecture's address is; a signature by delegation is no author", () => {
    const page = act("Fait à Bourges, le 12 mars 2026", "Pour le préfet et par délégation,", "le secrétaire général,", "Olivier Dumoulin", "Préfecture du Cher – Place Marcel Plaisant – 18020 Bourges Cedex");
    expect(page.frontMatter.source?.name).toBe("Préfecture du Cher");
    expect(page.frontMatter.author).toBeUndefined();
    expect(page.text).not.toContain("par délégation");
  });

  it("look-alike: a column signed by its author's name keeps its author", () => {
    const page = run("Nordvolt à Vierzon : ce que change le centre de données", P1, P2, P3, "Olivier Dumoulin");
    expect(page.frontMatter.author).toBe("Olivier Dumoulin");
  });
});

describe("a page's furniture around the text", () => {
  it("« Article suivant : … », a recruiting box and a white paper's offer leave the text; the publisher's copyright drops « et/ou ses affiliés »", () => {
    const page = run("Nordvolt construit un centre de données à Vierzon", P1, "Nous recrutons !", "Technicien·ne de maintenance – Vierzon", "Voir le poste", P2, "Téléchargez le livre blanc « Le refroidissement en 10 questions »", "Je télécharge", P3, "Article suivant : Bourges : le marché de Noël ouvre samedi", "Copyright © 2026, Nordvolt et/ou ses affiliés.");
    for (const line of ["Nous recrutons", "Technicien·ne", "livre blanc", "Je télécharge", "Article suivant"]) expect(page.text).not.toContain(line);
    expect(page.frontMatter.source?.name).toBe("Nordvolt");
  });

  it("look-alike: a sentence saying a firm is hiring stays", () => {
    const hiring = "Nous recrutons 40 techniciens à Vierzon d'ici la fin de l'année, a indiqué le dirigeant de Nordvolt.";
    expect(run("Nordvolt construit un centre de données à Vierzon", P1, hiring, P2, P3).text).toContain(hiring);
  });
});

describe("bylines under the headline", () => {
  it("« Name/AGENCY » and a founder's name under the date line sign the article", () => {
    expect(run("Nordvolt construit un centre de données à Vierzon", "Publié le 14/05/2026", "Thu Hà/CVN", P1, P2, P3).frontMatter.author).toBe("Thu Hà");
    expect(run("Nous levons 45 M$ pour construire notre centre de données à Vierzon", "Publié le 3 juin 2026", "Paul Roux, cofondateur et PDG", P1, P2, P3).frontMatter.author).toBe("Paul Roux");
  });

  it("look-alike: a product line with a slash and capitals is no byline", () => {
    expect(run("Nordvolt construit un centre de données à Vierzon", "Publié le 14/05/2026", "Stockage objet/S3", P1, P2, P3).frontMatter.author).toBeUndefined();
  });
});

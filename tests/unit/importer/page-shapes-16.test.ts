import { describe, expect, it } from "vitest";
import { importLines } from "./import-lines";

/*
 * Page shapes of round 16's causes (issue #29: what held-out-11 left), each
 * with the look-alike that must not change. Kept apart from the earlier
 * page-shapes files so that rounds working at once add files, not hunks.
 */

const run = importLines;
const H = "À Vierzon, Nordvolt lance un centre de données de 12 MW près de la gare";
const P1 = "La société Nordvolt souhaite construire un centre de données de 12 mégawatts dans la zone d'activités, pour 90 millions d'euros.";
const P2 = "Le conseil a autorisé le maire à signer l'acte de vente du terrain, d'une superficie de 4 hectares, au prix de 1,2 million d'euros.";
const P3 = "La mise en service de la première tranche est prévue en 2027, selon le calendrier présenté par l'exploitant en séance.";
const P4 = "La chaleur du site doit alimenter le réseau de chaleur de la ville, qui dessert déjà l'hôpital et deux collèges.";

describe("a machine-written summary over the article", () => {
  const box = ["Résumé généré par IA", "• Nordvolt construira un centre de données de 12 MW.", "• L'investissement atteint 90 millions d'euros.", "Ce résumé a été produit par une intelligence artificielle. Il peut contenir des erreurs."];
  it("its label, bullets and notice are page, the headline stays, and a paywall in the text ends nothing that follows it", () => {
    const page = run("Nordvolt Info", H, ...box, "Par Jeanne Martin", "Publié le 02/12/2025 à 17h05", P1, P2, "Cet article est réservé aux abonnés", "Déjà abonné ? Se connecter", P3, P4);
    expect(page.frontMatter.title).toBe(H);
    expect(page.frontMatter.author).toBe("Jeanne Martin");
    expect(page.frontMatter.date).toBe("2025-12-02");
    for (const p of [P1, P2, P3, P4]) expect(page.text).toContain(p);
    for (const line of box) expect(page.text).not.toContain(line.replace(/^• /u, ""));
  });

  it("without bullets, the lines between the label and its notice are page too, and the label is never the headline", () => {
    const page = run("Nordvolt Info", H, "Résumé généré par IA", "Nordvolt va construire un centre de données de 12 MW à Vierzon.", "Ce résumé a été généré automatiquement et vérifié par la rédaction.", "Publié le jeudi 4 septembre 2025", "Jeanne Martin", P1, P2, P3);
    expect(page.frontMatter.title).toBe(H);
    expect(page.text).not.toContain("Nordvolt va construire un centre de données de 12 MW à Vierzon.");
  });

  it("look-alike: an article about machine summaries keeps its headline and text", () => {
    const quote = "Ce résumé a été produit par une IA, reconnaît le directeur de la rédaction, qui promet une relecture systématique.";
    const page = run("Résumés par IA : la presse régionale s'interroge", "Publié le 3 mars 2026", P1, quote, P2);
    expect(page.frontMatter.title).toBe("Résumés par IA : la presse régionale s'interroge");
    expect(page.text).toContain(quote);
  });
});

describe("a tag page: its latest article in full, then teasers with their own dates", () => {
  it("the date beside the author's name (« Name – 19 août 2025 ») dates the page, never a teaser's date below", () => {
    const page = run("Tag : centres de données", H, "Jeanne Martin – 19 août 2025", P1, P2, "Lire la suite", "Plus d'articles", "Nordvolt : un second site à Bourges", "Le groupe vise 2028.", "11 août 2025", "Un câble reporté", "Une tempête a retardé le navire.", "2 août 2025");
    expect(page.frontMatter.author).toBe("Jeanne Martin");
    expect(page.frontMatter.date).toBe("2025-08-19");
  });

  it("look-alike: a name and a dash before a place is no dated byline, and the date line under it dates the page", () => {
    const page = run(H, "Jeanne Martin – Vierzon", "Publié le 12 août 2025", P1, P2, P3);
    expect(page.frontMatter.date).toBe("2025-08-12");
  });
});

describe("captions: « Photo X. » credits, and a caption after the last paragraph", () => {
  it("a caption over « Photo S.T. » is a caption, and its repeat leaves the text", () => {
    const cap = "Le quai de Leava, où doit atterrir le futur câble.";
    const page = run(H, "Par Jeanne Martin", "Publié le 3 mars 2026", cap, "Photo S.T.", cap, P1, P2, P3);
    expect(page.frontMatter.captions?.join(" ")).toContain(cap);
    expect(page.body).not.toContain(cap);
    expect(page.body).not.toContain("Photo S.T.");
  });

  it("a noun phrase and its place over the credit, after the last paragraph, is the picture's caption", () => {
    const cap = "Le quartier d'affaires de Sathorn, à Bangkok.";
    const page = run(H, "Par Jeanne Martin", "Publié le 3 mars 2026", P1, P2, P3, cap, "Crédit : Gavroche");
    expect(page.frontMatter.captions?.join(" ")).toContain(cap);
    expect(page.body).toContain(P3);
  });

  it("look-alike: a last paragraph with its verb over a credit stays the text's", () => {
    const last = "Les travaux commenceront en 2026 à Vierzon, selon la mairie.";
    const page = run(H, "Par Jeanne Martin", "Publié le 3 mars 2026", P1, P2, last, "© Nordvolt");
    expect(page.body).toContain(last);
  });
});

describe("bylines and dates of North American and expatriate templates", () => {
  it("« 11/18/2025 » is month first (the day is over 12), and « Name – programme » under the headline signs", () => {
    const page = run(H, "Julien Gauthier-Roy – Initiative de journalisme local", "Publié le 11/18/2025 à 14 h 05", P1, P2, P3);
    expect(page.frontMatter.date).toBe("2025-11-18");
    expect(page.frontMatter.author).toBe("Julien Gauthier-Roy");
  });

  it("look-alike: « 11/10/2025 » stays day first, where the order is uncertain", () => {
    const page = run(H, "Par Jeanne Martin", "Publié le 11/10/2025 à 14 h 05", P1, P2, P3);
    expect(page.frontMatter.date).toBe("2025-10-11");
  });

  it("« il y a 2 jours · Name »: a relative stamp beside a name is a byline", () => {
    const page = run(H, "il y a 2 jours · Nadia Benali", P1, P2, "Publié le 21 octobre 2025");
    expect(page.frontMatter.author).toBe("Nadia Benali");
  });

  it("look-alike: « il y a 2 jours · Économie » names nobody", () => {
    const page = run(H, "il y a 2 jours · Économie", P1, P2, "Publié le 21 octobre 2025");
    expect(page.frontMatter.author ?? null).toBeNull();
  });
});

describe("names that sign nothing: a programme's host, an event's venue, a speaker's card", () => {
  it("the name under « Présenté par » after a broadcast's text is its host, not the author", () => {
    const page = run("L'invité de l'éco", H, "Jeudi 2 octobre 2025", P1, P2, P3, "Avec", "Paul Girard, fondateur de Nordvolt", "Présenté par", "Julie Morand");
    expect(page.frontMatter.author ?? null).toBeNull();
  });

  it("look-alike: a name alone after the last paragraph still signs the article", () => {
    const page = run(H, "Jeudi 2 octobre 2025", P1, P2, P3, "Julie Morand");
    expect(page.frontMatter.author).toBe("Julie Morand");
  });

  it("an event's span and venue (« 26 et 27 novembre 2025 · Paris Expo Porte de Versailles ») and the speaker the headline names sign nothing", () => {
    const page = run("Salon Data Paris", "26 et 27 novembre 2025 · Paris Expo Porte de Versailles", "Baptiste Kermarec – Construire un campus bas carbone en Bretagne", "Baptiste Kermarec", "Président-directeur général, Kermarec Infrastructures", P1, P2);
    expect(page.frontMatter.author ?? null).toBeNull();
  });

  it("look-alike: « 27 novembre 2025 · Jeanne Martin », one day beside a name, is a dated byline", () => {
    const page = run("Salon Data Paris", H, "27 novembre 2025 · Jeanne Martin", P1, P2);
    expect(page.frontMatter.author).toBe("Jeanne Martin");
  });
});

describe("an op-ed signed by the paragraph that presents its writer", () => {
  const close = "Paul Girard est président-directeur général de Nordvolt, opérateur de centres de données basé à Lyon.";
  it("under « Carte blanche », « Name est président… » closing the text names the author, and the paragraph stays", () => {
    const page = run("Tribunes", `Carte blanche – « ${H} »`, "Publié le 30 septembre 2025", "Les opinions exprimées n'engagent que leur auteur.", P1, P2, close);
    expect(page.frontMatter.author).toBe("Paul Girard");
    expect(page.body).toContain(close);
  });

  it("look-alike: a news article closing on « Name est maire… » has no author from it", () => {
    const page = run(H, "Publié le 30 septembre 2025", P1, P2, "Paul Girard est maire de Vierzon depuis 2020 et soutient le projet.");
    expect(page.frontMatter.author ?? null).toBeNull();
  });
});

describe("a tag page's teasers under « Plus d'articles »", () => {
  it("each title and deck over its date alone is another article's, out of the text", () => {
    const page = run("Tag : centres de données", H, "Jeanne Martin – 19 août 2025", P1, P2, "Plus d'articles", "Nordvolt : un second site à Bourges", "Le groupe vise une mise en service en 2028.", "11 août 2025", "Un câble reporté en Bretagne", "Une tempête a retardé le navire câblier.", "2 août 2025");
    expect(page.body).not.toContain("Le groupe vise une mise en service en 2028.");
    expect(page.body).not.toContain("Une tempête a retardé le navire câblier.");
    expect(page.body).toContain(P2);
  });

  it("look-alike: prose resuming under « À lire aussi » without dated items stays the text", () => {
    const page = run(H, "Par Jeanne Martin", "Publié le 3 mars 2026", P1, "À lire aussi", "Nordvolt : un second site à Bourges", P2, P3);
    expect(page.body).toContain(P2);
    expect(page.body).toContain(P3);
  });
});

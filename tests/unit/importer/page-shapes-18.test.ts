import { describe, expect, it } from "vitest";
import { parseDateline } from "@/lib/importer/page/dateline";
import { importLines } from "./import-lines";

/*
 * Page shapes of round 18's causes (issue #29: held-out-12 headlines and
 * dates), each with the look-alike that must not change. Made-up pages, no
 * blind page's words.
 */

const run = importLines;
const H = "À Vierzon, Nordvolt lance un centre de données de 12 MW près de la gare";
const P1 = "La société Nordvolt souhaite construire un centre de données de 12 mégawatts dans la zone d'activités, pour 90 millions d'euros.";
const P2 = "Le conseil a autorisé le maire à signer l'acte de vente du terrain, d'une superficie de 4 hectares, au prix de 1,2 million d'euros.";
const P3 = "La mise en service de la première tranche est prévue en 2027, selon le calendrier présenté par l'exploitant en séance.";

describe("datelines that announce the page's own date", () => {
  it("« Déposé le », « Déposé par … le », « Séance du » and a time with its zone are datelines", () => {
    expect(parseDateline("Déposé le jeudi 5 mars 2026")?.day).toBe(5);
    expect(parseDateline("Déposé par Nordvolt le 05/03/2026 à 09:40")?.month).toBe(3);
    expect(parseDateline("Séance du mardi 3 mars 2026")?.day).toBe(3);
    expect(parseDateline("4 mars 2026 – 10:20 CET")?.day).toBe(4);
    expect(parseDateline("4 mars 2026 – 10:20 UTC+1")?.day).toBe(4);
  });

  it("look-alike: a sentence naming a filing, or a date followed by words, is no dateline", () => {
    expect(parseDateline("Le permis, déposé le 5 mars 2026, a été retiré par la société")).toBeUndefined();
    expect(parseDateline("4 mars 2026 – le conseil se réunit")).toBeUndefined();
  });

  it("a « Déposé par … le … » line dates the page and is no headline", () => {
    const page = run("Le Fil Berrichon", "Derniers communiqués", "Déposé par Nordvolt le 05/03/2026 à 09:40", P1, P2, P3);
    expect(page.frontMatter.date).toBe("2026-03-05");
    expect(page.frontMatter.title).not.toMatch(/^Déposé/u);
  });

  it("« Date de publication : … » over a note's fields is no masthead's date", () => {
    const fields = ["Analyste : Jeanne Morel", "Recommandation : ACHAT", "Objectif de cours : 14 €", "Cours au 3/03/2026 : 11 €"];
    const page = run("Berry Recherche", "Note d'analyse", "Date de publication : 04/03/2026 – 08h00", ...fields, H, P1, P2, P3);
    expect(page.frontMatter.date).toBe("2026-03-04");
  });

  it("look-alike: a bare date far above the headline stays the masthead's today", () => {
    const page = run("Le Berry Libre", "Mercredi 4 mars 2026", "Actualités", "Économie", "Agenda", "Sports", H, P1, P2, P3);
    expect(page.frontMatter.date).toBeNull();
  });
});

describe("a legal act's title", () => {
  const act = "Arrêté n° 2026-77 du 2 mars 2026 portant autorisation d'exploiter un centre de données par la société Nordvolt sur le territoire de la commune de Vierzon (Cher)";
  it("is the headline however long, and dates the page by the act's day, not the gazette's", () => {
    const page = run("Recueil des actes", "Accueil › Recueil › Bulletin n° 12 du 4 mars 2026 › Acte n° 3", "Bulletin n° 12 du 4 mars 2026", act, P1, P2, P3);
    expect(page.frontMatter.title).toBe(act);
    expect(page.frontMatter.date).toBe("2026-03-02");
  });

  it("look-alike: a sentence opening on an act is text, and dates nothing", () => {
    const sentence = "Arrêté n° 2026-77 du 2 mars 2026 portant autorisation d'exploiter, le texte a été attaqué par l'association devant le tribunal administratif.";
    const page = run(H, "Publié le 4 mars 2026", P1, sentence, P2);
    expect(page.text).toContain(sentence);
    expect(page.frontMatter.date).toBe("2026-03-04");
  });
});

describe("a breadcrumb from the home page with long rubrics", () => {
  it("is furniture, never the headline", () => {
    const crumb = "Accueil › Économie et territoires du Berry › Numérique › Nordvolt construit un centre de données à Vierzon";
    const page = run("Le Berry Libre", crumb, "Publié le 4 mars 2026", P1, P2, P3);
    expect(page.frontMatter.title).not.toBe(crumb);
    expect(page.text).not.toContain("Accueil ›");
  });

  it("look-alike: a headline with one « › » in it is not a crumb", () => {
    const title = "Nordvolt › le centre de données de Vierzon obtient son permis de construire";
    const page = run("Le Berry Libre", title, "Publié le 4 mars 2026", P1, P2, P3);
    expect(page.frontMatter.title).toBe(title);
  });
});

describe("the line right over the date, not a label under it", () => {
  it("a short label between the date and the text is not the headline", () => {
    const title = "Amendement n° 12 au projet de loi sur les centres de données";
    const page = run("Conseil du Berry", title, "Déposé le mardi 3 mars 2026", "Commission des finances locales", "Sort : Adopté", P1, P2, P3);
    expect(page.frontMatter.title).toBe(title);
  });

  it("look-alike: a headline under a date line, which the text echoes, stays the headline", () => {
    const page = run("Salon du Berry 2026", "Refroidissement des salles et des baies informatiques", "Publié le 4 mars 2026", H, P1, P2, P3);
    expect(page.frontMatter.title).toBe(H);
  });
});

describe("a status page's state line", () => {
  it("« Incident résolu · Impact : majeur » is no headline; the incident's title is", () => {
    const title = "Panne partielle de la zone de disponibilité de Vierzon";
    const page = run("Nordvolt – État des services", title, "Incident résolu · Impact : majeur", "Composants concernés : Instances, Stockage bloc (zone de Vierzon)", "Résolu", "4 mars 2026 – 10:20 CET", P1, P2, P3);
    expect(page.frontMatter.title).toBe(title);
    // Nor is it one of a release's highlights kept over the text.
    expect(page.text).not.toContain("Incident résolu");
    expect(page.frontMatter.date).toBe("2026-03-04");
  });

  it("look-alike: a headline with a colon and no separator keeps its score", () => {
    const title = "Vierzon : Nordvolt lance un centre de données de 12 MW près de la gare";
    const page = run("Le Berry Libre", title, "Publié le 4 mars 2026", P1, P2, P3);
    expect(page.frontMatter.title).toBe(title);
  });
});

describe("a masthead's name beside the page's label in sentence case", () => {
  it("« Nordvolt – État des services » never names « État des services » the publisher", () => {
    const page = run("Nordvolt – État des services", "S'abonner aux mises à jour", H, "Publié le 4 mars 2026", P1, P2, P3);
    expect(page.frontMatter.source?.name).not.toBe("État des services");
  });

  it("look-alike: a masthead of two names keeps its name", () => {
    const page = run("Berry Éco – Le Journal des Entreprises", H, "Publié le 4 mars 2026", P1, P2, P3, "© Berry Éco 2026");
    expect(page.frontMatter.source?.name).toBe("Berry Éco");
  });
});

describe("signatures", () => {
  it("initials with a space (« Par J.-P. M. ») sign the article", () => {
    const page = run("Le Berry Libre", H, "Par J.-P. M.", P1, P2, P3);
    expect(page.frontMatter.author).toBe("J.-P. M.");
  });

  it("an unsigned article's name alone after its last paragraph, a closing formula under it, signs it", () => {
    const page = run("Le Berry Libre", H, "Publié le 4 mars 2026", P1, P2, P3, "Jeanne Morel", "Nos condoléances à la famille.", "Déposer un message", "© Le Berry Libre");
    expect(page.frontMatter.author).toBe("Jeanne Morel");
    expect(page.text).not.toContain("Jeanne Morel");
  });

  it("look-alike: an official signing an act on an authority's behalf is no author", () => {
    const page = run("Préfecture du Cher", H, "Publié le 4 mars 2026", P1, P2, P3, "Fait à Bourges, le 3 mars 2026", "Pour le préfet et par délégation,", "le secrétaire général,", "Jeanne Morel", "www.cher-exemple.gouv.fr");
    expect(page.frontMatter.author).toBeUndefined();
  });

  it("look-alike: a name alone heading a paragraph that follows stays text", () => {
    const page = run("Le Berry Libre", H, "Publié le 4 mars 2026", P1, P2, "Jeanne Morel", P3, "Le chantier doit durer dix-huit mois, selon le calendrier transmis aux riverains.");
    expect(page.frontMatter.author).toBeUndefined();
    expect(page.text).toContain("Jeanne Morel");
  });
});

describe("prompts and disclaimers after the text", () => {
  const cases = [
    "Vous souhaitez réagir ? Écrivez-nous : lettres@berrylibre.fr. Les lettres peuvent être raccourcies.",
    "Vous organisez un salon ? Envoyez-le à agenda@berrylibre.fr avant le mardi midi.",
    "Avertissement : ce document est fourni à titre d'information uniquement et ne constitue pas une offre d'achat.",
    "Ce contenu est publié sous la seule responsabilité de son émetteur. Le site n'en vérifie pas l'exactitude.",
    "Conflits d'intérêts : néant.",
  ];
  for (const line of cases)
    it(`« ${line.slice(0, 40)}… » is furniture`, () => {
      const page = run("Le Berry Libre", H, "Publié le 4 mars 2026", P1, P2, P3, line, "© Le Berry Libre");
      expect(page.text).not.toContain(line);
    });

  it("look-alikes: a sentence quoting an address, a warning in the text, a conflict described stay text", () => {
    const lines = [
      "Les riverains ont écrit à mairie@vierzon-exemple.fr pour demander une réunion publique avant l'enquête.",
      "Avertissement : ce document de la préfecture, daté de mars, prévoit trois sites de 20 MW dans le département.",
      "Conflits d'intérêts : le maire a dû quitter la séance avant le vote du conseil municipal.",
    ];
    const page = run("Le Berry Libre", H, "Publié le 4 mars 2026", P1, lines[0], P2, lines[1], lines[2], P3);
    for (const l of lines) expect(page.text).toContain(l);
  });
});

describe("a research note's analyst and a guide's update stamp", () => {
  it("« Analyste : Jeanne Morel, CFA » signs the note", () => {
    const page = run("Berry Recherche", "Date de publication : 04/03/2026", "Analyste : Jeanne Morel, CFA", H, P1, P2, P3);
    expect(page.frontMatter.author).toBe("Jeanne Morel");
  });

  it("« Mis à jour le … », the only date the page gives itself, dates it", () => {
    const page = run("Le Comparateur", H, "Par Jeanne Morel", "Mis à jour le 4 mars 2026", P1, P2, P3);
    expect(page.frontMatter.date).toBe("2026-03-04");
    expect(page.text).not.toContain("Mis à jour");
  });

  it("look-alike: an unsigned site page's « Dernière mise à jour : … » dates nothing", () => {
    const page = run("Nordvolt", "Accueil / Projets / Vierzon", "Projet de Vierzon : vos questions, nos réponses", "Dernière mise à jour : 4 mars 2026", P1, P2, P3);
    expect(page.frontMatter.date).toBeNull();
  });

  it("look-alike: with a publication date, the update stamp does not replace it", () => {
    const page = run("Le Comparateur", H, "Publié le 2 mars 2026", "Mis à jour le 4 mars 2026", P1, P2, P3);
    expect(page.frontMatter.date).toBe("2026-03-02");
  });
});

describe("a front page's other items over its article", () => {
  const items = ["Bourges : la foire ouvre ses portes samedi", "Les exposants sont attendus dès vendredi soir.", "Vierzon : le pont de la gare fermé tout l'été", "Les travaux de réfection dureront dix semaines."];
  it("are furniture: the headline is the article's own, over its byline", () => {
    const page = run("Le Berry Libre", "À la une", ...items, "Économie", H, "Par Jeanne Morel · 04/03/2026 à 07h00", P1, P2, P3);
    expect(page.frontMatter.title).toBe(H);
    for (const l of items) expect(page.text).not.toContain(l);
  });

  it("look-alike: one title and its standfirst over a byline are the article's", () => {
    const deck = "Le projet de 12 MW doit être présenté au conseil municipal de Vierzon en avril.";
    const page = run("Le Berry Libre", H, deck, "Par Jeanne Morel · 04/03/2026 à 07h00", P1, P2, P3);
    expect(page.frontMatter.title).toBe(H);
    expect(page.text).toContain(deck);
  });
});

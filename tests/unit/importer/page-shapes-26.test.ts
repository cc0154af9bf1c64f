import { describe, expect, it } from "vitest";
import { readByline } from "@/lib/importer/page/byline";
import { BY, DATE, H, P1, P2, P3, run } from "./news-page";

/*
 * Page shapes of round 26's causes (issue #29, « never drop a sentence »:
 * held-out-18's whole article removed under a closer printed over it), each
 * with the look-alike that must not change. Made-up pages, no blind page's words.
 */

const HEAD = ["Le Berry Libre", "Économie", H, BY, DATE] as const;
const P4 = "Les riverains, réunis en association, ont annoncé qu'ils suivraient de près les travaux, prévus pour durer dix-huit mois.";
const P5 = "La commune percevra chaque année près d'un million d'euros de recettes fiscales, selon les chiffres présentés au conseil.";
const ARTICLE = [P1, P2, P3, P4, P5];

describe("a closer printed over the article's main run of prose", () => {
  // A sentence the rules do not know as furniture, above the masthead: the text is read from it, so every closer under it is below the text's start.
  const TOP = "Bienvenue sur le site du Berry Libre, votre quotidien régional depuis 1945.";
  it("a comments header, a share block's header, an author box over the whole article ends nothing: every paragraph stays", () => {
    for (const closer of ["Commentaires", "Partager cet article", "Écrit par Jeanne Morel"]) {
      const p = run(TOP, ...HEAD, closer, ...ARTICLE, "Commentaires", "Paul91 : Enfin une bonne nouvelle pour la ville !");
      for (const paragraph of ARTICLE) expect(p.text, closer).toContain(paragraph);
      expect(p.text, closer).not.toContain("Paul91");
    }
  });

  it("a comment counter under the byline is a counter, no header: it leaves the text and the article stays", () => {
    const p = run(TOP, ...HEAD, "2 commentaires", "Partager", ...ARTICLE);
    for (const paragraph of ARTICLE) expect(p.text).toContain(paragraph);
    expect(p.text).not.toContain("2 commentaires");
  });

  it("look-alike: a real comments section after the article, with long comments, is still removed", () => {
    const comment = "Marc Duval : Je ne comprends pas pourquoi la mairie a accepté ce projet sans consulter les habitants du quartier, qui subiront le bruit.";
    const other = "Julie B. : Très bonne nouvelle pour l'emploi local, il était temps que la zone se remplisse enfin après tant d'années.";
    for (const top of [[], [TOP]]) {
      const p = run(...top, ...HEAD, ...ARTICLE, "12 commentaires", "Commentaires", comment, "Répondre", other);
      for (const paragraph of ARTICLE) expect(p.text).toContain(paragraph);
      expect(p.text).not.toContain("Je ne comprends pas");
      expect(p.text).not.toContain("Très bonne nouvelle");
    }
  });
});

describe("a consent banner with its buttons on the lines under it", () => {
  const banner = "Le Berry Libre utilise des cookies pour vous offrir la meilleure expérience. Vous pouvez accepter ou refuser.";
  it("is furniture, never the headline: the page's own headline and text are read", () => {
    const p = run(banner, "Tout accepter", "Continuer sans accepter", ...HEAD, ...ARTICLE);
    expect(p.frontMatter.title).toBe(H);
    expect(p.text).not.toContain("utilise des cookies");
    for (const paragraph of ARTICLE) expect(p.text).toContain(paragraph);
    const q = run(banner, "Personnaliser", "Refuser", ...HEAD, ...ARTICLE);
    expect(q.frontMatter.title).toBe(H);
    expect(q.text).not.toContain("utilise des cookies");
  });

  it("is listed in the report as the cookie notice it is, so the editor knows why it went", () => {
    const p = run(banner, "Tout accepter", "Continuer sans accepter", ...HEAD, ...ARTICLE);
    expect(p.report).toMatch(/lignes retirées \(avertissements de la page \(cookies[^)]*\)\) : « Le Berry Libre utilise des cookies/);
  });

  it("look-alike: a sentence of the article saying a site uses cookies, over a paragraph, stays", () => {
    const sentence = "La plateforme utilise des cookies pour suivre les internautes, selon la Commission nationale de l'informatique et des libertés.";
    const p = run(...HEAD, P1, sentence, P2, P3);
    expect(p.body).toContain(sentence);
  });
});

describe("the masthead's name in a byline, a person's byline under it", () => {
  it("« Site | Publié le … » over « Propos recueillis par X »: the person signs, the site is no author", () => {
    const p = run("Le Berry Libre", "Économie", H, "Le Berry Libre | Publié le 4 mars 2026 à 07h00", "Propos recueillis par Jeanne Morel", ...ARTICLE);
    expect(p.frontMatter.author).toBe("Jeanne Morel");
  });

  it("look-alike: a person's name printed above the headline (a columnist's tab) still signs when no other byline does", () => {
    const p = run("Le Berry Libre", "Jeanne Morel", H, "Par Jeanne Morel", DATE, ...ARTICLE);
    expect(p.frontMatter.author).toBe("Jeanne Morel");
  });
});

describe("bylines of held-out-18's shapes", () => {
  it("« Un texte de X » announces the author, and the line leaves the text", () => {
    const p = run("Le Berry Libre", "Économie", H, "Un texte de Jeanne Morel", DATE, ...ARTICLE);
    expect(p.frontMatter.author).toBe("Jeanne Morel");
    expect(p.text).not.toContain("Un texte de");
  });

  it("« Name, THE PAPER » in capitals, the paper printed alone on a line of the page: the name signs", () => {
    const p = run("Le Berry Libre", "Économie", H, "Jeanne Morel, LE BERRY LIBRE", DATE, ...ARTICLE, "Le Berry Libre", "Mentions légales");
    expect(p.frontMatter.author).toBe("Jeanne Morel");
  });

  it("look-alike: « Name, WORDS » in capitals the page never prints alone on a line is no byline", () => {
    expect(readByline("Jeanne Morel, LE BERRY LIBRE", "le berry libre\neconomie")).toEqual({ author: "Jeanne Morel" });
    expect(readByline("Jeanne Morel, VIERZON NORD", "le berry libre\neconomie\nle club de vierzon nord")).toBeUndefined();
  });
});

describe("a site's name with its domain's suffix", () => {
  it("the page printing the name without it too (« Le Berry.fr », « © Le Berry 2026 »): the name a reader uses", () => {
    const p = run("Le Berry.fr", "Économie", H, BY, DATE, ...ARTICLE, "Le Berry", "Mentions légales", "© Le Berry 2026");
    expect(p.frontMatter.source?.name).toBe("Le Berry");
  });

  it("look-alike: a brand printed only with its suffix keeps it", () => {
    const p = run("Le Berry.fr", "Économie", H, BY, DATE, ...ARTICLE, "Mentions légales", "© Le Berry.fr 2026");
    expect(p.frontMatter.source?.name).toBe("Le Berry.fr");
  });
});

describe("furniture of held-out-18's shapes", () => {
  it("an embedded post on one line after its label (« Tweet de @x : « … » ») leaves the text", () => {
    const post = "Tweet de @BerryNumerique : « Le chantier démarre enfin à Vierzon ! Une belle étape pour la ville. »";
    const p = run(...HEAD, P1, P2, post, P3, P4);
    expect(p.text).not.toContain("@BerryNumerique");
    const sentence = "Dans un tweet, @BerryNumerique a salué « une étape » pour la ville, avant d'annoncer une réunion publique.";
    expect(run(...HEAD, P1, P2, sentence, P3, P4).text).toContain(sentence);
  });

  it("a paywall notice in inclusive writing (« réservé aux abonné·es ») leaves the text; a sentence on subscribers stays", () => {
    const p = run(...HEAD, P1, P2, "Cet article est réservé aux abonné·es", P3, P4);
    expect(p.text).not.toContain("abonné·es");
    const sentence = "Le service, réservé aux abonné·es de l'opérateur, coûte 40 euros par mois selon la grille publiée mardi.";
    expect(run(...HEAD, P1, sentence, P2, P3).text).toContain(sentence);
  });
});

import { describe, expect, it } from "vitest";
import { importLines } from "./import-lines";

/*
 * The position rules, each with a page where it removes a line and a page
 * where a line of the same shape must stay. Pages are a handful of lines,
 * written for the rule they test.
 */

const HEADLINE = "OVHcloud ouvre un deuxième centre de données au Canada";
const P1 = "Le fournisseur roubaisien OVHcloud a inauguré un centre de données à Toronto, son deuxième au Canada après Beauharnois.";
const P2 = "Le site offre une capacité de 10 000 serveurs et vise les entreprises qui doivent garder leurs données au pays.";
const P3 = "Michel Paulin, directeur général d'OVHcloud, a indiqué que d'autres ouvertures sont prévues en Inde.";

/** The article as a reader gets it: the chapeau when it is the page's own text (its lead, without a standfirst), then the body. */
function run(...lines: string[]) {
  const result = importLines(...lines);
  const { summary, summarySource } = result.frontMatter;
  const body = result.body.split("\n\n").map((b) => b.replace(/^## /, ""));
  return { ...result, blocks: summarySource === "source" ? [summary, ...body] : body };
}

describe("position rules", () => {
  it("menu: short lines above the headline go; the same shape inside the text is an intertitle and stays", () => {
    const page = run("TechActu", "Actualités", "Cloud", HEADLINE, P1, "Un marché en croissance", P2);
    expect(page.frontMatter.title).toBe(HEADLINE);
    expect(page.blocks).toEqual([P1, "Un marché en croissance", P2]);
    expect(page.body).toContain("## Un marché en croissance");
    expect(page.report).toMatch(/lignes retirées \(menus et nom du site avant le titre\) : « TechActu », « Actualités », « Cloud »/);
  });

  it("header: a lone section word under the headline goes", () => {
    const page = run(HEADLINE, "Infrastructure", "Par Julien Morel", P1, P2);
    expect(page.blocks).toEqual([P1, P2]);
    expect(page.report).toMatch(/rubriques et étiquettes entre le titre et le texte\) : « Infrastructure »/);
  });

  it("after the end: prose after a comments header goes; prose after a mid-text link block stays", () => {
    const ended = run(HEADLINE, P1, P2, "Commentaires", "Encore un centre de données, et toujours pas de fibre dans mon village.", "Répondre");
    expect(ended.blocks).toEqual([P1, P2]);
    const linked = run(HEADLINE, P1, "Lire aussi", "Scaleway lance ses GPU H100", P2);
    expect(linked.blocks).toEqual([P1, P2]);
  });

  it("tail: short lines after the last paragraph go; a name alone there signs the article", () => {
    const page = run(HEADLINE, P1, P2, "Toute l'actualité tech chaque matin", "Julien Morel");
    expect(page.blocks).toEqual([P1, P2]);
    expect(page.frontMatter.author).toBe("Julien Morel");
    expect(page.report).toMatch(/lignes courtes après le dernier paragraphe\) : « Toute l'actualité tech chaque matin »/);
  });

  it("headline repeated as the first line of the text goes", () => {
    const page = run(HEADLINE, HEADLINE, P1, P2);
    expect(page.blocks).toEqual([P1, P2]);
    expect(page.report).toMatch(/répétitions du titre/);
  });
});

describe("bylines", () => {
  it("a name with a journalist's role becomes the author, the role a note; a quoted executive stays in the text", () => {
    const page = run(HEADLINE, "Julien Morel Journaliste", P1, P3);
    expect(page.frontMatter).toMatchObject({ author: "Julien Morel", authorRole: "Journaliste" });
    expect(page.blocks).toEqual([P1, P3]);
  });

  it("a name alone under the headline, with its role on the next line", () => {
    const page = run(HEADLINE, "Benoît Delvaux", "Journaliste au service Économie", P1, P2);
    expect(page.frontMatter).toMatchObject({ author: "Benoît Delvaux", authorRole: "Journaliste au service Économie" });
    expect(page.blocks).toEqual([P1, P2]);
  });

  it("a byline that also dates the article gives both", () => {
    expect(run(HEADLINE, "Par Jean Dupont | Publié le 3 avril 2024", P1, P2).frontMatter).toMatchObject({ author: "Jean Dupont", date: "2024-04-03" });
    expect(run(HEADLINE, "Rédigé par Salma Idrissi le 12/06/2024", P1, P2).frontMatter).toMatchObject({ author: "Salma Idrissi", date: "2024-06-12" });
  });

  it("a desk's signature, a press contact and a comment's stamp are no author; « Par: Samir B. » and a live blog's host are", () => {
    expect(run(HEADLINE, "Par La Rédaction", P1, P2).frontMatter.author).toBeUndefined();
    const release = run(HEADLINE, P1, P2, "Contacts", "Relations presse", "Paul Girard – presse@exemple.fr");
    expect(release.frontMatter.author).toBeUndefined();
    expect(release.blocks).toEqual([P1, P2]);
    expect(run(HEADLINE, "Par: Samir B.", P1, P2).frontMatter.author).toBe("Samir B.");
    expect(run(HEADLINE, "Direct animé par Léa Moreau", P1, P2).frontMatter.author).toBe("Léa Moreau");
    const commented = run(HEADLINE, "Benoît Delvaux", "Journaliste au service Régions", P1, P2, "Réactions", "Fabienne Collard – 24/05/2024 07:05");
    expect(commented.frontMatter.author).toBe("Benoît Delvaux");
  });

  it("initials closing the text are its writer's mark, not a sentence of it", () => {
    const page = run(HEADLINE, "Par Nicolas Fayolle", P1, P2, "N.F.", "Mots-clés : Data centers, RTE");
    expect(page.blocks).toEqual([P1, P2]);
  });

  it("a timeline box after an interview goes with its header, year lines and all", () => {
    const page = run(HEADLINE, "Par Nadia Rochat", P1, P2, "Bio express", "1974 Naissance à Vichy (Allier).", "2009 Fonde Kalis Data à Clermont-Ferrand.", "Sur le même sujet");
    expect(page.blocks).toEqual([P1, P2]);
  });

  it("a machine-translated page: its banner is no headline nor text, its date under the breadcrumb is the article's", () => {
    const page = run("Cette page a été traduite à partir du japonais par Google Traduction.", "Afficher l'original", "Langue : Français", "Accueil > Actualités > Communiqués", "2025年6月18日", "Communiqué de presse", HEADLINE, P1, P2);
    expect(page.frontMatter).toMatchObject({ title: HEADLINE, date: "2025-06-18" });
    expect(page.blocks).toEqual([P1, P2]);
  });

  it("a digest of briefs: its own title is the headline, each brief's title stays as an intertitle, none is the chapeau", () => {
    const DIGEST = "L'essentiel de la semaine : Toronto, Milan";
    const page = run("Brèves", DIGEST, "Publié le vendredi 14 mars 2025", "", "OVHcloud ouvre un centre à Toronto", "11/03", P1, "Source : Les Échos", "", "Scaleway ouvre une région cloud à Milan", "12/03", P2, "Source : L'Usine Nouvelle");
    expect(page.frontMatter).toMatchObject({ title: DIGEST, date: "2025-03-14", summarySource: "editorial" });
    expect(page.body.split("\n\n")).toEqual(["## OVHcloud ouvre un centre à Toronto", P1, "## Scaleway ouvre une région cloud à Milan", P2]);
  });

  it("a paragraph presenting the author after the text is the author box", () => {
    const page = run(HEADLINE, "Par Nadia Rochat", P1, P2, "Nadia Rochat est journaliste à la rubrique Économie depuis 2019.");
    expect(page.blocks).toEqual([P1, P2]);
  });
});

describe("captions, credits and embedded posts", () => {
  it("a caption with its credit goes to captions; a last paragraph followed by a credit stays text", () => {
    const caption = "Le centre de données d'OVHcloud à Beauharnois, au Québec.";
    const page = run(HEADLINE, caption, "© OVHcloud", P1, P2);
    expect(page.frontMatter.captions).toEqual([`${caption} (© OVHcloud)`]);
    expect(page.blocks).toEqual([P1, P2]);
    const last = run(HEADLINE, P1, P2, "Photo : Paul Durand");
    expect(last.blocks).toEqual([P1, P2]);
    expect(last.frontMatter.captions).toEqual([]);
  });

  it("an embedded post leaves the text with its short link and signature; a sentence opened by a dash stays", () => {
    const page = run(
      HEADLINE,
      P1,
      "Fiers d'ouvrir notre deuxième site canadien ! #cloud #Toronto",
      "pic.twitter.com/Xk3Lm9QaZt",
      "— OVHcloud (@OVHcloud) February 7, 2024",
      "— Ce sera notre dernier site en Amérique du Nord cette année, a-t-il conclu.",
      P2,
    );
    expect(page.blocks).toEqual([P1, "— Ce sera notre dernier site en Amérique du Nord cette année, a-t-il conclu.", P2]);
    expect(page.report).toMatch(/publication de réseau social intégrée\) : « Fiers d'ouvrir/);
  });
});

describe("dates as key and value", () => {
  it("a key–value date line is the article's date; a key–value fact in the text stays", () => {
    const page = run(HEADLINE, "Date : 15/04/2024", P1, "Mise en service : deuxième trimestre 2024", P2);
    expect(page.frontMatter).toMatchObject({ date: "2024-04-15", datePrecision: "day", dateInferred: false });
    expect(page.blocks).toEqual([P1, "Mise en service : deuxième trimestre 2024", P2]);
    expect(page.body).not.toContain("## Mise en service");
  });
});

describe("control characters", () => {
  it("never reach the title, the summary or the author", () => {
    const page = run(`OVHcloud ouvre un deuxième\u0007 centre de données au Canada`, "Par Julien\u001b Morel", `${P1}\u0000`, P2);
    const fm = page.frontMatter;
    for (const value of [fm.title, fm.summary, fm.author ?? ""]) expect(value).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
    expect(page.report).toMatch(/caractères de contrôle remplacés par des espaces/);
  });
});

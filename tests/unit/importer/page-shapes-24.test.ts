import { describe, expect, it } from "vitest";
import { readByline } from "@/lib/importer/page/byline";
import { parseDateline } from "@/lib/importer/page/dateline";
import { pageAddressDate } from "@/lib/importer/page/stated-dates";
import { BY, DATE, H, P1, P2, P3, page, run } from "./news-page";

/*
 * Page shapes of round 24's causes (issue #29: held-out-16's lost text, dates
 * and authors), each with the look-alike that must not change. Made-up pages,
 * no blind page's words.
 */

describe("a table of contents' entry printed again right over the first paragraph", () => {
  const heading = "Un site de 12 mégawatts";
  it("« Sommaire », its entries, then the first entry again over the text: that line is the first intertitle, kept", () => {
    const p = run("Le Berry Libre", "Économie", H, BY, DATE, "Sommaire", heading, "Ce que dit le maire", heading, P1, P2, "Ce que dit le maire", P3);
    expect(p.body).toContain(`## ${heading}`);
    expect(p.body).toContain(P1);
    expect(p.body.match(/Un site de 12 mégawatts/gu)).toHaveLength(1);
  });

  it("look-alike: a short label over the first paragraph that no table of contents lists, and shares nothing with it, stays out of the text", () => {
    const p = run("Le Berry Libre", "Économie", H, BY, DATE, "Sommaire", "Ce que dit le maire", "Nos vidéos du jour", P1, P2, "Ce que dit le maire", P3);
    expect(p.text).not.toContain("Nos vidéos du jour");
  });
});

describe("a heading under a related link, right over the first paragraph", () => {
  const related = "Eau : les nappes du Cher sous surveillance";
  it("the block's rule leaves it in the text and it shares a figure with the paragraph: the first intertitle, kept", () => {
    const p = run("Le Berry Libre", "Économie", H, BY, DATE, "Lire aussi", related, "Un terrain de 12 mégawatts", P1, P2, P3);
    expect(p.text).toContain("Un terrain de 12 mégawatts");
    expect(p.text).not.toContain(related);
  });

  it("look-alike: a label that shares nothing with the paragraph stays out", () => {
    const p = run("Le Berry Libre", "Économie", H, BY, DATE, "Lire aussi", related, "Nos vidéos du jour", P1, P2, P3);
    expect(p.text).not.toContain("Nos vidéos du jour");
  });
});

describe("an intertitle opened by its place and a colon, under a related link", () => {
  const related = "Eau : les nappes du Cher sous surveillance";
  const heading = "Mehun-sur-Yèvre : un second terrain réservé pour le projet";
  const below = "À Mehun-sur-Yèvre, la communauté de communes a réservé un second terrain de 6 hectares pour une extension du projet, selon son président.";
  it("the heading whose place the paragraph under it names is the text's, kept; the link's title stays out", () => {
    const p = page(P1, "Lire aussi", related, heading, below, P3);
    expect(p.body).toContain(heading);
    expect(p.body).toContain(below);
    expect(p.body).not.toContain(related);
  });

  it("look-alike: a second link's title, whose place the paragraph does not name, stays in the link block", () => {
    const other = "Bourges : la rocade nord fermée cet été";
    const p = page(P1, "Lire aussi", related, other, below, P3);
    expect(p.body).not.toContain(other);
  });
});

describe("a paragraph under a related link, over a paywall's notice", () => {
  const related = "Data centers : un autre exploitant construit à l'ouest de Vierzon";
  const paragraph = "De son côté, un autre exploitant construit à l'ouest de Vierzon un site de 4 mégawatts, ouvert à la fin de l'année, pour rattraper son retard sur ses concurrents de l'ouest.";
  it("the article goes on behind the wall: the paragraph is the article's, kept", () => {
    const p = page(P1, "Lire aussi", related, paragraph, "Cet article est réservé aux abonnés");
    expect(p.body).toContain(paragraph);
    expect(p.body).not.toContain(related);
  });

  it("look-alike: the same paragraph at the page's end, over its footer, is the link's teaser, removed", () => {
    const p = page(P1, P2, P3, "Lire aussi", related, paragraph, "Mentions légales");
    expect(p.body).not.toContain(paragraph);
  });
});

describe("a paragraph cut once mid-sentence on a page that is not hard-wrapped", () => {
  const head = "Dans sa décision, le préfet estime que le dossier d'étude";
  const tail = "ne répondait pas aux questions posées sur la ressource en eau du bassin, faute de mesures sur trois étés.";
  it("a clause cut before its end, under a paragraph, then a line in small letters closing it: one paragraph", () => {
    const p = page(P1, head, tail, P3);
    expect(p.body).toContain(`${head} ${tail}`);
  });

  it("a long line left open on a comma, then the end of its sentence in small letters: one paragraph", () => {
    const open = "Le maire a rappelé les délais. L'exploitant dispose de deux mois pour faire appel devant la cour administrative,";
    const p = page(P1, open, "mais préfère déposer un nouveau dossier.", P3);
    expect(p.body).toContain(`${open} mais préfère déposer un nouveau dossier.`);
  });

  it("look-alike: a heading without a comma over a paragraph stays a line of its own", () => {
    const p = page(P1, "Le calendrier du chantier", P2, P3);
    expect(p.body).not.toContain("Le calendrier du chantier Le conseil");
  });
});

describe("dates", () => {
  it("« 12/03/2026 07:00 Actualisé le 12/03/2026 09:31 »: the first stamp is the date line, the update a capitalised word", () => {
    const p = run("Le Berry Libre", "Économie", H, BY, "04/03/2026 07:00 Actualisé le 04/03/2026 09:31", P1, P2, P3);
    expect(p.frontMatter.date).toBe("2026-03-04");
  });

  it("a month cut to three letters and a period after its day (« 4 Mar. 2026 à 10:05 ») is March", () => {
    expect(parseDateline("4 Mar. 2026 à 10:05")).toMatchObject({ day: 4, month: 3, year: 2026 });
    // look-alike: without its period the three letters are no month, nor is a name that opens on them.
    expect(parseDateline("le 4 mar 2026")).toBeUndefined();
    expect(parseDateline("4 Marc 2026")).toBeUndefined();
  });

  it("a share widget's « Copier le lien : » gives the page's own address, dated by day: an inferred date", () => {
    const lines = [H, BY, "Copier le lien : https://www.exemple.fr/eco/2026/03/04/vierzon-data-center.html", P1];
    expect(pageAddressDate(lines, undefined)?.date).toMatchObject({ year: 2026, month: 3, day: 4 });
    // look-alike: a link the text gives is another page's address.
    expect(pageAddressDate([H, BY, "Voir aussi : https://www.exemple.fr/eco/2026/03/04/autre.html", P1], undefined)).toBeUndefined();
  });
});

describe("a broadcaster's correspondent", () => {
  it("« Avec notre correspondant à Bourges, Jeanne Morel » signs the article", () => {
    expect(readByline("Avec notre correspondant à Bourges, Jeanne Morel")).toEqual({ author: "Jeanne Morel" });
    expect(readByline("De notre envoyée spéciale au Caire, Jeanne Morel")).toEqual({ author: "Jeanne Morel" });
  });

  it("look-alike: the same opening over a clause names nobody", () => {
    expect(readByline("Avec notre correspondant à Bourges, le dossier avance")).toBeUndefined();
  });
});

describe("furniture", () => {
  it("an embed's label « Ce tweet a été publié par @name : » is the embed's; a sentence on a tweet stays", () => {
    const p = page(P1, "Ce tweet a été publié par @BerryNumerique :", P2, "Ce tweet a été publié par le maire lundi, avant d'être effacé dans la soirée.", P3);
    expect(p.body).not.toContain("@BerryNumerique");
    expect(p.body).toContain("avant d'être effacé dans la soirée.");
  });

  it("« À voir également sur Le Berry Libre : » heads a link; the link's title goes with it, the text resumes", () => {
    const p = page(P1, "À voir également sur Le Berry Libre :", "Sécheresse : les communes du Cher en alerte", P2, P3);
    expect(p.body).not.toContain("À voir également");
    expect(p.body).not.toContain("Sécheresse : les communes");
    expect(p.body).toContain(P2);
  });

  it("« Les plus consultés » heads a list of titles; a paper's free model explained is its appeal", () => {
    const p = page(P1, P2, P3, "Les plus consultés", "Bourse : faut-il encore acheter ?", "Tout le monde n'a pas les moyens de payer pour l'information. C'est pourquoi nous gardons notre journalisme ouvert à tous.");
    expect(p.body).not.toContain("faut-il encore acheter");
    expect(p.body).not.toContain("payer pour l'information");
    expect(p.body).toContain(P3);
  });

  it("a caption closed by « Capture d'écran X » goes to the captions; a sentence about a screenshot stays", () => {
    const p = page("Le bâtiment principal, sur la zone de la gare. Capture d'écran Google Street View", P1, P2, "Le maire a montré la vidéo. Capture d'écran de la séance diffusée en ligne, qui a fait réagir.", P3);
    expect(p.frontMatter.captions?.[0]).toContain("Le bâtiment principal, sur la zone de la gare.");
    expect(p.body).not.toContain("Google Street View");
    expect(p.body).toContain("qui a fait réagir.");
  });
});

describe("the publisher: a brand over its footer's links, the owner in the copyright", () => {
  it("« Berry Info » over « Nous contacter », « © Centre Médias Groupe 2026 » under: the brand publishes", () => {
    const p = run("Aller au contenu principal", "Économie", H, BY, DATE, P1, P2, P3, "Berry Info", "Nous contacter", "Mentions légales", "© Centre Médias Groupe 2026");
    expect(p.frontMatter.source?.name).toBe("Berry Info");
  });

  it("look-alike: a short name over the links when the copyright names no group: the copyright's holder publishes", () => {
    const p = run("Aller au contenu principal", "Économie", H, BY, DATE, P1, P2, P3, "Le BL", "Mentions légales", "© Le Berry Libre 2026");
    expect(p.frontMatter.source?.name).toBe("Le Berry Libre");
  });

  it("look-alike: without the brand's line, the copyright's holder publishes", () => {
    const p = run("Aller au contenu principal", "Économie", H, BY, DATE, P1, P2, P3, "Nous contacter", "Mentions légales", "© Centre Médias Groupe 2026");
    expect(p.frontMatter.source?.name).toBe("Centre Médias Groupe");
  });
});

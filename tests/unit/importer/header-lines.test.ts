import { describe, expect, it } from "vitest";
import { joinBrokenLines } from "@/lib/importer/page/broken-lines";
import { parseByline } from "@/lib/importer/page/byline";
import { isCallToAction } from "@/lib/importer/page/calls-to-action";
import { splitTrailingCredit } from "@/lib/importer/page/captions";
import { parseDateline } from "@/lib/importer/page/dateline";
import { importLines } from "./import-lines";

/*
 * Lines between the headline and the text that are the article's own (a
 * release's highlights, an interview's first question, a deck under its
 * headline), and the line shapes around them, each with a look-alike that
 * must keep its old reading. Written for held-out-3's lost sentences.
 */

const P1 = "Lyon, le 24 juillet 2025 – Nordéa, opérateur de centres de données, publie son chiffre d'affaires du premier semestre, en hausse de 21 %.";
const P2 = "Le chiffre d'affaires s'établit à 86 millions d'euros, porté par la commercialisation des salles du campus de Vénissieux.";
const P3 = "La capacité en service atteint 48 MW à fin juin, contre 39 MW un an plus tôt, après la livraison d'un bâtiment à Corbas.";

const run = importLines;

// Each case imports a page with the registry: seconds on a shared machine.
describe("lines between the headline and the text", { timeout: 60_000 }, () => {
  const HEADLINE = "Nordéa : chiffre d'affaires semestriel en hausse de 21 % et lancement du campus de Corbas";
  const highlights = ["Chiffre d'affaires du premier semestre : 86 M€ (+21 %)", "Capacité en service portée à 48 MW", "Lancement de la construction du campus de Corbas (40 MW)"];

  it("a release's highlights (three lines restating the text) stay, and the headline above them is the page's", () => {
    const page = run("Nordéa", "Investisseurs", HEADLINE, "Communiqué de presse – 24 juillet 2025 – 17h45", ...highlights, P1, P2, P3);
    expect(page.frontMatter.title).toBe(HEADLINE);
    for (const line of highlights) expect(page.text).toContain(line);
    expect(page.frontMatter.date).toBe("2025-07-24");
  });

  it("a lone label under the headline still goes", () => {
    const page = run(HEADLINE, "Information réglementée", P1, P2, P3);
    expect(page.text).not.toContain("Information réglementée");
  });

  it("an interview's first question under the headline stays", () => {
    const question = "Pourquoi installer vos centres de données à Corbas plutôt qu'autour de Paris ?";
    const page = run(HEADLINE, "Publié le 2 avril 2025", question, P2, "Comment le financez-vous ?", P3);
    expect(page.text).toContain(question);
    expect(page.text).toContain("Comment le financez-vous ?");
  });

  it("a long deck under its headline is the standfirst, not the headline", () => {
    const headline = "Nordéa ouvre son septième centre de données régional à Corbas";
    const deck = "Un site de 2,4 MW pour héberger au plus près les données des entreprises de la région lyonnaise";
    const page = run("Communiqué de presse – 14/05/2025", headline, deck, P1, P2, P3);
    expect(page.frontMatter.title).toBe(headline);
    expect(page.text).toContain(deck);
  });
});

describe("line shapes", () => {
  it("a quotation closed mid-sentence at a line's end goes on in small letters: joined", () => {
    const { lines } = joinBrokenLines([
      "Le ministre a présenté ce jeudi quatre nouveaux sites « clés en main »",
      "destinés à accueillir des centres de données, dont les procédures seront accélérées et",
      "simplifiées pour les porteurs de projets.",
      "",
      "« Le terrain est prêt »",
      "dit un panneau à l'entrée du site, posé par la préfecture la semaine dernière.",
    ]);
    expect(lines[0]).toMatch(/^Le ministre .* « clés en main » destinés .* projets\.$/);
    // A short line is no wrapped one: the quotation standing alone stays a line of its own.
    expect(lines.slice(1)).toEqual(["« Le terrain est prêt »", "dit un panneau à l'entrée du site, posé par la préfecture la semaine dernière."]);
  });

  it("a date stamp alone under a brief's title is not the rest of its sentence", () => {
    const raw = ["Digital Realty lance un quatrième bâtiment à La Courneuve", "11/03", "Digital Realty a lancé la construction", "d'un bâtiment de 40 MW.", "Scaleway ouvre une région cloud à Milan", "12/03", "Scaleway a ouvert mardi une région", "cloud à Milan."];
    expect(joinBrokenLines(raw).lines).toContain("11/03");
  });

  it("« (Ph. DR) » signs a caption", () => {
    expect(splitTrailingCredit("La plage de Kribi, où atterrissent déjà trois câbles sous-marins. (Ph. DR)")).toEqual({ caption: "La plage de Kribi, où atterrissent déjà trois câbles sous-marins.", credit: "DR" });
  });

  it("« Communiqué de presse – date – heure » is a dateline; « Communiqué n° 412 » is not", () => {
    expect(parseDateline("Communiqué de presse – 24 juillet 2025 – 17h45")?.day).toBe(24);
    expect(parseDateline("Communiqué n° 412")).toBeUndefined();
  });

  it("« Paris, le 20 février 2025 » alone is a dateline; a sentence opened so is not", () => {
    expect(parseDateline("Paris, le 20 février 2025")?.day).toBe(20);
    expect(parseDateline("Paris, le 20 février 2025, le ministre a présenté quatre sites.")).toBeUndefined();
  });

  it("an interviewer's question is no call to action; a prompt to comment still is", () => {
    expect(isCallToAction("Comment le financez-vous ?")).toBe(false);
    expect(isCallToAction("Commentez cet article")).toBe(true);
    expect(isCallToAction("Recevez chaque jeudi les nouvelles de l'innovation au Québec.")).toBe(true);
    expect(isCallToAction("Le conseil se réunit chaque jeudi depuis le début du chantier.")).toBe(false);
    // « rendre compte » reports to the reader; « votre compte » is the site's account.
    expect(isCallToAction("Je reste vigilante sur la consommation d'eau et je vous rendrai compte des engagements pris.")).toBe(false);
    expect(isCallToAction("Connectez-vous à votre compte pour lire la suite.")).toBe(true);
    expect(isCallToAction("Créez votre compte gratuitement.")).toBe(true);
    // « poursuivi » holds « suiv » but asks nothing; « Suivez-nous » asks to be followed.
    expect(isCallToAction("Chers associés, votre SCPI a poursuivi ce trimestre sa stratégie d'investissement.")).toBe(false);
    expect(isCallToAction("Suivez-nous sur les réseaux sociaux.")).toBe(true);
  });

  it("a business unit's « Entreprises » is its firm: no new company proposed", { timeout: 60_000 }, () => {
    const page = run(
      "Bouygues Telecom Entreprises ouvre un centre de données régional à Mérignac",
      "Mérignac, le 14 mai 2025 – Bouygues Telecom Entreprises ouvre aujourd'hui à Mérignac, aux portes de Bordeaux, un centre de données régional de 2,4 MW.",
      "Le site propose des offres de colocation et de cloud privé aux entreprises, aux hôpitaux et aux collectivités de la région.",
    );
    expect(page.frontMatter.companies).toContain("bouygues-telecom");
    expect(page.proposals.companies.map((c) => c.name)).not.toContain("Bouygues Telecom Entreprises");
  });

  it("« Propos recueillis par X » signs an interview", () => {
    expect(parseByline("Propos recueillis par Anne-Sophie Marchal")).toBe("Anne-Sophie Marchal");
  });
});

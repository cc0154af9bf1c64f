import { describe, expect, it } from "vitest";
import { importLines } from "./import-lines";

/*
 * Page shapes of round 17's causes (issue #29 item 2: held-out-12 lost text),
 * each with the look-alike that must not change. Made-up pages, no blind page's words.
 */

const run = importLines;
const H = "À Vierzon, Nordvolt lance un centre de données de 12 MW près de la gare";
const P1 = "La société Nordvolt souhaite construire un centre de données de 12 mégawatts dans la zone d'activités, pour 90 millions d'euros.";
const P2 = "Le conseil a autorisé le maire à signer l'acte de vente du terrain, d'une superficie de 4 hectares, au prix de 1,2 million d'euros.";
const P3 = "La mise en service de la première tranche est prévue en 2027, selon le calendrier présenté par l'exploitant en séance.";
const menu = ["Le Berry Libre", "Actualités", "Économie", "Agenda", "Sports"];

describe("a consent banner opening on the reader's privacy", () => {
  const banner = "Votre vie privée compte pour nous. Nous et nos partenaires déposons des cookies pour mesurer l'audience.";
  it("is a notice: the menu stays a menu and the article is read under its headline", () => {
    const page = run(banner, "Accepter", "Refuser", ...menu, "Publié le 4 mars 2026", H, P1, P2, P3);
    expect(page.frontMatter.title).toBe(H);
    for (const p of [P1, P2, P3]) expect(page.text).toContain(p);
    expect(page.text).not.toContain("déposons des cookies");
  });

  it("look-alike: a sentence on privacy that is no site speaking stays text", () => {
    const line = "Votre vie privée est menacée par les traceurs publicitaires, alerte l'association de consommateurs.";
    const page = run(H, "Publié le 4 mars 2026", P1, line, P2);
    expect(page.text).toContain(line);
  });
});

describe("an agenda's days, weekday and day without the year", () => {
  const days = ["Lundi 9 mars", "Mardi 10 mars", "Mercredi 11 mars"];
  it("each heads its entry and stays text; the page keeps its own date", () => {
    const page = run("Le Berry Libre", "Publié le 8 mars 2026", "L'agenda de la semaine", "Du lundi 9 au vendredi 13 mars, les rendez-vous de l'économie berrichonne.", days[0], P1, days[1], P2, days[2], P3);
    // The days under it still count as dates under a headline: the short title keeps its score.
    expect(page.frontMatter.title).toBe("L'agenda de la semaine");
    for (const d of days) expect(page.text).toContain(d);
    expect(page.frontMatter.date).toBe("2026-03-08");
  });

  it("look-alike: a single weekday date line over the text is still the page's date line", () => {
    const page = run("Le Berry Libre", H, "Lundi 9 mars 2026", P1, P2, P3);
    expect(page.text).not.toContain("Lundi 9 mars 2026");
    expect(page.frontMatter.date).toBe("2026-03-09");
  });
});

describe("a customer letter without a headline the importer trusts", () => {
  it("keeps its greeting over the first paragraph, and a line ending on « suivant : » before a list", () => {
    const intro = "Vos baies seront déplacées selon le planning suivant :";
    const page = run("Hébergeur Berry", "Espace client", "Support", "Bourges, le 3 mars 2026", "Chère cliente, cher client,", P1, intro, "– baies A à F : nuit du 10 mars ;", "– baies G à M : nuit du 12 mars.", P3);
    expect(page.text).toContain("Chère cliente, cher client,");
    expect(page.text).toContain(intro);
    // The editorial title is written from the first paragraph that states something, not from the greeting.
    expect(page.frontMatter.title).not.toMatch(/^Chère/u);
  });

  it("look-alike: « Suivez-nous sur les réseaux sociaux » stays page furniture", () => {
    const page = run(H, "Publié le 4 mars 2026", P1, P2, "Suivez-nous sur les réseaux sociaux", P3);
    expect(page.text).not.toContain("Suivez-nous");
  });
});

describe("an obituary's subject and a document's part labels", () => {
  it("a name and its life span under the headline heads the text", () => {
    const page = run("Le Berry Libre", "Publié le 4 mars 2026", "Mort de Jeanne Martin, pionnière des réseaux berrichons", "Jeanne Martin (1931-2026)", "Jeanne Martin avait fondé en 1972 le premier opérateur de réseaux de la région, à Bourges.", P2);
    expect(page.text).toContain("Jeanne Martin (1931-2026)");
  });

  it("look-alike: a place's anniversary span the text never speaks of is the header's furniture", () => {
    const page = run("Le Berry Libre", "Publié le 4 mars 2026", H, "Musée Gadagne (1921-2021)", P1, P2);
    expect(page.text).not.toContain("Musée Gadagne");
  });

  it("a one-word label over the first paragraph is text when a later label opens the next part", () => {
    const page = run("Sénat", "Publié le 4 mars 2026", H, "Dispositif", P1, P2, "Motifs", P3);
    expect(page.text).toContain("Dispositif");
    expect(page.text).toContain("Motifs");
  });

  it("look-alike: a rubric over the first paragraph, with no later label, stays furniture", () => {
    const page = run("Le Berry Libre", "Publié le 4 mars 2026", H, "Économie", P1, P2, P3);
    expect(page.text).not.toMatch(/^Économie$/mu);
  });
});

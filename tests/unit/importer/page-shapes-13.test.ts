import { describe, expect, it } from "vitest";
import { readByline } from "@/lib/importer/page/byline";
import { importLines } from "./import-lines";

/*
 * Page shapes of round 13's causes (issue #29: what every blind set left), each
 * with the look-alike that must not change. Kept apart from the earlier
 * page-shapes files so that rounds working at once add files, not hunks.
 */

const run = importLines;
const P1 = "La société Nordvolt souhaite construire un centre de données de 12 mégawatts dans la zone d'activités, pour 90 millions d'euros.";
const P2 = "Le conseil a autorisé le maire à signer l'acte de vente du terrain, d'une superficie de 4 hectares, au prix de 1,2 million d'euros.";
const P3 = "La mise en service de la première tranche est prévue en 2027, selon le calendrier présenté par l'exploitant en séance.";

describe("a record's signatures", () => {
  it("several officials signing under the text are no author", () => {
    const page = run("Délibération du conseil municipal sur la vente d'un terrain à Nordvolt", P1, P2, P3, "Paul Martin, maire", "Me Anne Leroy, secrétaire de séance", "Le présent extrait est certifié conforme au registre des délibérations.");
    expect(page.frontMatter.author).toBeUndefined();
    expect(page.text).not.toContain("Paul Martin, maire");
    expect(page.text).not.toContain("certifié conforme");
  });

  it("a resolution's outcome under its text is kept, however short; a lone word of the page's tools is not", () => {
    const page = run("Délibération du conseil municipal sur la vente d'un terrain à Nordvolt", P1, P2, P3, "ADOPTÉE À L'UNANIMITÉ", "Paul Martin, maire", "Me Anne Leroy, secrétaire de séance");
    expect(page.text).toContain("ADOPTÉE À L'UNANIMITÉ");
    const tools = run("Délibération du conseil municipal sur la vente d'un terrain à Nordvolt", P1, P2, P3, "Imprimer");
    expect(tools.text).not.toContain("Imprimer");
  });

  it("a lawyer's column signed once under the text keeps its author", () => {
    const page = run("Vente d'un terrain à un exploitant de centre de données : ce que dit le droit", P1, P2, P3, "Me Anne Leroy, avocate au barreau de Lyon");
    expect(page.frontMatter.author).toBe("Anne Leroy");
  });
});

describe("an assembly's own account of a sitting", () => {
  const met = "Réunie lundi à l'hôtel de ville sous la présidence du maire, l'assemblée a voté 42 délibérations pour un montant total de 6 millions d'euros.";
  it("« Conseil municipal du 3 février 2025 : … » states the sitting's date as the page's", () => {
    const page = run("Conseil municipal du 3 février 2025 : les principales décisions", met, P1, P2, P3);
    expect(page.frontMatter.date).toBe("2025-02-03");
    expect(page.frontMatter.dateInferred).toBe(false);
  });

  it("a title the lead's weekday contradicts states nothing (3 February 2025 is a Monday)", () => {
    const page = run("Conseil municipal du 4 février 2025 : les principales décisions", met, P1, P2, P3);
    expect(page.frontMatter.date ?? null).toBeNull();
  });

  it("a news headline about the sitting states no date of its own", () => {
    const page = run("Le conseil municipal du 3 février 2025 a voté la vente d'un terrain à Nordvolt", met, P1, P2, P3);
    expect(page.frontMatter.dateInferred).not.toBe(false);
  });
});

describe("a thread's original poster", () => {
  it("signs with the handle its opening post gives", () => {
    expect(readByline("• Publié par u/Serveur_Breton il y a 5 h")?.author).toBe("Serveur_Breton");
    expect(readByline("Posté par @datacentre_fan le 3 mars")?.author).toBe("datacentre_fan");
  });

  it("a sentence quoting a handle signs nothing", () => {
    expect(readByline("Publié par u/Serveur_Breton, le message a été retiré par la modération dans la soirée.")).toBeUndefined();
  });
});

describe("a video page's channel", () => {
  const P4 = "Dans cette vidéo, nous visitons le chantier du centre de données de Nordvolt, dont la mise en service est prévue en 2027.";
  it("is the publisher, named over its audience", () => {
    const page = run("Accueil", "Visite du chantier du centre de données Nordvolt | Hors-série", "Les Coulisses du Numérique", "12,4 k abonnés", "S'abonner", P4, P1, P2);
    expect(page.frontMatter.source?.name).toBe("Les Coulisses du Numérique");
  });

  it("a sentence over a count, or a count far down the page, names nobody", () => {
    const page = run("Visite du chantier du centre de données Nordvolt", P4, P1, P2, P3, "La chaîne compte désormais plus de lecteurs.", "12 400 abonnés");
    expect(page.frontMatter.source?.name).toBeUndefined();
  });
});

describe("a rubric's name over its part of the text", () => {
  const crumb = "Accueil > Entreprises > Carnet";
  const B1 = "Claire Martin prend la direction générale de la société Nordvolt, qui exploite deux centres de données en Alsace.";
  const B2 = "Nous avons appris le décès de Jean Weber, fondateur du transporteur Weber Logistique, à l'âge de 82 ans.";
  it("is furniture when the page's crumb or menu lists it", () => {
    const page = run("Les nominations de la semaine", crumb, B1, P1, "Carnet", B2);
    expect(page.text).not.toMatch(/^(?:#+ )?Carnet$/mu);
    expect(page.text).toContain(B2);
  });

  it("an intertitle the navigation does not list stays", () => {
    const page = run("Les nominations de la semaine", crumb, B1, P1, "Disparitions", B2);
    expect(page.text).toMatch(/^(?:#+ )?Disparitions$/mu);
  });
});

describe("a letter's next item after the article", () => {
  const item = "Sélestat : coupure programmée sur le réseau dans la nuit du 3 au 4 juillet.";
  it("a rubric and its line between two read-more links is another item's teaser", () => {
    const page = run("Un centre de données de proximité à Colmar pour nos clients", P1, P2, P3, "En savoir plus", "Travaux", item, "Voir le planning", "Se désabonner");
    expect(page.text).not.toContain(item);
    expect(page.text).toContain(P3);
  });

  it("a section under a read-more link, not closed by another, stays", () => {
    const page = run("Un centre de données de proximité à Colmar pour nos clients", P1, P2, "En savoir plus", "Travaux", item, P3, "Partager");
    expect(page.text).toContain(item);
  });
});

describe("a report's numbered section", () => {
  it("« 3.2 Efficacité énergétique … » is no headline: the title is editorial", () => {
    const page = run("Chapitre 3 – Environnement", "3.2 Efficacité énergétique de nos centres de données", P1, P2, P3);
    expect(page.frontMatter.titleSource).toBe("editorial");
    expect(page.frontMatter.title).not.toMatch(/^3\.2/u);
  });

  it("a headline opening on a figure stays the headline", () => {
    const page = run("Accueil", "2,5 milliards d'euros pour un campus de centres de données en Alsace", P1, P2, P3);
    expect(page.frontMatter.title).toBe("2,5 milliards d'euros pour un campus de centres de données en Alsace");
    expect(page.frontMatter.titleSource).toBe("source");
  });
});

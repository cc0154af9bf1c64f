import { describe, expect, it } from "vitest";
import { importArticle } from "@/lib/importer/import-article";
import { loadRegistry } from "@/lib/content/load-registry";

/*
 * Round 34: a figures box (« Repères », « En chiffres », « Fiche entreprise »)
 * in an outlet's article is page furniture, listed in the report; in the
 * organisation's own document it is its text, and no sentence of the prose is
 * ever taken as a row. Every page here is made up.
 */
const registry = loadRegistry(`${process.cwd()}/content`);

const P1 = "La société Brume Hébergement prépare l'ouverture d'un centre de données de six mégawatts à Vannes, dans le Morbihan, pour un investissement de 40 millions d'euros. Le chantier doit commencer au printemps.";
const P2 = "Le maire de Vannes a salué un projet qui doit créer une vingtaine d'emplois. « Nous avons besoin de ces infrastructures sur notre territoire », a-t-il déclaré devant les élus de l'agglomération.";
const P3 = "Les riverains du parc d'activités seront consultés lors d'une réunion publique organisée à la mairie avant la fin de l'année, a précisé la société mardi soir.";
const HEAD = ["Un centre de données de six mégawatts à Vannes", "Par Louise Garnier", "Le 3 mars 2025"];

const read = (lines: string[]) => {
  const result = importArticle(lines.join("\n"), "made-up", registry);
  expect(result.ok).toBe(true);
  if (!result.ok) throw new Error(result.message);
  return result;
};
const boxReport = (warnings: string[]) => warnings.find((w) => w.includes("encadré retiré"));

describe("a figures box in an outlet's article", () => {
  it("goes between paragraphs, its rows led by figures, and the report lists it", () => {
    const page = read([...HEAD, P1, "Repères", "6 MW : la puissance prévue du bâtiment.", "40 M€ : l'investissement annoncé.", "20 emplois directs promis", P2, P3]);
    expect(page.body).not.toContain("Repères");
    expect(page.body).not.toContain("40 M€ : l'investissement");
    expect(page.body).toContain("Le maire de Vannes");
    expect(boxReport(page.warnings)).toContain("Repères");
  });

  it("goes at the end as a firm's card, its name over « Clé : valeur » rows", () => {
    const page = read([...HEAD, P1, P2, P3, "Fiche entreprise", "Brume Hébergement", "Création : 2014", "Siège : Vannes (56)", "Effectif : 18 salariés", "Partager cet article"]);
    expect(page.body).not.toContain("Création : 2014");
    expect(page.body).not.toContain("Fiche entreprise");
    expect(boxReport(page.warnings)).toContain("Effectif : 18 salariés");
  });

  it("takes the source line under its rows", () => {
    const page = read([...HEAD, P1, "LES CHIFFRES", "4 projets recensés dans le département", "90 MW de puissance demandée", "Source : préfecture du Morbihan", P2, P3]);
    expect(page.body).not.toContain("90 MW de puissance demandée");
    expect(page.body).not.toContain("préfecture du Morbihan");
  });
});

describe("near misses: the box stays", () => {
  it("a release's own « Chiffres clés » is its text", () => {
    const page = read(["Communiqué de presse", "Brume Hébergement ouvre un centre de données à Vannes", "Vannes, le 3 mars 2025", P1, "Chiffres clés", "6 MW de puissance informatique", "40 M€ d'investissement", P2, "À propos de Brume Hébergement", "Brume Hébergement est un hébergeur breton fondé en 2014."]);
    expect(page.body).toContain("Chiffres clés");
    expect(page.body).toContain("40 M€ d'investissement");
    expect(boxReport(page.warnings)).toBeUndefined();
  });

  it("a paragraph under « Repères » that is a full sentence stays, and so does its label", () => {
    const page = read([...HEAD, P1, "Repères", "1 200 salariés travaillent déjà sur le site de Vannes, selon la direction.", P2, P3]);
    expect(page.body).toContain("1 200 salariés travaillent déjà");
    expect(page.body).toContain("Repères");
  });

  it("a box whose lines are sentences stays", () => {
    const page = read([...HEAD, P1, "En chiffres", "Le chantier emploiera 150 ouvriers.", "La livraison est prévue en 2027.", P2, P3]);
    expect(page.body).toContain("Le chantier emploiera 150 ouvriers.");
    expect(page.body).toContain("La livraison est prévue en 2027.");
  });

  it("a label that announces a list (« … en chiffres : ») stays with its list", () => {
    const page = read([...HEAD, P1, "Le projet en chiffres :", "6 MW de puissance", "40 M€ d'investissement", P2, P3]);
    expect(page.body).toContain("6 MW de puissance");
  });

  it("a card between two paragraphs goes too (round 42, the integrator's convention); a label over prose stays an intertitle", () => {
    const page = read([...HEAD, P1, "Fiche technique", "Surface : 3 400 m²", "Puissance informatique : 6 MW", P2, P3]);
    expect(page.body).not.toContain("Puissance informatique : 6 MW");
    expect(page.body).toContain(P2);
    const intertitle = read([...HEAD, P1, "Le chantier en chiffres", P2, P3]);
    expect(intertitle.body).toContain("Le chantier en chiffres");
  });
});

describe("a Québec consent banner (« témoins » for cookies)", () => {
  it("the site's sentence over its button is the banner, not the headline", () => {
    const page = read(["Le Courrier de Rimouski utilise des témoins pour améliorer votre expérience de navigation.", "J'accepte", ...HEAD, P1, P2, P3]);
    expect(page.frontMatter.title).toBe(HEAD[0]);
    expect(page.body).not.toContain("témoins");
  });

  it("a sentence about witnesses over a paragraph stays", () => {
    const page = read([...HEAD, P1, "Le tribunal utilise des témoins pour établir les faits.", P2, P3]);
    expect(page.body).toContain("Le tribunal utilise des témoins pour établir les faits.");
  });
});

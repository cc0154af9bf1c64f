import { describe, expect, it } from "vitest";
import { importArticle } from "@/lib/importer/import-article";
import { loadRegistry } from "@/lib/content/load-registry";
import { parseSourceLine } from "@/lib/importer/page/source";

/*
 * Held-out-23's page-field misses, read after its single blind scoring: a
 * paper's donation box between paragraphs; « Lire notre enquête : » links; a
 * chart's « Source : X, d'après Y »; a poll's label and question on one line;
 * an affiliate-links notice; a player's title over its clock above the
 * headline. Every page here is made up.
 */
const registry = loadRegistry(`${process.cwd()}/content`);

const P1 = "La société Brume Hébergement prépare l'ouverture d'un centre de données de six mégawatts à Vannes, dans le Morbihan, pour un investissement de 40 millions d'euros. Le chantier doit commencer au printemps, après l'obtention du permis de construire.";
const P2 = "Le maire de Vannes a salué un projet qui doit créer une vingtaine d'emplois. « Nous avons besoin de ces infrastructures sur notre territoire », a-t-il déclaré lors de la présentation du projet aux élus de l'agglomération.";
const P3 = "Les riverains du parc d'activités seront consultés lors d'une réunion publique organisée à la mairie avant la fin de l'année, a précisé la société dans un communiqué publié mardi soir.";
const HEADLINE = "Un centre de données de six mégawatts à Vannes";
const HEAD = [HEADLINE, "Par Louise Garnier", "Le 3 mars 2025"];

const read = (lines: string[]) => {
  const result = importArticle(lines.join("\n"), "made-up", registry);
  expect(result.ok).toBe(true);
  if (!result.ok) throw new Error(result.message);
  return result;
};

describe("a paper's donation box", () => {
  it("its call, its appeal and its button go, between paragraphs", () => {
    const page = read([...HEAD, P1, "Tout se joue maintenant…", "Le Courrier breton enquête en toute liberté. Nous refusons la publicité. Chaque don compte.", "Je soutiens Le Courrier breton", P2, "Soutenez Radio Brume", "Votre radio locale a besoin de vous. Faites un don !", P3]);
    expect(page.body).not.toMatch(/Tout se joue|Chaque don|Je soutiens|Soutenez Radio|Faites un don/u);
    expect(page.body).toContain(P2);
    expect(page.body).toContain(P3);
  });

  it("a paper's own description as independent and funded by its readers goes", () => {
    const page = read([...HEAD, P1, P2, P3, "Radio Brume est un média indépendant, sans publicité, financé par ses lecteurs."]);
    expect(page.body).not.toContain("financé par ses lecteurs");
  });

  it("an intertitle left open over a paragraph, and a quoted appeal, stay (near miss)", () => {
    const open = "Et maintenant, que va-t-il se passer ?";
    const quote = "Le Courrier breton est un média indépendant, financé par ses lecteurs, qui a révélé l'affaire en mars.";
    const page = read([...HEAD, P1, open, P2, quote, "Je soutiens ce projet sans réserve", P3]);
    expect(page.body).toContain(open);
    expect(page.body).toContain(quote);
  });
});

describe("links and notices", () => {
  it("« Lire notre enquête : « Title » » is a link to another article", () => {
    const page = read([...HEAD, P1, "Lire notre enquête : « Les serveurs qui boivent l'eau du Morbihan »", P2, P3]);
    expect(page.body).not.toContain("Lire notre enquête");
  });

  it("« Lire notre enquête : … » closed as a sentence stays (near miss)", () => {
    const line = "Lire notre enquête : elle montre que trois communes ont déjà refusé un tel projet.";
    expect(read([...HEAD, P1, line, P2, P3]).body).toContain(line);
  });

  it("an affiliate-links notice goes; a sentence on an article's links stays (near miss)", () => {
    const kept = "Cet article contient des liens vers le rapport complet de la Cour des comptes.";
    const page = read([...HEAD, P1, P2, kept, P3, "Cet article contient des liens d'affiliation."]);
    expect(page.body).not.toContain("affiliation");
    expect(page.body).toContain(kept);
  });
});

describe("a poll's label and question on one line", () => {
  it("« SONDAGE : question ? » over « Oui » / « Non » is the poll", () => {
    const page = read([...HEAD, P1, P2, P3, "SONDAGE : Vannes doit-elle accueillir d'autres centres de données ?", "Oui", "Non", "Voir les résultats"]);
    expect(page.body).not.toContain("SONDAGE");
  });

  it("a question in the text under no label stays (near miss)", () => {
    const line = "Sondage : que disent les habitants de Vannes du projet ?";
    const page = read([...HEAD, P1, line, P2, P3]);
    expect(page.body).toContain(line);
  });
});

describe("a player's title over its clock", () => {
  it("« VIDÉO. Title » over « 00:00 / 02:14 » under the byline is not the headline", () => {
    const page = read(["Le Courrier breton", "Vannes : le centre de données de Brume Hébergement franchit une étape", "Louise Garnier", "Publié le 03/03/2025 à 18h30", "VIDÉO. Le maire présente le projet aux élus", "00:00 / 02:14", P1, P2, P3]);
    expect(page.frontMatter.title).toBe("Vannes : le centre de données de Brume Hébergement franchit une étape");
    expect(page.body).not.toContain("Le maire présente le projet aux élus");
  });

  it("a headline written « VIDÉO. Town : … » without a clock stays the headline (near miss)", () => {
    const title = "VIDÉO. Vannes : le chantier du centre de données a commencé";
    const page = read(["Le Courrier breton", title, "Par Louise Garnier", "Le 3 mars 2025", P1, P2, P3]);
    // The label « VIDÉO. » is dropped from the headline as before; the line is still the one chosen.
    expect(page.frontMatter.title).toBe("Vannes : le chantier du centre de données a commencé");
  });
});

describe("a chart's source line", () => {
  it("« Source : X, d'après Y et Z » names X", () => {
    expect(parseSourceLine("Source : Le Courrier breton, d'après Enedis, RTE et la préfecture")?.name).toBe("Le Courrier breton");
  });

  it("« Source : d'après Y » and a source without « d'après » keep their words (near miss)", () => {
    expect(parseSourceLine("Source : d'après Enedis")?.name).toBe("d'après Enedis");
    expect(parseSourceLine("Source : Le Courrier breton, 11 octobre 2023")?.name).toBe("Le Courrier breton");
  });
});

import { describe, expect, it } from "vitest";
import { parseDateline } from "@/lib/importer/page/dateline";
import { isoOf } from "@/lib/importer/page/dates";
import { documentIssuerClue } from "@/lib/importer/page/running-header";
import { importLines } from "./import-lines";

/*
 * Page shapes of the eighth blind set's causes (issue #29, round 12), each with
 * the look-alike that must not change. Kept apart from the earlier page-shapes
 * files so that rounds working at once add files, not hunks.
 */

const run = importLines;
const P2 = "La société Nordvolt souhaite y construire un centre de données de 12 mégawatts, pour 90 millions d'euros, avec une mise en service en 2027.";
const P3 = "Le conseil a autorisé le maire à signer l'acte de vente du terrain de la zone d'activités, d'une superficie de 4 hectares.";

describe("a sitting's record", () => {
  it("is dated by the sitting its title names, as a stated date", () => {
    const page = run(
      "Compte rendu de la séance du conseil communautaire du 14 octobre 2025",
      "Le conseil communautaire s'est réuni le mardi 14 octobre 2025 à 18 h, sous la présidence de M. Jean Durand.",
      P2,
      P3,
    );
    expect(page.frontMatter.date).toBe("2025-10-14");
    expect(page.frontMatter.dateInferred).toBe(false);
  });

  it("a news headline about minutes states no date of its own", () => {
    const page = run(
      "Le compte rendu de la séance du 14 octobre 2025 relance le débat sur le centre de données",
      "Le conseil communautaire s'est réuni le mardi 14 octobre 2025 à 18 h, sous la présidence de M. Jean Durand.",
      P2,
      P3,
    );
    expect(page.frontMatter.dateInferred).toBe(true);
  });
});

describe("a written answer's reference line", () => {
  it("dates the answer the page publishes, not the question it answers", () => {
    const line = "Réponse de la ministre du Numérique du 3 avril 2025, à la question n° 412 de Mme la députée Anne Roussel du 12 février 2025 (N.) :";
    expect(isoOf(parseDateline(line)!)?.value).toBe("2025-04-03");
  });

  it("a sentence reporting an answer, without the colon that opens it, dates nothing", () => {
    expect(parseDateline("Réponse du ministre du 3 avril 2025 : le gouvernement étudie encore le dossier des centres de données.")).toBeUndefined();
    expect(parseDateline("Réponse du ministre du Numérique du 3 avril 2025, jugée insuffisante par les élus.")).toBeUndefined();
  });
});

describe("a report's running header and footer", () => {
  const REPORT = [
    "RAPPORT ANNUEL 2024",
    "Groupe Nordvolt – Document de référence",
    "4",
    "2.1 Faits marquants de l'exercice",
    "L'exercice 2024 a été marqué par la mise en service du troisième centre de données du Groupe à Saint-Priest, d'une capacité de 12 MW.",
    "Le Groupe a également signé un crédit syndiqué de 300 millions d'euros auprès de six banques pour financer son plan.",
    "Groupe Nordvolt – Rapport annuel 2024",
    "5",
  ];

  it("name the issuer when both print the same name before the document", () => {
    expect(documentIssuerClue(REPORT).map((c) => c.name)).toEqual(["Groupe Nordvolt"]);
    expect(run(...REPORT).frontMatter.source?.name).toBe("Groupe Nordvolt");
  });

  it("a single « X – Rapport … » line names no issuer: it may be a headline", () => {
    expect(documentIssuerClue(["Nordvolt – Rapport annuel : la croissance continue", ...REPORT.slice(4, 6)])).toEqual([]);
  });
});

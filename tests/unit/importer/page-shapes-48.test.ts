import { describe, expect, it } from "vitest";
import { joinBrokenLines } from "@/lib/importer/page/broken-lines";
import { findDateMentions, parseNumericDate } from "@/lib/importer/page/dates";
import { parseCredit } from "@/lib/importer/page/source";
import { BY, H, P1, P2, P3, page, run } from "./news-page";

/*
 * Round 48 (pages): an intertitle quoting its section kept when the section's
 * quotation is also set as a display copy, or the headline quotes it too; a
 * hard-wrapped paragraph opening on a line of the column's width; picture
 * credits « Photo d'archives X », « (X/Archives Paper) », « DR/Firm »,
 * « X pour Paper », « (Ph. Paper) », « Photo X | Paper © »; a stamp's year in
 * two figures after a whole month or in « 01-12-26 à 09h12 ».
 * Every page and line is made up.
 */
const captions = (p: ReturnType<typeof run>) => p.frontMatter.captions ?? [];

describe("an intertitle quoting its section, with a display copy of the same quotation", () => {
  const said = "« Depuis deux ans, nous refusons des projets faute de place », reconnaît Jeanne Morel, directrice du site depuis 2021, devant les élus du conseil.";
  const copy = "« Depuis deux ans, nous refusons des projets faute de place »";
  it("« Nous refusons des projets » over the paragraph, the display copy under it: the intertitle stays", () => {
    const p = page(P1, "« Nous refusons des projets »", said, copy, P2, P3);
    expect(p.body).toContain("Nous refusons des projets »");
    expect(p.text).toContain(said);
  });
  it("the headline quoting the same words is no twin of the text", () => {
    const p = run("Le Berry Libre", "Économie", "Vierzon : « Des dizaines d'emplois pour la région »", BY, "Publié le 4 mars 2026 à 07h00", P1, "« Des dizaines d'emplois »",
      "« C'est des dizaines d'emplois pour la région, pendant le chantier et après », se réjouit le maire, qui a reçu la direction du groupe en fin de matinée.", P2, P3);
    expect(p.body).toContain("« Des dizaines d'emplois »");
  });
  it("near miss: a display copy set under the paragraph that says it still goes", () => {
    const p = page(P1, said, P2, copy, P3);
    expect(p.body.split("\n\n")).not.toContain(copy);
    expect(p.text).toContain(said);
  });
});

describe("a hard-wrapped paragraph opening on a line of the column's width", () => {
  const wrapped = [
    "Il aura fallu trois ans pour passer de l'idée à la mise en service du bâtiment,",
    "qui accueille depuis lundi les serveurs de l'hôpital et de la communauté.",
    "Le projet a bénéficié d'une subvention de 1,2 million d'euros de la Région",
    "Centre-Val de Loire et d'un prêt de la banque, pour un total de 9 millions",
    "d'euros, selon le plan de financement présenté aux élus en janvier dernier.",
  ];
  it("« … de la Région / Centre-Val de Loire … »: the capital goes on the sentence", () => {
    const { lines } = joinBrokenLines(wrapped);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Le projet .* de la Région Centre-Val de Loire .* janvier dernier\.$/u);
  });
  it("near miss: a short heading under a closed line is no wrapped line", () => {
    const { lines } = joinBrokenLines([...wrapped.slice(0, 2), "Un climat favorable", ...wrapped.slice(2)]);
    expect(lines).toContain("Un climat favorable");
  });
});

describe("picture credits", () => {
  it.each([
    ["Photo d'archives Jeanne Morel", "Jeanne Morel"],
    ["Photo archives Le Berry Libre", "Le Berry Libre"],
    ["(Ph. Le Berry Libre)", "Le Berry Libre"],
    ["(Paul Girard/Archives Le Berry Libre)", "Paul Girard/Archives Le Berry Libre"],
    ["DR/Nordvolt Énergie", "DR/Nordvolt Énergie"],
    ["Paul Girard pour Le Berry", "Paul Girard pour Le Berry"],
    ["Photo Paul Girard | Le Berry ©", "Paul Girard | Le Berry"],
  ])("« %s » credits a picture", (line, credit) => expect(parseCredit(line)).toBe(credit));
  it.each(["Photo archives de la mairie montrant le site.", "Marie Dupont pour la rédaction", "DR/la mairie", "(Photos et vidéos à retrouver en ligne)"])(
    "near miss: « %s » is no credit",
    (line) => expect(parseCredit(line)).toBeUndefined(),
  );
  it("the caption above « DR/Firm » is the picture's", () => {
    const caption = "Le futur bâtiment s'élèvera en bordure des voies, à la limite entre les deux communes.";
    const p = page(caption, "DR/Nordvolt Énergie", P1, P2, P3);
    expect(captions(p)).toEqual([`${caption} (DR/Nordvolt Énergie)`]);
    expect(p.text).not.toContain("DR/Nordvolt");
  });
});

describe("a stamp's year in two figures", () => {
  it("« Publié le 12 mai 26 à 18h30 »: a whole month, then the time", () => {
    expect(findDateMentions("Publié le 12 mai 26 à 18h30")[0]).toMatchObject({ day: 12, month: 5, year: 2026 });
    expect(run("Le Berry Libre", H, BY, "Publié le 12 mai 26 à 18h30", P1, P2, P3).frontMatter.date).toBe("2026-05-12");
  });
  it("« Publié le 01-12-26 à 09h12 »: figures with dashes, then the time", () => {
    expect(parseNumericDate("Publié le 01-12-26 à 09h12")).toMatchObject({ day: 1, month: 12, year: 2026 });
  });
  it("near miss: « le 12 mai 26 salariés » and « 01-12-26 » without a time give no year", () => {
    expect(findDateMentions("depuis le 12 mai 26 salariés attendent")[0]?.year).toBeUndefined();
    expect(parseNumericDate("lots 01-12-26")).toBeUndefined();
  });
});

describe("bylines", () => {
  const byline = (line: string, ...rest: string[]) => run("Le Berry Libre", "Économie", H, line, "Publié le 4 mars 2026 à 07h00", P1, P2, P3, ...rest).frontMatter.author;
  it("« Par Jeanne Morel (correspondante) »: the role in brackets alone", () => expect(byline("Par Jeanne Morel (correspondante)")).toBe("Jeanne Morel"));
  it("« Textes: Jeanne Morel »: the plural label", () => expect(byline("Textes: Jeanne Morel")).toBe("Jeanne Morel"));
  it("« Jeanne Morel / Le Berry Libre »: the masthead after a slash", () => expect(byline("Jeanne Morel / Le Berry Libre")).toBe("Jeanne Morel"));
  it("near miss: « Jeanne Morel / Vallée Numérique », a name the page does not print alone, signs nothing", () =>
    expect(byline("Jeanne Morel / Vallée Numérique")).toBeUndefined());
});

describe("a paper's support line", () => {
  it("« Soutenez le journalisme local en Berry. » and « X est une revue indépendante. Pour nous soutenir, abonnez-vous. » go", () => {
    const p = page(P1, P2, P3, "Soutenez le journalisme local en Berry.", "Le Berry Libre est une revue indépendante. Pour nous soutenir, abonnez-vous.");
    expect(p.text).not.toContain("Soutenez");
    expect(p.text).not.toContain("revue indépendante");
  });
  it("near miss: « Soutenez le journalisme local, a lancé la ministre … » is the text's", () => {
    const line = "« Soutenez le journalisme local », a lancé la ministre aux éditeurs réunis jeudi à Bourges pour leur congrès.";
    expect(page(P1, line, P2, P3).text).toContain(line);
  });
});

describe("notes numbered « 1 — » under a « Notes » heading", () => {
  const called = "Le groupe détient un tiers du marché régional de l'hébergement 1. Un accord a été signé en janvier avec la ville 2.";
  it("the heading and the notes the text calls go", () => {
    const p = page(P1, called, P2, "Notes", "1 — Estimations compilées par l'auteure à partir des rapports des entreprises.", "2 — Accord présenté en conseil le 21 janvier 2026.");
    expect(p.text).not.toContain("Estimations compilées");
    expect(p.text).not.toMatch(/^Notes$/mu);
    expect(p.text).toContain(called);
  });
  it("near miss: « 1 — … » lines without the heading stay (a numbered list of the text)", () => {
    const p = page(P1, called, P2, "1 — Estimations compilées par l'auteure à partir des rapports des entreprises.", "2 — Accord présenté en conseil le 21 janvier 2026.");
    expect(p.text).toContain("Estimations compilées");
  });
});

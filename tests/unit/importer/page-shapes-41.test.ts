import { describe, expect, it } from "vitest";
import { readByline } from "@/lib/importer/page/byline";
import { H, P1, P2, P3, page, run } from "./news-page";

/*
 * Round 41 (every page-field miss of the eighteen ordinary sets, counted by
 * shape): a labelled box of short « Label : valeur » rows under a label no
 * table knows. Every page and line here is made up.
 */
describe("a box of label–value rows under any label", () => {
  it("between two paragraphs, the « Clé : valeur » rows go too (round 42, the integrator's convention)", () => {
    const rows = ["Les terrains du trimestre", "Zone des Forges : 4 ha, 1,2 M€", "Nordvolt / Vierzon : 12 MW", "Délai de raccordement : 5 ans"];
    const p = page(P1, P2, ...rows, P3);
    for (const gone of rows) expect(p.text).not.toContain(gone);
    expect(p.text).toContain(P3);
  });
  it("goes before the page's furniture, « Nom – chiffre » and figure-led rows too", () => {
    const rows = ["Ce que prévoit le projet", "12 MW de puissance", "Emplois – 40", "Mise en service : printemps 2027"];
    const p = page(P1, P2, P3, ...rows, "Partager", "Facebook", "Mentions légales");
    for (const gone of rows) expect(p.text).not.toContain(gone);
    expect(p.text).toContain(P3);
  });
  it("goes when it closes the article, over short lines only (tags), a row of words included", () => {
    const rows = ["Les ventes de l'année", "Forges Énergie : 4 ha, 1,2 M€", "Nordvolt : cédé à Kerlan Capital"];
    const p = page(P1, P2, P3, ...rows, "Énergie", "Data centers");
    for (const gone of rows) expect(p.text).not.toContain(gone);
    expect(p.text).toContain(P3);
  });
  it("a « Fiche technique » card between two paragraphs goes (pages 16 and 17 re-annotated); rows written as sentences stay", () => {
    const rows = ["Fiche technique", "Puissance IT : 12 MW", "Surface : 4 000 m²"];
    const p = page(P1, P2, ...rows, P3);
    for (const gone of rows) expect(p.text).not.toContain(gone);
    const sentences = ["Fiche technique", "La puissance IT atteint 12 MW.", "La surface est de 4 000 m²."];
    const q = page(P1, P2, ...sentences, P3);
    for (const kept of sentences.slice(1)) expect(q.text).toContain(kept);
  });
  it("a card of words between two paragraphs goes too (round 16's « Fiche technique », re-annotated)", () => {
    const rows = ["Le bâtiment", "Surface : 3 400 m²", "Puissance : 12 MW", "Refroidissement : air extérieur et groupes froids"];
    const p = page(P1, P2, ...rows, P3);
    for (const gone of rows) expect(p.text).not.toContain(gone);
    expect(p.text).toContain(P3);
  });
  it("near miss: rows written as sentences, or a label announcing a list, stay", () => {
    const sentences = ["Ce qui change", "Le terrain : 4 hectares vendus par la commune.", "La puissance : 12 mégawatts dès 2027.", P3];
    const p = page(P1, P2, ...sentences);
    for (const kept of sentences) expect(p.text).toContain(kept);
    const announced = ["Les terrains retenus :", "Zone des Forges : 4 ha", "Zone du Pont : 6 ha", P3];
    const q = page(P1, P2, ...announced);
    for (const kept of announced.slice(1)) expect(q.text).toContain(kept);
  });
  it("near miss: one row only is no box", () => {
    const p = page(P1, P2, "Le calendrier", "Mise en service : 2027", P3);
    expect(p.text).toContain("Mise en service : 2027");
  });
});

describe("a date and a byline on one line, a dash between them", () => {
  it("« 4 mars 2026 – Par Name » under the headline gives the date and the author", () => {
    const p = run("Le Berry Libre", "Économie", H, "", "4 mars 2026 – Par Jeanne Morel", P1, P2, P3);
    expect(p.frontMatter.date).toBe("2026-03-04");
    expect(p.frontMatter.author).toBe("Jeanne Morel");
  });
  it("near miss: a date, a dash and a place, or « Par » in a sentence, sign nothing", () => {
    expect(readByline("4 mars 2026 – Parc des expositions de Vierzon")).toBeUndefined();
    expect(readByline("4 mars 2026 – Par ailleurs, la ville vend le terrain.")).toBeUndefined();
  });
});

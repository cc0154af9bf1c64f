import { describe, expect, it } from "vitest";
import { readByline } from "@/lib/importer/page/byline";
import { surnameInCapitals } from "@/lib/importer/page/line-shapes";
import { DATE, H, P1, P2, P3, page, run } from "./news-page";

/*
 * Round 37 (the ordinary-news sets held-out-13…26, every page-field miss left,
 * counted by shape): an outlet's key-points box set apart from the prose
 * (the corpus convention, now applied to « Points clés » and « Ce qu'il faut
 * retenir »); bylines « Name (avec AFP) », « Name @handle » and « Le
 * 15/01/2026, par Name, Role ». Every page and line here is made up.
 */
const K1 = "Nordvolt ouvre un deuxième site dans le Cher.";
const K2 = "Le chantier emploiera quarante personnes.";
const K3 = "La mise en service est prévue en 2027.";

describe("an outlet's key-points box", () => {
  it("over a paragraph is removed, label and rows, and reported", () => {
    const p = page("Ce qu'il faut retenir", K1, K2, K3, P1, P2, P3);
    expect(p.text).not.toContain("retenir");
    expect(p.text).not.toContain(K2);
    expect(p.text).toContain(P1);
    expect(p.report).toContain("encadré retiré");
  });
  it("over a photo's caption and credit is removed too, and the headline above it stays", () => {
    const p = page("Points clés :", K1, K2, "Le terrain de la zone d'activités, en février.", "Photo Jean Roy", P1, P2);
    expect(p.frontMatter.title).toBe(H);
    expect(p.text).not.toContain(K1);
  });
  it("near miss: a release's own key points stay (the organisation's document)", () => {
    const p = run("Nordvolt", H, "Communiqué de presse", DATE, "À retenir", K1, K2, P1, P2, "À propos de Nordvolt", P3);
    expect(p.text).toContain(K2);
  });
  it("near miss: a label over one sentence, or over six running on, is no box", () => {
    expect(page("À retenir", K1, P1, P2).text).toContain(K1);
    const more = ["Le maire a salué le projet.", "Les riverains restent inquiets.", "Une réunion publique aura lieu en mai."];
    expect(page("À retenir", K1, K2, K3, ...more, P1, P2).text).toContain(K2);
  });
});

describe("bylines", () => {
  it("« Name (avec AFP) »: the journalist, without the agency", () => {
    expect(readByline("Jeanne Morel (avec AFP)")?.author).toBe("Jeanne Morel");
    expect(readByline("Par Jeanne Morel (avec l'AFP)")?.author).toBe("Jeanne Morel");
  });
  it("near miss: a name and company that is no agency signs nothing", () => {
    expect(readByline("Jeanne Morel (avec sa famille)")).toBeUndefined();
  });
  it("« Name @handle »: the name beside the author's handle", () => {
    expect(readByline("Jeanne Morel @JeanneMorel")?.author).toBe("Jeanne Morel");
    const p = run("Le Berry Libre", H, DATE, P1, P2, P3, "Jeanne Morel @JeanneMorel", "Mentions légales");
    expect(p.frontMatter.author).toBe("Jeanne Morel");
  });
  it("near miss: a paper's or a body's account is no person", () => {
    expect(readByline("Le Berry @leberry")).toBeUndefined();
    expect(readByline("Ministère de l'Industrie @Industrie")).toBeUndefined();
  });
  it("« Le 15/01/2026, par Name, Role »: the author, the date and the trade", () => {
    const b = readByline("Le 15/01/2026, par Jeanne Morel, Chroniqueuse Actualités");
    expect(b?.author).toBe("Jeanne Morel");
    expect(b?.date?.year).toBe(2026);
    expect(b?.role).toBe("Chroniqueuse Actualités");
  });
  it("near miss: a date over « par la suite » signs nothing", () => {
    expect(readByline("Le 15/01/2026, par la suite, le conseil")).toBeUndefined();
  });
});

describe("a byline printed in capitals under the headline", () => {
  it("signs, read as the name it is", () => {
    expect(run("Le Berry Libre", "Économie", H, "JEANNE MOREL", DATE, P1, P2, P3).frontMatter.author).toBe("Jeanne Morel");
    expect(run("Le Berry Libre", "Économie", H, DATE, "JEAN-PAUL ROY", P1, P2, P3).frontMatter.author).toBe("Jean-Paul Roy");
  });
  it("near miss: a section's name in capitals above the headline signs nothing", () => {
    expect(run("Le Berry Libre", "JEANNE MOREL", H, DATE, P1, P2, P3).frontMatter.author).toBeUndefined();
    expect(run("Le Berry Libre", H, "PRÉFECTURE DU CHER", DATE, P1, P2, P3).frontMatter.author).toBeUndefined();
  });
});

describe("a name printed with its surname in capitals", () => {
  it("is read as the name it is (a signature under the text, as some papers print it)", () => {
    expect(run("Le Berry Libre", "Économie", H, DATE, P1, P2, P3, "Jeanne MOREL", "Partager").frontMatter.author).toBe("Jeanne Morel");
    expect(surnameInCapitals("Anne-Lise M. LE GOFF")).toBe("Anne-Lise M. Le Goff");
  });
  it("near miss: an agency's capitals after a name, and a desk, keep their letters", () => {
    expect(surnameInCapitals("Jeanne Morel (AFP)")).toBe("Jeanne Morel (AFP)");
    expect(surnameInCapitals("AFP")).toBe("AFP");
    expect(surnameInCapitals("La rédaction NR")).toBe("La rédaction NR");
  });
});

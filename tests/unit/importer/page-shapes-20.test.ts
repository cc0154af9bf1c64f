import { describe, expect, it } from "vitest";
import { isCreditTail, splitCaptionCredit } from "@/lib/importer/page/signed-captions";
import { BY, DATE, H, P1, P2, P3, page, run } from "./news-page";

/*
 * Page shapes of round 20's causes (issue #29: held-out-14, ordinary news
 * articles), each with the look-alike that must not change. Made-up pages, no
 * blind page's words.
 */


describe("an intertitle under a « Lire aussi » link", () => {
  const heading = "À Bourges, une seconde tranche de 20 MW";
  const below = "Nordvolt prévoit aussi une seconde tranche de 20 mégawatts à Bourges, sur une ancienne friche ferroviaire, pour 150 millions d'euros.";

  it("a heading of seven words or more, with a comma, that shares a word with the paragraph under it, is the text's", () => {
    const p = page(P1, P2, "Lire aussi", "Cher : les zones d'activités attendent leurs acheteurs", heading, below, P3);
    expect(p.body).toContain(heading);
    expect(p.body).not.toContain("attendent leurs acheteurs");
  });

  it("look-alike: a second linked title that shares no word with the paragraph under it stays in the block", () => {
    const p = page(P1, P2, "Lire aussi", "Cher : les zones d'activités attendent leurs acheteurs", "Le prix du foncier industriel grimpe encore dans la région", below, P3);
    expect(p.body).not.toContain("foncier industriel");
    expect(p.body).toContain(below);
  });
});

describe("a caption signed by a credit of any shape", () => {
  it("the credit's shapes: a paper's initials and a name, a label, guillemets, initials, brackets", () => {
    for (const tail of ["BL/Jeanne Morel", "Photo Le BL /Jeanne MOREL", "PHOTO ARCHIVES « LE BERRY LIBRE »", "Ph : Amadou SY", "Le Berry Libre - J.M.", "(Jeanne Morel/Le Berry)", "(MAXPPP)"]) expect(isCreditTail(tail)).toBe(true);
    for (const tail of ["Il faudra attendre.", "Le maire a refusé", "selon la mairie"]) expect(isCreditTail(tail)).toBe(false);
  });

  it("a caption above the text, credited « Photo X /NAME », goes to captions and is never the headline", () => {
    const p = run("Le Berry Libre", "Économie", "La salle des serveurs du nouveau bâtiment, à Vierzon. Photo Le BL /Jeanne MOREL", H, DATE, P1, P2, P3);
    expect(p.frontMatter.title).toBe(H);
    expect(p.frontMatter.captions).toEqual(["La salle des serveurs du nouveau bâtiment, à Vierzon. (Photo Le BL /Jeanne MOREL)"]);
    expect(p.body).not.toContain("salle des serveurs");
  });

  it("a credit made of a name and the paper the page prints in its masthead", () => {
    const p = page("Le chantier du second bâtiment, vu depuis la route de Bourges. Paul Girard Le Berry Libre", P1, P2, P3);
    expect(p.frontMatter.captions).toEqual(["Le chantier du second bâtiment, vu depuis la route de Bourges. (Paul Girard Le Berry Libre)"]);
  });

  it("look-alikes: a title's abbreviation, a wire's last line and an unmarked name stay the text's", () => {
    expect(splitCaptionCredit("Président : la société Nordvolt SAS, représentée par M. Paul Girard.")).toBeUndefined();
    const wire = "Le groupe n'a pas précisé le montant de l'opération, a-t-il indiqué. AFP";
    expect(page(P1, P2, P3, wire).body).toContain("a-t-il indiqué");
    const signed = "Le chantier reprendra lundi, après deux semaines d'arrêt dû aux intempéries. Paul Girard";
    expect(page(P1, P2, signed, P3).text).toContain("Le chantier reprendra lundi");
  });
});

describe("a one-sentence paragraph cut once, under a paragraph of the text", () => {
  it("is joined back though the cut line holds no other sentence", () => {
    const cut = "Mais plusieurs élus se sont inquiétés du bruit des groupes froids, alors que les riverains ont déjà déposé des plaintes pour des";
    const rest = "nuisances nocturnes à trois reprises depuis 2023.";
    expect(page(P1, cut, rest, P2, P3).text).toContain(`${cut} ${rest}`);
  });

  it("look-alike: the same line above the text, under the header, is not joined to a label in small letters", () => {
    const cut = "Mais plusieurs élus se sont inquiétés du bruit des groupes froids, alors que les riverains ont déjà déposé des plaintes pour des";
    const p = run("Le Berry Libre", cut, "mise à jour à 10 h 30 avec la réaction du maire.", H, BY, DATE, P1, P2, P3);
    expect(p.text).not.toContain(`${cut} mise à jour`);
  });
});

describe("a figures box between two paragraphs", () => {
  it("a short title over rows of a figure and a word or two is furniture, and the text goes on", () => {
    const p = page(P1, P2, "Repères", "12 MW", "90 M€ investis", "Ouverture fin 2026", P3);
    expect(p.body).not.toMatch(/Repères|12 MW|90 M€ investis|Ouverture fin 2026/);
    expect(p.body).toContain(P3);
  });

  it("look-alike: rows that are sentences, or a list the text announces with a colon, stay", () => {
    const p = page(P1, P2, "Repères", "Le site compte 12 MW.", "Il a coûté 90 M€.", P3);
    expect(p.body).toContain("Le site compte 12 MW.");
    const listed = page(P1, "Le projet en quelques figures :", "12 MW", "90 M€ investis", P3);
    expect(listed.body).toContain("90 M€ investis");
  });
});

describe("authors signed the ways ordinary news pages sign", () => {
  const head = (...rest: string[]) => run("Le Berry Libre", "Économie", H, DATE, ...rest);

  it("a wire's « (Reportage de X, version française Y, édité par Z) » names the reporter, and leaves the text", () => {
    const p = head(P1, P2, P3, "(Reportage de Paul Girard, version française Anne Roux, édité par Luc Petit)");
    expect(p.frontMatter.author).toBe("Paul Girard");
    expect(p.body).not.toContain("Reportage de");
  });

  it("« Name, avec Belga »: the journalist and the agency; look-alike: « Name, avec ses associés » names no author", () => {
    expect(head("Jeanne Morel, avec Belga", P1, P2, P3).frontMatter.author).toBe("Jeanne Morel");
    expect(head("Jeanne Morel, avec ses associés", P1, P2, P3).frontMatter.author).not.toBe("Jeanne Morel");
  });

  it("a name in capitals alone after the last paragraph signs the article, written as a name", () => {
    const p = head(P1, P2, P3, "JEANNE MOREL");
    expect(p.frontMatter.author).toBe("Jeanne Morel");
    expect(p.body).not.toContain("JEANNE MOREL");
  });

  it("look-alike: a firm's name in capitals there is no signature", () => {
    expect(head(P1, P2, P3, "DATA CENTER SUD").frontMatter.author).not.toBe("Data Center Sud");
  });
});

describe("a summary box between the headline and the byline", () => {
  const points = ["Le conseil a validé la vente du terrain.", "Le site doit ouvrir en 2027.", "Le projet coûte 90 millions d'euros."];

  it("its title and its short sentences are furniture, and the name over the date signs the article", () => {
    const p = run("Le Berry Libre", "Économie", H, "Repères", ...points, "Jeanne Morel", DATE, P1, P2, P3);
    expect(p.frontMatter.author).toBe("Jeanne Morel");
    expect(p.body).not.toContain("validé la vente");
    expect(p.text).toContain(P1);
  });

  it("look-alike: the same lines with no byline nor date under them, the text going on, are the text's", () => {
    const p = run("Le Berry Libre", "Économie", H, BY, DATE, P1, "Repères", ...points, P2, P3);
    expect(p.body).toContain("Le site doit ouvrir en 2027.");
  });
});

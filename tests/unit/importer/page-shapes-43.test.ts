import { describe, expect, it } from "vitest";
import { readByline } from "@/lib/importer/page/byline";
import { lineInfo, matchRule } from "@/lib/importer/page/clutter";
import { DATE, H, P1, P2, P3, page, run } from "./news-page";

/*
 * Round 43 (pages): the page-field misses of the twenty ordinary sets, counted
 * by shape. Every page and line here is made up.
 */
const rule = (line: string) => matchRule(line)?.id;

describe("bylines", () => {
  it("« Par Laure DUMONTET »: the surname in capitals is read as the name", () => {
    expect(readByline("Par Mathilde FOURCADE")?.author).toBe("Mathilde Fourcade");
    expect(readByline("Par Jean-Marc LE GALL, à Brest")?.author).toBe("Jean-Marc Le Gall");
  });
  it("near miss: « Par Claire AFP » keeps the agency's letters and signs nobody", () => {
    expect(readByline("Par Claire AFP")?.author).not.toBe("Claire Afp");
  });
  it("« Par Pseudo ✨ le 3 octobre 2024 - 4 min de lecture »: a one-word pen name, dated, signs", () => {
    const b = readByline("Par Zorglub ✨ le 3 octobre 2024 - 4 min de lecture");
    expect(b?.author).toBe("Zorglub");
    expect(b?.date?.year).toBe(2024);
  });
  it("near miss: a one-word name with no whole date, or « Par ailleurs le … », signs nothing", () => {
    expect(readByline("Par Zorglub")).toBeUndefined();
    expect(readByline("Par ailleurs le 3 octobre 2024")).toBeUndefined();
    expect(readByline("Par Zorglub le 3 octobre")).toBeUndefined();
  });
  it("« Par X / Outlet »: the name before the outlet's", () => {
    expect(readByline("Par Mathilde Fourcade / Berry Hebdo")?.author).toBe("Mathilde Fourcade");
  });
  it("« Outlet | Par X - 12 Mars 2025 »: the part that says « Par » names the author, not the outlet", () => {
    const b = readByline("Berry Hebdo | Par Mathilde Fourcade - 12 mars 2025");
    expect(b?.author).toBe("Mathilde Fourcade");
    expect(b?.date?.day).toBe(12);
  });
  it("near miss: « Berry Hebdo | 12 mars 2025 », no « Par », still reads the outlet as a name alone beside a date (unchanged)", () => {
    expect(readByline("Mathilde Fourcade | 12 mars 2025")?.author).toBe("Mathilde Fourcade");
  });
  it("« — Name » after the last paragraph, over a source card with a sentence of its own: the signature", () => {
    const p = run("Le Berry Libre", "Monde", H, DATE, P1, P2, P3, "— Inés Salgado", "Lire l'article original", "Source", "El Diario", "Fondé en 1980, El Diario est un quotidien régional.");
    expect(p.frontMatter.author).toBe("Inés Salgado");
    expect(p.text).not.toContain("— Inés Salgado");
  });
  it("near miss: « — Name » under a quotation, the text going on, signs nothing", () => {
    const p = run("Le Berry Libre", "Monde", H, DATE, P1, "« Le progrès ne vaut que s'il est partagé par tous. »", "— Victor Hugo", P2, P3);
    expect(p.frontMatter.author ?? undefined).toBeUndefined();
  });
});

describe("players", () => {
  it("« Vidéo : label » / title / « 02:41 »: the player's title goes, not chosen as the headline", () => {
    const p = page("Vidéo : le reportage de notre JT", "La zone d'activités de Vierzon vue du ciel", "02:41", P1, P2, P3);
    expect(p.frontMatter.title).toBe(H);
    expect(p.text).not.toContain("vue du ciel");
  });
  it("near miss: a short line over a time but under no player's label stays", () => {
    const p = page(P1, "Les horaires du chantier", "07:30", P2, P3);
    expect(p.text).toContain("Les horaires du chantier");
  });
  it("« Écouter le reportage de X : » over « ▶ 00:00 / 02:41 » goes with the clock", () => {
    const p = page(P1, "Écouter le reportage de Paul Nkemba :", "▶ 00:00 / 02:41", P2, P3);
    expect(p.text).not.toContain("Écouter le reportage");
    expect(p.text).not.toContain("02:41");
  });
  it("near miss: « Écouter les riverains : » over a paragraph stays", () => {
    const p = page(P1, "Écouter les riverains :", P2, P3);
    expect(p.text).toContain("Écouter les riverains :");
  });
  it("« ▶ Regarder (2:14) » and « Durée de la vidéo : 00h01mn48s » are the player's", () => {
    expect(rule("▶ Regarder (2:14)")).toBe("player");
    expect(rule("Durée de la vidéo : 00h01mn48s")).toBe("player");
    expect(rule("Regarder (de près) les chiffres de 2024 suffit.")).toBeUndefined();
  });
});

describe("a newsletter form's data notice", () => {
  it("« Vos données sont traitées par X conformément à sa politique de confidentialité. » goes", () => {
    expect(rule("Vos données sont traitées par Le Berry Libre conformément à sa politique de confidentialité.")).toBe("data-notice");
  });
  it("near miss: the article's sentence on data processed under a law stays", () => {
    expect(rule("Vos données de santé sont traitées par l'hôpital conformément au RGPD, assure la direction.")).toBeUndefined();
    expect(lineInfo("x").key).toBe("x");
  });
});

describe("paywall notes and a document's link", () => {
  it("an offer's price, an access note, an issue's extract, a link to a decree go", () => {
    expect(rule("S'abonner à partir de 2 $")).toBe("special-offer");
    expect(rule("Offre numérique : 1 € le premier mois")).toBe("special-offer");
    expect(rule("Cet article est en accès libre grâce à nos abonnés. Pour que le journal vive, rejoignez-les.")).toBe("access-note");
    expect(rule("Cet article est extrait du numéro 12 de Terre & Cloud, en kiosque et sur notre boutique.")).toBe("access-note");
    expect(rule("Consulter l'arrêté du 3 mars 2026.")).toBe("document-link");
  });
  it("near misses: the article's sentences with the same words stay", () => {
    expect(rule("S'abonner à la fibre coûte 30 € par mois à Vierzon, selon l'opérateur.")).toBeUndefined();
    expect(rule("Cet article de loi est en accès libre depuis 2019, précise le décret.")).toBeUndefined();
    expect(rule("Consulter le rapport prend du temps, reconnaît l'élu.")).toBeUndefined();
  });
});

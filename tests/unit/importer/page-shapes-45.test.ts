import { describe, expect, it } from "vitest";
import { ownership, sameBrand, wordmark } from "@/lib/importer/page/publisher-brand";
import { BY, DATE, H, P1, P2, P3, run } from "./news-page";

/*
 * Round 45 (pages): the publisher misses of the twenty-two ordinary sets,
 * counted by shape — the outlet's own name over its owner, a menu word, a
 * player's button or a tagline. Every page and line here is made up.
 */
const body = [H, BY, DATE, P1, P2, P3] as const;
const publisher = (...lines: string[]) => run(...lines).frontMatter.source?.name;

describe("a wordmark in lower case", () => {
  it("« nuageo » heading the page and printed again over the footer's links names it", () => {
    expect(publisher("nuageo", "Économie", "Cloud", ...body, "nuageo", "Mentions légales", "Contact")).toBe("nuageo");
  });
  it("« nuageo. » (the logo's dot) and « À propos d'Nuageo » in the footer name it too", () => {
    expect(publisher("nuageo.", "Économie", ...body, "À propos d'Nuageo", "Conditions d'utilisation")).toBe("Nuageo");
  });
  it("near miss: the same word printed once names nothing", () => {
    expect(publisher("nuageo", "Économie", "Cloud", ...body, "Mentions légales", "Contact")).toBeUndefined();
  });
});

describe("the masthead printed again with its address", () => {
  it("« Nuagéo » over the page, « Nuagéo.info » in the footer: the site is « Nuagéo »", () => {
    expect(publisher("Nuagéo", "Économie", ...body, "Nuagéo.info", "Mentions légales")).toBe("Nuagéo");
    expect(sameBrand("Nuagéo", "nuageo.com")).toBe(true);
  });
  it("near miss: a one-word masthead printed once, or another site's address, names nothing", () => {
    expect(publisher("Nuagéo", "Économie", ...body, "Mentions légales")).toBeUndefined();
    expect(sameBrand("Nuagéo", "Nuagéo Pro.com")).toBe(false);
  });
});

describe("a brand and its owner", () => {
  it("« Nuagéo est une marque de Groupe Cirrus » under the text: the brand, not the copyright's owner", () => {
    expect(ownership("Nuagéo est une marque de Groupe Cirrus")).toEqual({ brand: "Nuagéo", owner: "Groupe Cirrus" });
    expect(ownership("Nuagéo est un site du groupe Cirrus Médias")).toEqual({ brand: "Nuagéo", owner: "Cirrus Médias" });
    expect(publisher("Nuagéo", "Économie", ...body, "Nuagéo est une marque de Groupe Cirrus", "Mentions légales", "© Groupe Cirrus 2026")).toBe("Nuagéo");
  });
  it("near miss: another brand's line, not the masthead's, leaves the copyright its weight", () => {
    expect(publisher("Nuagéo", "Économie", ...body, "Nordvolt est une marque de Groupe Cirrus", "Mentions légales", "© Groupe Cirrus 2026")).toBe("Groupe Cirrus");
    expect(ownership("Nordvolt, qui est une marque de Groupe Cirrus depuis 2019, a annoncé mardi un plan d'investissement pour ses sites.")).toBeUndefined();
  });
});

describe("a menu word over the page", () => {
  it("« Vierzon » in a menu under « Se connecter », printed once: no publisher rather than a town", () => {
    expect(publisher("Menu", "Rechercher", "Se connecter", "Vierzon", "Bourges", "Sports", ...body, "Contact - Mentions légales")).toBeUndefined();
  });
  it("near miss: the same name printed again on another line still names the site", () => {
    expect(publisher("Menu", "Rechercher", "Se connecter", "Nuagéo", "Bourges", "Sports", ...body, "Nuagéo", "Contact - Mentions légales")).toBe("Nuagéo");
  });
});

describe("a player's button and a tagline", () => {
  it("« Écouter le direct » over « Radio Nuagéo – La radio du Berry » is no name", () => {
    expect(publisher("Écouter le direct", "Radio Nuagéo – La radio du Berry", "Accueil", ...body, "© Radio Nuagéo 2026")).toBe("Radio Nuagéo");
  });
  it("near miss: a masthead that merely starts like a verb (« Voiron Matin ») is still a name", () => {
    expect(publisher("Voiron Matin", "Accueil", ...body, "Mentions légales")).toBe("Voiron Matin");
  });
  it("« Nuagéo, le mag du cloud souverain »: the tagline in apposition goes", () => {
    expect(publisher("Nuagéo, le mag du cloud souverain", "Accueil", ...body, "© Nuagéo 2026")).toBe("Nuagéo");
  });
  it("near miss: « Nuagéo, Le Mag » (a capital after the comma) is kept whole", () => {
    expect(publisher("Nuagéo, Le Mag", "Accueil", ...body, "Mentions légales")).toBe("Nuagéo, Le Mag");
  });
  it("« Actus » over the masthead is a section word; « Zapp! » is a name with its own mark", () => {
    expect(publisher("Actus", "La Gazette du Cher", "Vierzon", ...body, "Mentions légales")).toBe("La Gazette du Cher");
    expect(publisher("Zapp!", "Médias", "Accueil", ...body, "Zapp! - Qui sommes-nous ?", "Mentions légales")).toBe("Zapp!");
  });
  it("near miss: « Bravo! » printed once names nothing; « Inscrivez-vous à la newsletter » alone names nothing", () => {
    expect(publisher("Bravo!", "Accueil", ...body, "Inscrivez-vous à la newsletter", "Mentions légales")).toBeUndefined();
  });
  it("« Inscrivez-vous à la newsletter Nuagéo » names the letter's site", () => {
    expect(publisher("Nuagéo", "Accueil", ...body, "Inscrivez-vous à la newsletter Nuagéo", "Mentions légales")).toBe("Nuagéo");
  });
});

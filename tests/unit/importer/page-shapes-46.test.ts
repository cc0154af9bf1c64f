import { describe, expect, it } from "vitest";
import { readByline } from "@/lib/importer/page/byline";
import { isoOf, parseWireDateline } from "@/lib/importer/page/dates";
import { editionOf } from "@/lib/importer/page/publisher-brand";
import { isArchiveMonth } from "@/lib/importer/page/archive-months";
import { pageAddressDate } from "@/lib/importer/page/stated-dates";
import { lineRoles } from "@/lib/importer/page/line-roles";
import { matchRule } from "@/lib/importer/page/clutter";
import { BY, H, P1, P2, P3, run } from "./news-page";

/*
 * Round 46 (pages): held-out-35's and -36's misses by shape — a blog's archive
 * list of months taken for a date, an address bar copied without its scheme,
 * a network's address over its edition's name, a second writer after
 * « avec », a site's credit inside a dateline. Every page and line is made up.
 */
const dateOf = (...lines: string[]) => {
  const fm = run(...lines).frontMatter;
  return { date: fm.date, inferred: fm.dateInferred };
};

describe("a blog's archive list of months", () => {
  it("« Archives », « Mars 2021 », « Février 2021 » after the text date nothing", () => {
    expect(dateOf("Le Blog du Cher", "Accueil", H, P1, P2, P3, BY, "Archives", "Mars 2021", "Février 2021", "Le Blog du Cher – Infos du Berry").date).toBeNull();
    expect(isArchiveMonth(["Archives", "Mars 2021"], 1)).toBe(true);
    expect(isArchiveMonth(["Mars 2021", "Février 2021 (4)"], 0)).toBe(true);
  }, 120_000);
  it("near miss: a month-year line alone, between other lines, is still read by the other rules", () => {
    expect(isArchiveMonth(["Par Jeanne Morel", "Mars 2021", P1], 1)).toBe(false);
    expect(isArchiveMonth(["Archives", "Le 3 mars 2021"], 1)).toBe(false);
  });
  it("the report lists the months as the site's archive list, not as lines read for a date", () => {
    const roles = lineRoles(["Archives", "Mars 2021", "Février 2021"]);
    expect(roles.slice(1).map((r) => (r.kind === "furniture" ? r.why : r.kind))).toEqual(["archive-list", "archive-list"]);
    expect(lineRoles(["Par Jeanne Morel", "Mars 2021", P1])[1]).not.toMatchObject({ why: "archive-list" });
  });
});

describe("the page's address copied without its scheme", () => {
  it("« blog-du-cher.info/2021/03/12/… » alone above the text dates the page, as a deduction", () => {
    expect(dateOf("blog-du-cher.info/2021/03/12/vierzon-centre-donnees", "Le Blog du Cher", H, P1, P2, P3)).toEqual({ date: "2021-03-12", inferred: true });
    expect(pageAddressDate(["Le Blog du Cher", "Économie", H, "blog-du-cher.info/2021/03/12/vierzon", BY, P1], undefined, 5)?.date.day).toBe(12);
  });
  it("with its scheme, under the menus but above the text, it dates the page too (the address bar copied lower)", () => {
    expect(pageAddressDate(["Le Blog du Cher", "Économie", "Cloud", "https://blog-du-cher.info/2021/03/12/vierzon", H, P1], undefined, 5)?.date.day).toBe(12);
  });
  it("near miss: the same address after the text start, or inside a sentence, dates nothing", () => {
    expect(pageAddressDate(["Le Blog du Cher", "Économie", H, BY, P1, "blog-du-cher.info/2021/03/12/vierzon"], undefined, 4)).toBeUndefined();
    expect(pageAddressDate(["Le Blog du Cher", "Économie", H, "Voir blog-du-cher.info/2021/03/12/vierzon", P1], undefined, 4)).toBeUndefined();
    expect(pageAddressDate(["Le Blog du Cher", "Économie", H, BY, P1, "https://blog-du-cher.info/2021/03/12/vierzon"], undefined, 4)).toBeUndefined();
  });
});

describe("a network's address over its edition's name", () => {
  it("« ondes7.fr » then « Berry Ondes 7 » in the menu: the edition publishes", () => {
    expect(editionOf("ondes7.fr", ["Berry", "Sologne", "Berry Ondes 7", "Info"])).toBe("Berry Ondes 7");
    expect(run("ondes7.fr", "Berry Ondes 7", "Info", "Radio", H, BY, P1, P2, P3).frontMatter.source?.name).toBe("Berry Ondes 7");
  });
  it("near miss: the network's name alone, a sentence or a line of other words names no edition", () => {
    expect(editionOf("ondes7.fr", ["Ondes 7", "Info"])).toBeUndefined();
    expect(editionOf("ondes7.fr", ["Écoutez le Berry sur Ondes 7.", "Info"])).toBeUndefined();
    expect(editionOf("ondes7.fr", ["Berry", "Sologne", "Radio"])).toBeUndefined();
    expect(editionOf("ondes7.fr", ["Berry Ondes 7", "Mon ondes 7", "Info"])).toBe("Berry Ondes 7");
    expect(editionOf("ondes7.fr", ["Mon ondes 7", "Votre Ondes 7", "Info"])).toBeUndefined();
  });
});

describe("a second writer after « avec »", () => {
  it("« Écrit par Jeanne Morel avec Paul Girard »: the first signs", () => {
    expect(readByline("Écrit par Jeanne Morel avec Paul Girard")?.author).toBe("Jeanne Morel");
  });
  it("near miss: « avec les élus du Cher » or « Par ailleurs avec … » is no byline", () => {
    expect(readByline("Par Jeanne Morel avec les élus du Cher")).toBeUndefined();
    expect(readByline("Par ailleurs avec Paul Girard")).toBeUndefined();
  });
});

describe("a site's credit inside a dateline", () => {
  it("« Vierzon, le 12 mars 2021 © blogducher.info – » dates the lead", () => {
    expect(isoOf(parseWireDateline("Vierzon, le 12 mars 2021 © blogducher.info – La société Nordvolt a annoncé mardi un centre de données.")!.date!)?.value).toBe("2021-03-12");
  });
  it("near miss: words after the date, not a credit, keep it from being a dateline", () => {
    expect(parseWireDateline("Vierzon, le 12 mars 2021 et les jours suivants – La société a annoncé un centre.")?.date).toBeUndefined();
  });
});

describe("a club's paywall line", () => {
  it("« Cet article est réservé aux membres X+. » is the paywall's", () => {
    expect(matchRule("Cet article est réservé aux membres Infos+.")?.kind).toBe("paywall");
  });
  it("near miss: « réservé aux membres » in the text, with no article or reading word, stays prose", () => {
    expect(matchRule("La nouvelle salle sera réservée aux membres du club d'entreprises.")).toBeUndefined();
  });
});

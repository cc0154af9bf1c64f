import { describe, expect, it } from "vitest";
import { readByline } from "@/lib/importer/page/byline";
import { clutterKind } from "@/lib/importer/page/clutter";
import { findDateMentions } from "@/lib/importer/page/dates";

/*
 * Page shapes of round 29 (held-out-20, read after its single blind scoring),
 * each with the look-alike that must not change. Made-up lines, no corpus page's words.
 */

describe("a date alone, then « par Name »: the dateline and the byline on one line", () => {
  it("« mardi 4 juin 2024, par X » and « Le 03 mai 2024 par X » give the author and the date", () => {
    expect(readByline("mardi 4 juin 2024, par Odile Brunet")).toMatchObject({ author: "Odile Brunet", date: { day: 4, month: 6, year: 2024 } });
    expect(readByline("Le 03 mai 2024 par Odile Brunet")).toMatchObject({ author: "Odile Brunet", date: { day: 3, month: 5, year: 2024 } });
  });

  it("a sentence opening on a date, or a date without its year, is no byline", () => {
    expect(readByline("Le 03 mai 2024 par arrêté, le préfet a suspendu les travaux.")).toBeUndefined();
    expect(readByline("Depuis le 3 mai 2024 par Odile Brunet")).toBeUndefined();
    expect(readByline("Le 03 mai par Odile Brunet")).toBeUndefined();
  });
});

describe("a byline closed by the reading time", () => {
  it("« Par X - date | mis à jour … - Temps de lecture : 4 min » names X and dates the article", () => {
    expect(readByline("Par Odile Brunet - 3 mars 2024 à 07:00 | mis à jour le 3 mars 2024 à 10:20 - Temps de lecture : 4 min")).toMatchObject({ author: "Odile Brunet", date: { day: 3, month: 3, year: 2024 } });
  });

  it("a sentence about reading time is no byline", () => {
    expect(readByline("Par souci de clarté, le temps de lecture est de 4 min")).toBeUndefined();
  });
});

describe("a day and « Sep », the English cut of September, before a year", () => {
  it("« 18 Sep 2023 » is a date", () => {
    expect(findDateMentions("18 Sep 2023")[0]).toMatchObject({ day: 18, month: 9, year: 2023 });
  });

  it("« Sep » as a word of a sentence, without a day before it, is none", () => {
    expect(findDateMentions("le groupe Sep 2023 Holding")).toEqual([]);
  });
});

describe("a paywall's log-in prompt and its question to the reader", () => {
  it("« Vous êtes abonné ? Se connecter » and « Vous voulez lire la suite ? … » are furniture", () => {
    expect(clutterKind("Vous êtes abonné ? Se connecter")).toBe("paywall");
    expect(clutterKind("Vous voulez lire la suite ? La Gazette du Val ne vit que de ses lecteurs.")).toBe("paywall");
  });

  it("a sentence about subscribers or about what comes next is no paywall", () => {
    expect(clutterKind("Vous êtes abonné au réseau de chaleur depuis 2019, rappelle le maire aux habitants.")).not.toBe("paywall");
    expect(clutterKind("Vous voulez savoir la suite du chantier, a lancé le maire aux riverains réunis mardi.")).not.toBe("paywall");
  });
});

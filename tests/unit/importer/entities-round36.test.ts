import { describe, expect, it } from "vitest";
import { roleFromContext } from "@/lib/importer/entities/roles";

/* Round 36 (entities): other countries named beside the story's own, read as sites (ADR 002, round 36, entities). */

describe("a link's far ends (« le câble relie X à Y »)", () => {
  it("makes the countries a cable joins only mentioned, in a list or after « via »", () => {
    expect(roleFromContext("Long de 5 000 kilomètres, le câble Ondine relie la Norvège, le Danemark et ", " aux côtes du Maghreb.")).toBe("mentioned");
    expect(roleFromContext("La ligne sous-marine Corail, qui reliera Nouméa à Sydney, via ", ", passera au large.")).toBe("mentioned");
    expect(roleFromContext("Le câble Albatros, reliant les Açores à ", ", atterrit déjà sur la côte voisine.")).toBe("mentioned");
  });

  it("keeps the site where the sentence builds or lands, without a link verb", () => {
    expect(roleFromContext("Le câble Ondine atterrira à Esbjerg, au ", ".")).toBe("planned");
    expect(roleFromContext("L'opérateur construit une station d'atterrissement en ", ".")).toBe("site");
    // « relié » (joined, a past participle about the site itself) is no link between two far ends.
    expect(roleFromContext("Le nouveau centre, relié au réseau public, est installé en ", ".")).toBe("site");
  });
});

describe("a firm's presence elsewhere, already there (« déjà présent en X et en Y »)", () => {
  it("makes each country of the firm's existing presence only mentioned", () => {
    expect(roleFromContext("L'hébergeur Baobab, déjà présent au Ghana, au Togo et en ", ", ouvre un site à Dakar.")).toBe("mentioned");
    expect(roleFromContext("Le groupe, qui exploite déjà des centres de données en ", " et au Pérou, construit à Quito.")).toBe("mentioned");
    expect(roleFromContext("Le fonds, déjà propriétaire d'hébergeurs en Suède et en ", ", rachète un opérateur lyonnais.")).toBe("mentioned");
  });

  it("keeps the story's own place, after the existing presence's clause is closed", () => {
    expect(roleFromContext("L'hébergeur Baobab, déjà présent au Ghana, ouvre un centre de données à ", ".")).toBe("site");
    expect(roleFromContext("L'hébergeur Baobab, déjà présent au Ghana, envisage un site en ", ".")).toBe("planned");
    // « déjà » about the building itself (« le site est déjà exploité en »): no presence elsewhere.
    expect(roleFromContext("Le site, déjà exploité par un industriel, accueille ses premiers serveurs en ", ".")).toBe("site");
  });
});

describe("firms of a country (« des entreprises du X »)", () => {
  it("makes the firms' country only mentioned, in a list too", () => {
    expect(roleFromContext("Plusieurs entreprises du ", " hébergent leurs serveurs à Lomé.")).toBe("mentioned");
    expect(roleFromContext("Le site, installé à Kigali, vise des sociétés d'Ouganda et du ", " qui veulent une copie de leurs données.")).toBe("mentioned");
  });

  it("keeps customers a market and a firm's building a site", () => {
    expect(roleFromContext("Le site, installé à Kigali, vise les clients d'Ouganda et du ", ".")).toBe("market");
    expect(roleFromContext("Les entreprises installent leurs serveurs au ", ".")).toBe("site");
  });
});

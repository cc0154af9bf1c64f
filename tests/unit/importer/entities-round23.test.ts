import { describe, expect, it } from "vitest";
import { firms, places } from "./entity-probes";

/*
 * The causes left across every blind set (issue #29 item 6, round 23), each
 * with a made-up sentence where the rule fires and a look-alike where it must not.
 */

describe("places", () => {
  it("a locality no gazetteer holds, after « à » and set in a known division (« à Vornfeld, en Argovie »), is a place at the division's point", () => {
    expect(places("L'opérateur va construire à Vornfeld, en Argovie, un campus de 60 MW.")).toContain("Vornfeld/suisse");
    expect(places("La RDC sera reliée : le câble arrivera à Kelundo, dans le Kongo-Central, en 2027.")).toContain("Kelundo/republique-democratique-du-congo");
  });
  it("after a deal's participle « à » names a party (« confié à Vornfeld, en Argovie »); an unknown apposition names nothing", () => {
    expect(places("Le chantier a été confié à Vornfeld, en Argovie, pour deux ans.")).not.toContain("Vornfeld/suisse");
    expect(places("L'opérateur va construire à Vornfeld, en Zorbanie, un campus.")).toEqual([]);
  });
  it("a locality then a compass direction from a large city (« à Drenvale, au nord-ouest de Dublin ») is placed at the city", () => {
    expect(places("Le projet devait voir le jour à Drenvale, au nord-ouest de Dublin, pour 900 millions.")).toContain("Drenvale/irlande");
    expect(places("Le projet devait voir le jour à Drenvale, au nord-ouest de Kelundo, pour 900 millions.")).toEqual([]);
  });
});

describe("business parks", () => {
  it("a « Technopolis » (Rabat's, Athens') is a technopole like « technopôle de »; the word alone names none", () => {
    expect(places("L'hébergeur construit au Maroc un campus de 40 MW à la Technopolis de Rabat-Salé.")).toContain("Technopolis de Rabat-Salé/maroc");
    expect(places("Au Maroc, la société Technopolis a signé un contrat de maintenance.")).toEqual([]);
  });
});

describe("a division named like a direction", () => {
  it("« Nord » is the French département beside a town (« Gravelines, dans le Nord »)", () => {
    expect(places("Le groupe agrandit son campus de Gravelines, dans le Nord. Les travaux commencent.")).toContain("Nord/france");
  });
  it("not a sentence's frame (« Dans le Nord, … »), nor « dans le Nord de la France », nor the north of another country", () => {
    expect(places("Dans le Nord, les opérateurs manquent de puissance.")).not.toContain("Nord/france");
    expect(places("Le groupe construit à Gravelines, dans le Nord de la France.")).not.toContain("Nord/france");
  });
});

describe("firms", () => {
  it("a name closed by a trade of the sector (« Vornfeld Data Center », « Alpine Norva Compute ») is a firm's", () => {
    expect(firms("L'accord signé entre Vornfeld Data Center et la ville court sur dix ans.")).toContain("Vornfeld Data Center");
    expect(firms("Le plan devait permettre à Alpine Norva Compute de construire un centre.")).toContain("Alpine Norva Compute");
    expect(firms("Le Vornfeld Data Center ouvrira en 2027.")).toContain("Vornfeld Data Center");
  });
  it("not a body (« l'association Norva Datacenter »), a title's site label (« | Hors-Série Cloud »), a sentence's « Ni », nor « Cloud Act »", () => {
    expect(firms("Selon l'association Norva Datacenter, les projets dépassent 2 GW.")).toEqual([]);
    expect(firms("Visite du chantier du data center | Hors-Série Cloud\nLe chantier avance.")).toEqual([]);
    expect(firms("Le Cloud Act inquiète les clients européens.")).toEqual([]);
    expect(firms("Ni Vornfeld Telecom ni l'État n'ont commenté.")).not.toContain("Ni Vornfeld Telecom");
  });
});

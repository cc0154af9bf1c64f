import { describe, expect, it } from "vitest";
import { places } from "./entity-probes";

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

import { describe, expect, it } from "vitest";
import { firms, places } from "./entity-probes";

/*
 * Causes of the fourteenth blind set's misses (ordinary news, issue #29 item 6,
 * round 20), each with a made-up sentence where the rule fires and a look-alike
 * where it must not.
 */

describe("places", () => {
  it("a town inside a list that follows a place word and closes on « et » is a town like the others", () => {
    expect(places("Le réseau relie entre eux les sites entre Strasbourg, Colmar et Mulhouse.")).toContain("Colmar/france");
    expect(places("Le réseau passe par Strasbourg, Colmar n'étant pas desservie.")).not.toContain("Colmar/france");
  });
  it("« une ville comme X » names a town, not a firm", () => {
    expect(places("Le site consomme autant qu'une ville comme Aubervilliers.")).toContain("Aubervilliers/france");
    expect(firms("Le site consomme autant qu'une ville comme Aubervilliers.")).not.toContain("Aubervilliers");
    expect(firms("Le site accueille des clients comme Aubervilliers Data.")).toContain("Aubervilliers Data");
  });
  it("a commune followed by its département (« Fouju, en Seine-et-Marne ») is placed; not before a year", () => {
    expect(places("Le projet de campus géant de Fouju, en Seine-et-Marne, avance.")).toContain("Fouju/france");
    expect(places("Le projet de campus géant de Fouju, en 2026, avance.")).not.toContain("Fouju/france");
  });
  it("« géant » after a noun is an adjective, not an epithet; « le géant de Redmond » still names no place", () => {
    expect(places("Le centre de données géant de Fouju, en Seine-et-Marne, avance.")).toContain("Fouju/france");
    expect(places("Microsoft reste discret. Le géant de Redmond investit à Lille.")).toEqual(["Lille/france"]);
  });
});

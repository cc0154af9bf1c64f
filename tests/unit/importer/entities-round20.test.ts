import { describe, expect, it } from "vitest";
import { firms, places, recognise } from "./entity-probes";

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
  it("an area after « du » is also named with that article (« la zone portuaire du Kerlann » is « Le Kerlann »); after « de », not", () => {
    const aliases = (text: string) => recognise(text).places.flatMap((p) => p.aliases);
    expect(aliases("Le site sera construit dans la zone portuaire du Kerlann, à Saint-Brieuc.")).toContain("Le Kerlann");
    expect(aliases("Le site sera construit dans la zone portuaire de Kerlann, à Saint-Brieuc.")).not.toContain("Le Kerlann");
  });
  it("« géant » after a noun is an adjective, not an epithet; « le géant de Redmond » still names no place", () => {
    expect(places("Le centre de données géant de Fouju, en Seine-et-Marne, avance.")).toContain("Fouju/france");
    expect(places("Microsoft reste discret. Le géant de Redmond investit à Lille.")).toEqual(["Lille/france"]);
  });
});

describe("firms", () => {
  it("a trade with « Une » in apposition before a deal verb; not a common noun that is no trade", () => {
    expect(firms("Une société encore peu connue, Norvalis Data, a déposé une demande de raccordement.")).toContain("Norvalis Data");
    expect(firms("Une étude encore peu connue, Green Paper, a montré ceci.")).toEqual([]);
  });
  it("the lead of a loan (« Le financement bancaire est mené par X »); not a meeting led by someone", () => {
    expect(firms("Le financement bancaire, d'environ 300 millions d'euros, est mené par le Crédit Mutualiste.")).toContain("Crédit Mutualiste");
    expect(firms("Le débat, d'environ deux heures, est mené par le Conseil municipal.")).toEqual([]);
  });
  it("a participle or a preposition opening a sentence is no firm; a firm named before its comma still is", () => {
    expect(firms("Interrogée, la filiale belge de Microsoft précise que rien ne change.")).toEqual(["Microsoft"]);
    expect(firms("La Wallonie attend. En Flandre, l'opérateur néerlandais NorthC a inauguré un site.")).toEqual(["NorthC"]);
    expect(firms("Norvalis, la filiale belge de Microsoft, précise que rien ne change.")).toContain("Norvalis");
  });
});

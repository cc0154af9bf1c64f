import { describe, expect, it } from "vitest";
import { places, roleOf } from "./entity-probes";

describe("round 40: a town written with its own article is that commune, not a town of the bare name abroad", () => {
  it("reads « de L'Aigle » as the French commune L'Aigle wherever the text names it", () => {
    const found = places("La société veut construire une salle à l'entrée de L'Aigle. L'Aigle coche toutes les cases, dit le maire.");
    expect(found).toContain("L'Aigle/france");
    expect(found.some((p) => p.endsWith("/suisse"))).toBe(false);
  });
  it("near miss: a capital « L' » opening a sentence names no commune by itself (« L'Union européenne »)", () => {
    expect(places("L'Union européenne finance le projet de centre de données.").some((p) => /Union/.test(p))).toBe(false);
  });
});

describe("round 40: routes, fleets and second sites are background", () => {
  it("leaves the countries a link goes through `mentioned`", () => {
    const text = "Le réseau national relie le Malawi aux câbles sous-marins via la Zambie et le Mozambique.";
    expect(roleOf(text, "zambie")).toEqual(["mentioned"]);
    expect(roleOf(text, "mozambique")).toEqual(["mentioned"]);
  });
  it("near miss: the story's future cable keeps its landings along the route planned", () => {
    expect(roleOf("Le futur câble reliera le Kenya à l'Égypte, via le Soudan et l'Érythrée.", "soudan")).toContain("planned");
  });
  it("near miss: a cable that links two countries with no « via » keeps its verb", () => {
    expect(roleOf("Le nouveau câble relie désormais la Zambie au Mozambique.", "zambie")).toEqual(["site"]);
  });
  it("leaves a firm's second existing site `mentioned` (« en X et un autre au Y »)", () => {
    expect(roleOf("La société exploite déjà un centre de données au Sénégal et un autre au Mali.", "mali")).toEqual(["mentioned"]);
  });
  it("near miss: « exploite un centre au Sénégal et construira un autre au Mali » keeps the plan", () => {
    expect(roleOf("La société exploite un centre au Sénégal et en construira un autre au Mali.", "mali")).not.toEqual(["mentioned"]);
  });
  it("leaves where most of a firm's fleet stands `mentioned`", () => {
    expect(roleOf("Le groupe exploite aujourd'hui une vingtaine de centres de données dans le monde, la plupart au Canada.", "canada")).toEqual(["mentioned"]);
  });
  it("near miss: a firm's single stated site keeps its role", () => {
    expect(roleOf("Le groupe exploite deux centres de données au Canada.", "canada")).toEqual(["site"]);
  });
});

describe("round 40: markets named by who comes to buy or by the neighbours served", () => {
  it("reads the neighbours a centre will serve as markets", () => {
    const text = "Le centre hébergera les données du pays, mais aussi celles des pays voisins, comme le Mali, le Niger et le Tchad.";
    for (const slug of ["mali", "niger", "tchad"]) expect(roleOf(text, slug)).toEqual(["market"]);
  });
  it("near miss: neighbours that merely have something are no market", () => {
    expect(roleOf("Les pays voisins, comme le Mali, ont déjà leurs propres centres.", "mali")).not.toContain("market");
  });
  it("reads the operators of countries who come to buy capacity as markets", () => {
    const text = "« Les opérateurs du Gabon, du Congo ou du Tchad viennent chercher des capacités chez nous », dit-il.";
    for (const slug of ["gabon", "tchad"]) expect(roleOf(text, slug)).toEqual(["market"]);
  });
  it("near miss: operators of a country doing something else are no market", () => {
    expect(roleOf("Les opérateurs du Gabon investissent dans la fibre.", "gabon")).not.toContain("market");
  });
});

describe("round 40: a cable still to enter service is planned at its far end", () => {
  it("reads « reliant X à Y, doit entrer en service » as planned", () => {
    expect(roleOf("Un nouveau câble, reliant Athènes à Malte, doit entrer en service l'an prochain.", "malte")).toContain("planned");
  });
  it("near miss: a cable in service is no plan", () => {
    expect(roleOf("Le câble, qui relie Athènes à Malte, est entré en service l'an dernier.", "malte")).not.toContain("planned");
  });
});

describe("round 40 (integrator): data kept « à l'étranger », then where", () => {
  it("leaves the countries the data is kept in now `mentioned`", () => {
    const text = "« Aujourd'hui, nos données sont hébergées à l'étranger, au Kenya, en Afrique du Sud ou en Europe », dit le directeur du projet burundais.";
    expect(roleOf(text, "kenya")).toEqual(["mentioned"]);
    expect(roleOf(text, "afrique-du-sud")).toEqual(["mentioned"]);
  });
  it("near miss: data to be hosted in a named country, with no « à l'étranger », keeps its role", () => {
    expect(roleOf("Les données des banques seront hébergées au Kenya, dans le nouveau centre.", "kenya")).not.toEqual(["mentioned"]);
  });
});

describe("round 40 (integrator): a name a generic noun gives an area (« dans la zone Delta ») is no town found anywhere", () => {
  it("does not place « la zone Delta » of a French town at a large homonym abroad the text never names", () => {
    const found = places("Le centre de Rungis, dans la zone Delta, affiche un PUE annuel de 1,15 selon l'entreprise.");
    expect(found.some((p) => p.endsWith("/canada"))).toBe(false);
  });
  it("near miss: the same name said as a town, with « à » and its country, is that town", () => {
    expect(places("L'hébergeur ouvre un centre de données à Delta, au Canada, près de Vancouver.")).toContain("Delta/canada");
  });
});

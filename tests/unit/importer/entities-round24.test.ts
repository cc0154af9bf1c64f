import { describe, expect, it } from "vitest";
import { firms, places, recognise } from "./entity-probes";

/*
 * Held-out-16's causes (issue #29 item 6, round 24), each with a made-up
 * sentence where the rule fires and a look-alike where it must not.
 */

describe("names a cue takes for firms though none is", () => {
  it("a name of generic words alone (« l'entreprise Centres de données du Fjord ») takes its « de » complement; alone it is no firm", () => {
    expect(firms("À Chicoutimi, l'entreprise Centres de calcul du Nord a renoncé à son projet.")).toContain("Centres de calcul du Nord");
    expect(firms("À Chicoutimi, l'entreprise Services a renoncé à son projet.")).toEqual([]);
  });
  it("a sentence's opening locution (« Au-delà des projets », « Jusqu'ici, l'entreprise ») is no firm; « Rolls-Royce » stays", () => {
    expect(firms("Jusqu'ici, l'entreprise louait ses serveurs.")).not.toContain("Jusqu'ici");
    expect(firms("Rolls-Royce, le motoriste, a signé un contrat de 20 MW.")).toContain("Rolls-Royce");
  });
  it("a people in the plural (« Les Nordiques ont montré la voie ») is no firm; a firm subject of a deal stays", () => {
    expect(firms("Les Allemands ont ouvert la voie.")).toEqual([]);
    expect(firms("Les Zorvaniques ont ouvert la voie.")).toEqual([]);
    expect(firms("Kelvora a ouvert un campus de 20 MW.")).toContain("Kelvora");
  });
  it("a town in a list of territories (« des communes voisines, dont Ménétrol ») is no firm; « des hébergeurs, dont X » is", () => {
    expect(firms("Plusieurs communes voisines, dont Vornac, ont connu des restrictions d'eau.")).toEqual([]);
    expect(firms("Plusieurs hébergeurs, dont Kelvora, ont connu des pannes.")).toContain("Kelvora");
  });
  it("a reaction (« Pro Natura a salué ») is no deal; « X a signé » is", () => {
    expect(firms("Terra Viva a salué la récupération de chaleur.")).toEqual([]);
    expect(firms("Terra Viva a signé un accord de récupération de chaleur.")).toContain("Terra Viva");
  });
});

describe("firms the text names without a cue the rules knew", () => {
  it("after a trade noun, a capitalised article opens the name (« la société La Ferté Energy Park »); « La Poste » alone does not", () => {
    expect(firms("Le projet porté par la société La Brenne Energy Park a été abandonné.")).toContain("La Brenne Energy Park");
    expect(firms("La Brenne Energy Park a été abandonnée.")).toEqual([]);
  });
  it("a sale's buyer (« céder ses centres de données à X ») and a plant's owner (« X, propriétaire de la centrale »)", () => {
    expect(firms("L'opérateur va céder ses centres de données d'Evere à Kelvora United, pour 150 millions d'euros.")).toContain("Kelvora United");
    expect(firms("Kelvora Énergie, propriétaire de la centrale, veut la convertir.")).toContain("Kelvora Énergie");
    expect(firms("Jean Morel, propriétaire du jardin, veut le vendre.")).toEqual([]);
  });
  it("a name closed by « Construction » (« Vinci Construction ») and an employer in apposition (« X, le grand employeur »)", () => {
    expect(firms("Pour les majors du BTP, Kelvo Construction a créé une équipe dédiée.")).toContain("Kelvo Construction");
    expect(firms("Des sous-traitants de Kelvora, le grand employeur du bassin, y travaillent.")).toContain("Kelvora");
    expect(firms("La loi Construction a été votée.")).toEqual([]);
  });
  it("initials after a name, subject with another (« Les Services industriels de Genève (SIG) et l'opérateur ont signé »)", () => {
    expect(firms("Les Services industriels de Lausanne (SIL) et l'opérateur ont signé un accord.")).toContain("Services industriels de Lausanne");
    expect(firms("Les Services industriels de Lausanne (Vaud) et l'opérateur ont signé un accord.")).not.toContain("Services industriels de Lausanne");
  });
});

describe("areas", () => {
  it("« sur le parc de X » is a business park; « le parc de Sceaux » is no area", () => {
    expect(places("Sur le parc de Courtabœuf, dans l'Essonne, le bâtiment est gris.")).toContain("parc de Courtabœuf/france");
    expect(places("Le parc de Sceaux, dans les Hauts-de-Seine, est fermé.").some((p) => p.startsWith("parc de"))).toBe(false);
  });
  it("a plain named by its town and a named plant; not « la centrale de Cordemais » nor « la plaine de l'Ain »", () => {
    expect(places("Sur la Plaine Saint-Denis, en Seine-Saint-Denis, la place manque.")).toContain("Plaine Saint-Denis/france");
    expect(places("Un projet sur le terrain de la centrale Émile-Huchet, à Saint-Avold.")).toContain("centrale Émile-Huchet/france");
    expect(places("Plaine Commune, à Saint-Denis, finance le réseau.").some((p) => p.startsWith("Plaine"))).toBe(false);
    expect(places("La centrale de Cordemais ferme. La plaine de l'Ain est vaste.").filter((p) => /centrale|plaine/i.test(p))).toEqual([]);
  });
});

describe("towns listed after « dont »", () => {
  it("« plusieurs communes voisines, dont Ménétrol » names a town; « plusieurs clients, dont Orange » does not", () => {
    expect(places("Près de Riom, plusieurs communes voisines, dont Ménétrol, ont connu des restrictions d'eau.")).toContain("Ménétrol/france");
    expect(places("Près de Riom, plusieurs clients, dont Ménétrol, ont connu des pannes.")).not.toContain("Ménétrol/france");
  });
});

describe("roles", () => {
  it("an announced building (« a annoncé mardi la construction d'un centre … à X ») is planned; a building finished is a site", () => {
    const role = (text: string) => recognise(text).countries.find((c) => c.slug === "france")?.role;
    expect(role("La start-up a annoncé mardi la construction d'un centre de données de 40 MW à Bruyères-le-Châtel, en France.")).toBe("planned");
    expect(role("La start-up a achevé la construction d'un centre de données de 40 MW à Bruyères-le-Châtel, en France.")).toBe("site");
  });
});

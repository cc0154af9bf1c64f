import { describe, expect, it } from "vitest";
import { firms, places } from "./entity-probes";

/*
 * Held-out-18's causes (issue #29 item 6, round 26), each with a made-up
 * sentence where the rule fires and a look-alike where it must not.
 */

describe("an « Office » that is an administration", () => {
  it("is no firm, by its full name or its initials (« l'Office national des forêts (ONF) », « l'Office de la formation … »)", () => {
    expect(firms("Le projet bénéficie d'un partenariat avec l'Office national des routes et des ponts (ONRP), qui assurera les accès.")).toEqual([]);
    expect(firms("Une formation sera lancée avec l'Office de la formation professionnelle et de l'emploi (OFPE) dès la rentrée.")).toEqual([]);
  });
  it("stays a firm when its name is a state firm's (« l'Office des postes et télécommunications (OPT) a posé »)", () => {
    expect(firms("L'Office des postes et télécommunications (OPT) a posé un nouveau câble.")).toContain("Office des postes et télécommunications");
  });
});

describe("« Grand » and a town", () => {
  it("is the town's intercommunality, a public body (« Le Grand Poitiers, propriétaire des terrains, a donné son accord »)", () => {
    expect(firms("Le Grand Poitiers, propriétaire des terrains, a donné son accord au projet de l'opérateur Telvara.")).toEqual(["Telvara"]);
  });
  it("stays a firm when « Grand » opens no town's name (« Grand Frais a signé »)", () => {
    expect(firms("Grand Frais a signé un bail pour un entrepôt frigorifique.")).toContain("Grand Frais");
  });
});

describe("a trade noun that is the subject of its own clause", () => {
  it("does not present the name after « que » (« Le gestionnaire de réseau assure que la Creuse dispose de marges »)", () => {
    expect(firms("Le gestionnaire de réseau assure que la Creuse dispose encore de marges.")).toEqual([]);
  });
  it("still presents the name after its complements (« le gestionnaire de réseau Vaxeo »)", () => {
    expect(firms("Le gestionnaire de réseau Vaxeo dispose encore de marges.")).toEqual(["Vaxeo"]);
  });
});

describe("« X a déposé un recours »", () => {
  it("is an opponent's act, no firm's deal (« Loire Vivante a déposé un recours gracieux »)", () => {
    expect(firms("Les associations restent sceptiques. Loire Vivante a déposé un recours gracieux contre le permis.")).toEqual([]);
  });
  it("leaves a filing that is a project's (« Telvara a déposé un permis de construire »)", () => {
    expect(firms("Telvara a déposé un permis de construire pour un centre de 20 MW.")).toEqual(["Telvara"]);
  });
});

describe("a cable's name", () => {
  it("is no firm, though its consortium bears it (« Le consortium Westloop … le câble sous-marin Westloop »)", () => {
    expect(firms("Le consortium Westloop, emmené par Orange, choisit Marseille. Le câble sous-marin Westloop reliera la France au Liban.")).toEqual(["Orange"]);
  });
  it("leaves a consortium the text never calls a cable (« le consortium Westgrid »)", () => {
    expect(firms("Le consortium Westgrid, emmené par Orange, choisit Marseille pour son centre de données.")).toEqual(["Orange", "Westgrid"]);
  });
});

describe("a plural trade noun opening a firm's name", () => {
  it("keeps its « de l' » complement (« le constructeur naval Chantiers de l'Atlantique »)", () => {
    expect(firms("L'opérateur a conclu un partenariat avec le constructeur naval Ateliers de l'Adour.")).toEqual(["Ateliers de l'Adour"]);
  });
  it("leaves a name that is no such noun (« le constructeur Vaxeo de Lyon » names Vaxeo)", () => {
    expect(firms("L'opérateur a conclu un partenariat avec le constructeur naval Vaxeo.")).toEqual(["Vaxeo"]);
  });
});

describe("a list of towns closing on « ou (encore) »", () => {
  it("makes its last town a place (« à Rennes, Limoges ou encore Pau »)", () => {
    expect(places("Il exploite des sites à Rennes, Limoges ou encore Dax.")).toContain("Dax/france");
  });
  it("needs a place word opening the list (« Rennes ou encore Dax » after a firm's list is no locative)", () => {
    expect(places("Ses clients, Sorbel ou encore Dax, ont signé.")).not.toContain("Dax/france");
  });
});

describe("the head of a pair of towns", () => {
  it("is a town as the second is (« Après Bazancourt et Pomacle, c'est au tour de Reims »)", () => {
    expect(places("Après Lagor et Mourenx, c'est au tour de Pau.")).toContain("Lagor/france");
  });
  it("is not when « et » joins it to anything but a name (« Lagor et ses environs »)", () => {
    expect(places("Après Lagor et ses environs, c'est au tour de Pau.")).not.toContain("Lagor/france");
  });
});

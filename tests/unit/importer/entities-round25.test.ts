import { describe, expect, it } from "vitest";
import { firms, places } from "./entity-probes";

/*
 * Held-out-17's causes (issue #29 item 6, round 25), each with a made-up
 * sentence where the rule fires and a look-alike where it must not.
 */

describe("a sentence's opening word before its comma", () => {
  it("is no firm when the clause it opens names the firm after its trade (« Enfin, le fournisseur … Cirrus Nord »)", () => {
    expect(firms("Enfin, le fournisseur de services infonuagiques Borvik Nuage, de Sherbrooke, obtient 20 MW.")).toEqual(["Borvik Nuage"]);
    expect(firms("Ensuite, l'opérateur Telvara Nord obtient 20 MW.")).toEqual(["Telvara Nord"]);
  });
  it("stays a firm when the apposition names none (« Hexavia, le fournisseur de services, ouvre »)", () => {
    expect(firms("Hexavia, le fournisseur de services, ouvre un site de 10 MW.")).toContain("Hexavia");
  });
});

describe("a small town's homonym abroad, when the text names no country", () => {
  it("is not taken when another town of the text stands in one French-speaking country only (« zone des Coteaux, à La Couronne »)", () => {
    expect(places("Le projet de la zone des Coteaux, à La Couronne, au sud d'Angoulême, est suspendu.")).not.toContain("Les Coteaux/canada");
  });
  it("is still taken when nothing else places the text (« près de Les Coteaux », Québec, beside Sherbrooke)", () => {
    expect(places("Un centre ouvrira à Sherbrooke et près de Les Coteaux.")).toContain("Les Coteaux/canada");
  });
});

describe("« la zone des X »", () => {
  it("is an area of the nearest town (« la zone des Coteaux, à La Couronne »)", () => {
    expect(places("Le centre sera construit dans la zone des Vergnes, à Angoulême.")).toContain("zone des Vergnes/france");
  });
  it("needs a capitalised name after « des » (« la zone des risques, à Angoulême » is no place)", () => {
    expect(places("Le centre sera construit dans la zone des risques, à Angoulême.")).toEqual(["Angoulême/france"]);
  });
});

describe("« commune » after a firm's noun", () => {
  it("is the adjective of a joint venture, not a municipality (« la société commune d'Orange et de Capgemini »)", () => {
    expect(places("Bleu, la société commune d'Orange et de Capgemini, ouvrira une région.")).toEqual([]);
  });
  it("stays a municipality after its article (« sur la commune d'Orange, dans le Vaucluse »)", () => {
    expect(places("Le centre sera construit sur la commune d'Orange, dans le Vaucluse.")).toContain("Orange/france");
  });
});

describe("a name coordinated to a registry firm before it", () => {
  it("is a firm too (« Gridelis et RTE doivent renforcer les postes »)", () => {
    expect(firms("Le raccordement est tendu : Gridelis et RTE doivent renforcer plusieurs postes sources.")).toContain("Gridelis");
  });
  it("not a place coordinated so (« Le maire de Paris et Orange »)", () => {
    expect(firms("Le maire de Paris et Orange ont signé une convention.")).toEqual(["Orange"]);
  });
});

describe("a trade noun opening on an accented letter", () => {
  it("presents the name after it (« l'énergéticien suisse Axpo », « l'éditeur X »): \\b never bounds « é »", () => {
    expect(firms("Le consortium associe l'énergéticien suisse Volvanta.")).toContain("Volvanta");
    expect(firms("L'éditeur Mirakova ouvre un bureau à Lyon.")).toContain("Mirakova");
  });
  it("not inside a longer word (« le coopérateur Marcel », whose « opérateur » is no trade)", () => {
    expect(firms("Le coopérateur Marcel a appelé la mairie.")).toEqual([]);
  });
});

describe("a name the text presents as an association", () => {
  it("is no firm, though « président de X » elsewhere reads as one (« l'association Charente Nature »)", () => {
    expect(firms("Saisi par l'association Vallée Verte, le tribunal a suspendu le permis. « C'est une victoire », estime Paul Roux, président de Vallée Verte.")).toEqual([]);
  });
  it("a name never presented so stays what its cue reads (« président de Vallée Verte » alone)", () => {
    expect(firms("« C'est une victoire », estime Paul Roux, président de Vallée Verte.")).toContain("Vallée Verte");
  });
});

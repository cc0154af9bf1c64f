import { describe, expect, it } from "vitest";
import { places, recognise } from "./entity-probes";

const kindOf = (text: string, name: string) => recognise(text).places.find((p) => p.name === name)?.kind;

describe("round 47: a one-word division after its own article", () => {
  it("« La Marne attire… », « les entreprises du Calvados », « de l'Ain » name the département", () => {
    expect(places("Le projet est porté par la société Datacorp. La Marne attire désormais les opérateurs.")).toContain("Marne/france");
    expect(places("Datacorp héberge les données des entreprises du Calvados depuis son site.")).toContain("Calvados/france");
    expect(places("Datacorp sert une centaine de communes de l'Ain.")).toContain("Ain/france");
  });
  it("near miss: water or the sea near the name is the river or the sea, not the division", () => {
    expect(places("L'eau de la Loire refroidira les serveurs de Datacorp.")).toEqual([]);
    expect(places("Le câble de Datacorp, posé au large de la Manche, arrivera l'an prochain.")).toEqual([]);
    expect(places("Datacorp cherche un terrain dans la plaine du Var.")).not.toContain("Var/france");
  });
  it("near miss: a body named after the river (« la Compagnie nationale du Rhône ») names no département", () => {
    expect(places("Datacorp a signé avec la Compagnie nationale du Rhône un contrat d'électricité.")).toEqual([]);
  });
  it("near miss: a division abroad known only by its article counts in a country the text names, not a neighbour", () => {
    expect(places("Au Mali, Datacorp voit une porte d'entrée vers le Sahel.")).toEqual([]);
  });
});

describe("round 47: « la Région X », a council named after its region", () => {
  it("« la Région Normandie », « la Région Grand Est » name the region", () => {
    expect(places("Le projet de Datacorp est soutenu par la Région Normandie.")).toContain("Normandie/france");
    expect(places("Le projet de Datacorp est soutenu par la Région Grand Est.")).toContain("Grand Est/france");
  });
  it("near miss: « La Région Normandie, … » opening a sentence is the council acting, not listed", () => {
    expect(places("La Région Normandie, propriétaire du terrain, a signé avec Datacorp.")).toEqual([]);
  });
  it("near miss: « Région » opening a firm's name names no region", () => {
    expect(places("Datacorp a signé avec Région Services, une agence de conseil.")).toEqual([]);
  });
});

describe("round 47: « de la » inside a place's name", () => {
  it("« Pays de la Loire » is the region, not the Loire", () => {
    expect(places("Datacorp rachète un site en Pays de la Loire.")).toEqual(["Pays-de-la-Loire/france"]);
    expect(places("Le projet de Datacorp est soutenu par la Région Pays de la Loire.")).toEqual(["Pays-de-la-Loire/france"]);
  });
  it("near miss: « de la » after a word in lower case joins nothing: « une commune de la Loire » is the département", () => {
    expect(places("Datacorp construit son centre dans une commune de la Loire.")).toEqual(["Loire/france"]);
  });
});

describe("round 47: a département named like a small town, after its article", () => {
  it("« le préfet de l'Indre », « de la Mayenne » name the département, not the town", () => {
    expect(kindOf("Le préfet de l'Indre a signé le permis de Datacorp.", "Indre")).toBe("département");
    expect(kindOf("Datacorp sert les industriels de la Mayenne.", "Mayenne")).toBe("département");
  });
  it("near miss: « à Mayenne », without an article, is the town", () => {
    expect(kindOf("Datacorp ouvre un site à Mayenne, près de Laval.", "Mayenne")).toBe("ville");
  });
});

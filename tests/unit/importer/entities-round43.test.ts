import { describe, expect, it } from "vitest";
import { places } from "./entity-probes";

describe("round 43: the State's seat over its ground names a place", () => {
  it("takes the town of an administrative court (« le tribunal administratif de Melun »)", () => {
    expect(places("Le tribunal administratif de Melun a suspendu jeudi le permis de construire accordé à Wissous.")).toContain("Melun/france");
  });
  it("takes the département of a prefecture (« la préfecture du Haut-Rhin »), one named like a direction too (« du Nord »)", () => {
    expect(places("La préfecture du Haut-Rhin a autorisé l'entrepôt de Kembs.")).toContain("Haut-Rhin/france");
    expect(places("Le groupe construit un campus à Lille. La préfecture du Nord assure que le forage est encadré.")).toContain("Nord/france");
  });
  it("near miss: an appeal court's seat, which judges several départements, is no place of the story", () => {
    expect(places("La cour administrative d'appel de Nancy a confirmé le jugement rendu l'an dernier.")).toEqual([]);
  });
  it("near miss: a university or a chamber of commerce named after its town stays the body's name", () => {
    expect(places("L'université de Melun et la chambre de commerce de Melun ont signé une convention.")).toEqual([]);
  });
  it("near miss: the north as a direction is no département (« au nord de la préfecture, dans la zone Nord »)", () => {
    expect(places("Le campus de Bouchain est au nord de la préfecture, dans la zone Nord.")).not.toContain("Nord/france");
  });
});

describe("round 43, the integrator's conventions: a place outside which something stands is a place of the story", () => {
  it("takes the region after « hors de » and the town after « en dehors de » (382, 441, 455, 362 count them; 61 now too)", () => {
    expect(places("Le groupe ouvre à Orléans son premier site hors de l'Île-de-France.")).toContain("Île-de-France/france");
    expect(places("Les régions SecNumCloud poussent en dehors de Paris, à Lille et à Rennes.")).toContain("Paris/france");
  });
  it("near miss: « hors de portée », « loin de là » name nothing", () => {
    expect(places("Le raccordement reste hors de portée, loin de là, pour l'hébergeur.")).toEqual([]);
  });
});

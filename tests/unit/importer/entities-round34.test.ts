import { describe, expect, it } from "vitest";
import { places } from "./entity-probes";

describe("round 34: a département inside a sentence", () => {
  it("reads « dans le X » and « du sud de l'X » as the division", () => {
    expect(places("La jeune pousse peine à recruter dans le Finistère depuis deux ans.")).toContain("Finistère/france");
    expect(places("Les cliniques du sud de l'Aveyron y logeront leurs dossiers.")).toContain("Aveyron/france");
  });
  it("leaves a river among water words and the sea among cables", () => {
    expect(places("Les rejets d'eau tiède dans la Loire inquiètent les pêcheurs.")).not.toContain("Loire/france");
    expect(places("Le câble sous-marin sera déroulé dans la Manche cet été.")).not.toContain("Manche/france");
    // The water word may come after the name, in the same sentence.
    expect(places("Les habitants redoutent un chantier dans la Charente quand elle sera à l'étiage.")).not.toContain("Charente/france");
  });
});

describe("round 34: Québec's administrative regions", () => {
  it("reads a region after « en » as a Canadian place", () => {
    expect(places("Le promoteur a étudié un terrain à Sainte-Julie, en Montérégie, puis en Estrie.")).toEqual(
      expect.arrayContaining(["Montérégie/canada", "Estrie/canada"]),
    );
  });
  it("does not take the region's lower-case word for it", () => {
    expect(places("La capitale nationale accueille le sommet du numérique.")).toEqual([]);
  });
});

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
  });
});

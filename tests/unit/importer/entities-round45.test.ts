import { describe, expect, it } from "vitest";
import { places } from "./entity-probes";

describe("round 45: a département named by its member of parliament", () => {
  it("the member of parliament elected there names his département (« le sénateur de la Moselle »)", () => {
    expect(places("Le projet de loi a été amendé au Sénat, a rappelé Paul Martin, sénateur de la Moselle, qui cite un projet abandonné.")).toContain("Moselle/france");
    expect(places("La députée de la Sarthe a interrogé le ministre sur les centres de données.")).toContain("Sarthe/france");
  });
  it("near miss: the river by the same name, with no seat or people before it (« les crues de la Moselle »)", () => {
    expect(places("Le projet de loi a été amendé au Sénat ; les crues de la Moselle inquiètent les riverains.")).not.toContain("Moselle/france");
  });
});

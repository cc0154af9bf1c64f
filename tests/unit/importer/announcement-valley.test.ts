import { describe, expect, it } from "vitest";
import { chileRegistry, proposedFields, withEntries } from "./announcement-rows";

/* The integrator, after round 42's valleys (ADR 013 round 39): a valley is a place around towns, as a region is. Made-up sentences. */
const registry = withEntries(chileRegistry, { places: { "valle-del-elqui": { name: "vallée de l'Elqui", country: "chili", kind: "vallée" }, vicuna: { name: "Vicuña", country: "chili", kind: "ville" } } } as never);

describe("a valley around the town a facility stands in", () => {
  it("« à X, au cœur de la vallée de Y »: one reading, in the town", () => {
    const read = proposedFields(registry, "C'est à Vicuña, au cœur de la vallée de l'Elqui, que l'hébergeur Borealnet a inauguré jeudi un centre de données de 8 mégawatts.");
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({ kind: "datacenter", place: "vicuna", country: "chili" });
  });
  it("near miss: a valley alone is where the facility stands", () => {
    const read = proposedFields(registry, "L'hébergeur Borealnet a inauguré jeudi un centre de données de 8 mégawatts dans la vallée de l'Elqui.");
    expect(read[0]).toMatchObject({ kind: "datacenter", place: "valle-del-elqui" });
  });
});

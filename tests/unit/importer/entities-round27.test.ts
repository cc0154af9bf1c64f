import { describe, expect, it } from "vitest";
import { places as placesOf } from "./entity-probes";

const places = (text: string) => placesOf(text).map((p) => p.split("/")[0]);

/*
 * Round 27 (the causes every ordinary-news blind set still misses), each with a
 * made-up sentence where the rule fires and a look-alike where it must not.
 */

describe("a water body the site draws its water from", () => {
  it("is a place of the story (« l'eau du canal X », « prélevée dans l'étang de Y »)", () => {
    expect(places("À Châtelet, le centre de données est refroidi par l'eau du canal Sambre-Escaut, prélevée puis rejetée.")).toContain("canal Sambre-Escaut");
    expect(places("À Lamballe, l'exploitant prévoit jusqu'à 300 mètres cubes par jour, prélevés dans l'étang de Quelneuc.")).toContain("étang de Quelneuc");
  });
  it("does not make the name in it a town (« prélevés dans le canal de Lamballe » names no Lamballe)", () => {
    expect(places("L'eau sera prélevée dans le canal de Lamballe, selon l'exploitant.")).not.toContain("Lamballe");
  });
  it("is no place when it is only a landmark (« près du canal de Quelneuc », « le long du canal X »)", () => {
    const found = places("À Châtelet, le centre de données s'élève près du canal de Quelneuc, le long du canal Sambre-Escaut.");
    expect(found).not.toContain("canal de Quelneuc");
    expect(found).not.toContain("canal Sambre-Escaut");
  });
});

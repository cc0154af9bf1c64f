import { describe, expect, it } from "vitest";
import { apposedCity } from "@/lib/importer/entities/city-districts";
import { findAreas } from "@/lib/importer/entities/areas";
import { firms, places } from "./entity-probes";

describe("round 41: a locality set by a town in apposition", () => {
  it("places a name after « à » that the text sets « dans la périphérie nord de » a smaller town", () => {
    expect(places("La société a lancé les travaux d'un centre de données à Keravel, dans la périphérie nord de Quimper.")).toContain("Keravel/france");
  });
  it("reads past an apposed commune as unknown as the name to the large city after it", () => {
    const found = places("La première pierre a été posée à Tikirou, dans la commune de Vatonga, au sud de Bamako.");
    expect(found).toContain("Tikirou/mali");
    expect(found).toContain("Vatonga/mali");
  });
  it("near miss: a bare apposed small town (« à Keravel, Quimper et Brest ») sets no locality", () => {
    expect(places("Le groupe est présent à Keravel, Quimper et Brest.").some((p) => p.startsWith("Keravel"))).toBe(false);
  });
  it("near miss: an apposition naming no town the gazetteer knows gives none", () => {
    expect(apposedCity(", dans la commune de Vatonga, selon Tikirou", () => false, () => false)).toBeUndefined();
  });
});

describe("round 41: two nouns of one innovation district", () => {
  it("reads « la cité de l'innovation et du savoir X » as an area named X", () => {
    expect(findAreas("Le centre sera bâti près de la cité de l'innovation et du savoir Kpanou City, à Ouidah.").areas.map((a) => a.proper)).toEqual(["Kpanou City"]);
  });
  it("near miss: « la cité du savoir et des arts X » is no such pair", () => {
    expect(findAreas("Il visite la cité du savoir et des arts Kpanou City.").areas).toEqual([]);
  });
});

describe("round 41: who runs the grid a site draws on is a firm", () => {
  it("reads « un poste électrique d'X » and « au réseau de la Y » as firms", () => {
    expect(firms("Le terrain est à un kilomètre d'un poste électrique d'Elvorix, qui a donné son accord.")).toContain("Elvorix");
    expect(firms("Le site dispose d'un raccordement double au réseau de la Tarvane.")).toContain("Tarvane");
  });
  it("near miss: « le réseau de la Métropole » is a council's, « le réseau routier d'Elvorix » no grid", () => {
    expect(firms("Le site sera relié au réseau de la Métropole.")).not.toContain("Métropole");
    expect(firms("Le site est proche du réseau routier d'Elvorix.")).not.toContain("Elvorix");
  });
});

import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegistry } from "@/lib/content/load-registry";
import { loadGazetteer } from "@/lib/importer/entities/gazetteer";
import { findPlaces } from "@/lib/importer/entities/places";

const registry = loadRegistry(path.join(process.cwd(), "content"));
const gazetteer = loadGazetteer();
const placesOf = (text: string, countries: string[] = []) =>
  findPlaces(text, registry, gazetteer, () => false, countries).places.map((p) => `${p.name}/${p.country}/${p.kind}`);

describe("French names of foreign towns and divisions", () => {
  it("finds a foreign division by its French name at the package's point, its own name kept as an alias", () => {
    const sicily = gazetteer.lookup("Sicile");
    expect(sicily).toMatchObject({ countryCode: "IT", kind: "région", aliases: expect.arrayContaining(["Sicily"]) });
    expect(Math.abs(sicily!.lat - 37.6)).toBeLessThan(0.5);
    expect(placesOf("Le câble atterrira à Palerme, en Sicile, puis en Cornouailles.", ["IT", "GB"])).toEqual([
      "Palerme/italie/ville",
      "Sicile/italie/région",
      "Cornouailles/royaume-uni/région",
    ]);
    expect(placesOf("Le centre ouvrira à Fribourg-en-Brisgau, dans le Bade-Wurtemberg.", ["DE"])).toEqual([
      "Fribourg-en-Brisgau/allemagne/ville",
      "Bade-Wurtemberg/allemagne/région",
    ]);
  });

  it("takes no exonym that is a person's first name before a surname, nor a division's package name as French", () => {
    expect(placesOf("Florence Dupuis, directrice du site, l'a confirmé à Lyon.", ["FR"])).toEqual(["Lyon/france/ville"]);
    expect(gazetteer.isCurated("Sicily")).toBe(false);
  });
});

describe("a division after its kind and « de » (« l'État du Maharashtra »)", () => {
  it("finds the division the run of capitals names after its kind", () => {
    expect(placesOf("Le campus est à Navi Mumbai, dans l'État du Maharashtra, en Inde.", ["IN"])).toContain("Maharashtra/inde/état");
  });

  it("takes no division from a name whose kind is not a division's (« la Banque du Maharashtra »)", () => {
    expect(placesOf("La Banque du Maharashtra finance le campus de Navi Mumbai, en Inde.", ["IN"])).not.toContain("Maharashtra/inde/état");
  });
});

describe("a district, then « au centre de » its large city", () => {
  it("places the district at its city's point", () => {
    expect(placesOf("Orange Guinée va construire à Kaloum, au centre de Conakry, un centre de données.", ["GN"])).toContain("Kaloum/guinee/quartier");
  });

  it("makes no district of a name the words before it do not place (« Orange Guinée, au centre de Conakry »)", () => {
    expect(placesOf("Le projet de Tiboulé, au centre de Conakry, est suspendu.", ["GN"]).some((p) => p.startsWith("Tiboulé"))).toBe(false);
  });
});

import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegistry } from "@/lib/content/load-registry";
import { loadGazetteer } from "@/lib/importer/entities/gazetteer";
import { findPlaces } from "@/lib/importer/entities/places";

const registry = loadRegistry(path.join(process.cwd(), "content"));
const gazetteer = loadGazetteer();
const placesOf = (text: string, countries: string[] = []) =>
  findPlaces(text, registry, gazetteer, () => false, countries).places.map((p) => `${p.name}/${p.country}`);

describe("the article's countries decide where a town is", () => {
  it("reads a Polynesian name's apostrophe as GeoNames' spelling without it, only where a letter follows", () => {
    expect(gazetteer.lookup("Faa'a")).toMatchObject({ name: "Faaa", countryCode: "PF" });
    expect(gazetteer.lookup("Faa a")).toBeUndefined();
  });

  it("takes a real town after « à » anywhere when the text names no country, never a hamlet", () => {
    expect(placesOf("Un second centre de données ouvrira à Papeete en 2027.")).toEqual(["Papeete/polynesie-francaise"]);
    // A look-alike naming a country: the town is looked for there (and its neighbours, France), not anywhere.
    expect(placesOf("Un second centre de données ouvrira à Papeete, en Espagne.", ["ES"])).toEqual([]);
  });

  it("takes no small French homonym in a story set in another French-speaking country, but does in a story naming only a foreign one", () => {
    expect(placesOf("Le parc éolien est situé près de Saint-Jean. Le siège est à Halifax.", ["CA"])).toEqual(["Halifax/canada"]);
    expect(placesOf("Le câble venu des États-Unis atterrira à Saint-Hilaire-de-Riez.", ["US"])).toEqual(["Saint-Hilaire-de-Riez/france"]);
  });

  it("takes a dispatch's dateline town in capitals as a place, not a capitalised word opening a paragraph", () => {
    expect(placesOf("FREDERICTON (GNB) – Le gouvernement accordera un prêt.", ["CA"])).toEqual(["Fredericton/canada"]);
    expect(placesOf("FREDERICTON est une ville calme.", ["CA"])).toEqual([]);
  });

  it("names the city of « le Grand X », a large one only", () => {
    expect(placesOf("Le projet créera 60 emplois dans le Grand Moncton.", ["CA"])).toEqual(["Moncton/canada"]);
    expect(placesOf("Le projet créera 60 emplois dans le Grand Truro.", ["CA"])).toEqual([]);
  });

  it("reads a one-word division after « l'île de » or a « départemental » body's « de la », not after another noun", () => {
    expect(placesOf("Le réseau s'étendra à Mutsamudu, sur l'île d'Anjouan.", ["KM"])).toContain("Anjouan/comores");
    expect(placesOf("Le réseau appartient au fonds d'Anjouan.", ["KM"])).not.toContain("Anjouan/comores");
    expect(placesOf("Elle rejoint le syndicat départemental d'électricité de la Moselle.", ["FR"])).toEqual(["Moselle/france"]);
    expect(placesOf("Elle rejoint le syndicat des pêcheurs de la Moselle.", ["FR"])).toEqual([]);
  });
});

import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegistry } from "@/lib/content/load-registry";
import { divisionContext } from "@/lib/importer/entities/divisions";
import { loadGazetteer } from "@/lib/importer/entities/gazetteer";
import { findAreas } from "@/lib/importer/entities/areas";
import { findPlaces } from "@/lib/importer/entities/places";

const registry = loadRegistry(path.join(process.cwd(), "content"));
const gazetteer = loadGazetteer();
const placesOf = (text: string) => findPlaces(text, registry, gazetteer, () => false).places.map((p) => `${p.name}/${p.country}/${p.kind}/${p.role}`);

describe("administrative divisions and small communes", () => {
  it("finds a French département and region from the package, not a town of that name", () => {
    expect(gazetteer.divisions?.("Seine-Maritime")[0]).toMatchObject({ countryCode: "FR", kind: "département" });
    expect(gazetteer.divisions?.("Nouvelle-Aquitaine")[0]).toMatchObject({ countryCode: "FR", kind: "région" });
    // Paris and Genève are divisions too, but the towns keep their names.
    expect(gazetteer.divisions?.("Paris")).toEqual([]);
  });

  it("takes a one-word division only where the words say a division is meant, never a river", () => {
    expect(divisionContext("Allier", "né à Vichy (", ")")).toBe(true);
    expect(divisionContext("Ain", "le département de l'", " a")).toBe(true);
    expect(divisionContext("Rhône", "ne sera pas prélevée dans le ", " :")).toBe(false);
    const places = placesOf("L'eau ne sera pas prélevée dans le Rhône. Le campus sera construit en Seine-Maritime.");
    expect(places.some((p) => p.startsWith("Rhône"))).toBe(false);
    expect(places).toContain("Seine-Maritime/france/département/planned");
  });

  it("places a commune the GeoNames towns lack at its arrondissement's seat, to review", () => {
    const [commune] = gazetteer.communes?.("Gonfreville-l'Orcher") ?? [];
    expect(commune).toMatchObject({ countryCode: "FR", kind: "commune", review: true });
    expect(Math.abs(commune.lat - 49.49)).toBeLessThan(0.3);
    const places = placesOf("Digital Realty obtient 350 MW à Gonfreville-l'Orcher, en Normandie.");
    expect(places[0]).toBe("Gonfreville-l'Orcher/france/commune/mentioned");
  });

  it("takes no commune named like a month (« en Avril 2025 »)", () => {
    expect(placesOf("Le chantier démarrera en Avril 2025 à Saint-Vulbas.").map((p) => p.split("/")[0])).toEqual(["Saint-Vulbas"]);
  });

  it("makes a département no site when the sentence names its town", () => {
    const places = placesOf("Le campus sera construit à Port-Jérôme-sur-Seine, en Seine-Maritime.");
    expect(places).toContain("Port-Jérôme-sur-Seine/france/commune/planned");
    expect(places).toContain("Seine-Maritime/france/département/mentioned");
  });
});

describe("districts, plural town names and parks", () => {
  it("a name the gazetteer lacks, then its large city in apposition, is a district at the city's point", () => {
    expect(placesOf("Telma a inauguré jeudi à Andraharo, Antananarivo, son nouveau centre.").map((p) => p.split("/").slice(0, 3).join("/"))).toEqual(["Andraharo/madagascar/quartier", "Antananarivo/madagascar/ville"]);
    expect(placesOf("NTT DATA (siège social : Koto-ku, Tokyo) construit un campus.")[0]).toMatch(/^Koto-ku\/japon\/quartier\//);
  });

  it("« vers les Gonaïves »: a plural article before a plural name is the town's own", () => {
    expect(placesOf("Des liaisons vers les Gonaïves doivent suivre, a dit le ministre à Port-au-Prince.")[0]).toMatch(/^Gonaïves\/haiti\/ville\//);
  });

  it("capitalised parks and an « Aéropole » are areas, with their whole name", () => {
    expect(findAreas("Le campus sera sur le Parc industriel de la Plaine de l'Ain, à Saint-Vulbas.").areas[0].name).toBe("Parc industriel de la Plaine de l'Ain");
    expect(findAreas("Un data center sur l'Aéropole de Gosselies.").areas[0].name).toBe("Aéropole de Gosselies");
  });
});

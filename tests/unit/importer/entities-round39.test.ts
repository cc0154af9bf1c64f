import { describe, expect, it } from "vitest";
import { recognise } from "./entity-probes";

const placed = (text: string) => recognise(text).places.map((p) => ({ name: p.name, kind: p.kind, country: p.country, lat: p.lat ?? 0, lon: p.lon ?? 0 }));
const near = (p: { lat: number; lon: number }, lat: number, lon: number) => Math.abs(p.lat - lat) < 0.2 && Math.abs(p.lon - lon) < 0.2;

describe("round 39: a district named with its arrondissement belongs to the article's city", () => {
  it("places « X, dans le 7e arrondissement » at the city the text is about (Lyon), never at a town of its name elsewhere", () => {
    const found = placed("À Lyon, la ville cherche des terrains. Un hébergeur veut bâtir une salle sur une friche de Saint-Louis, dans le 7e arrondissement.");
    const district = found.find((p) => p.name === "Saint-Louis");
    expect(district?.kind).toBe("quartier");
    expect(near(district!, 45.75, 4.85)).toBe(true);
  });
  it("takes the city the arrondissement names, and a district starting with its city's name", () => {
    const found = placed("Le groupe rénove son site de Saint-Louis, dans le 7e arrondissement de Lyon. Il garde aussi Paris Bercy, dans le 12e arrondissement.");
    expect(near(found.find((p) => p.name === "Saint-Louis")!, 45.75, 4.85)).toBe(true);
    expect(near(found.find((p) => p.name === "Paris Bercy")!, 48.85, 2.35)).toBe(true);
  });
  it("places quarters in the plural and a housing estate in the city", () => {
    const found = placed("L'opérateur exploite deux salles à Dakar, dans les quartiers de Mermoz et de Ouakam, et une autre dans la cité Keur Gorgui.");
    for (const name of ["Mermoz", "Ouakam", "Keur Gorgui"]) expect(near(found.find((p) => p.name === name)!, 14.69, -17.44)).toBe(true);
  });
  it("near miss: a town set in its department, or a city with an arrondissement, stays a town", () => {
    const found = placed("Un hébergeur veut bâtir une salle à Saint-Louis, dans le Haut-Rhin.");
    expect(found.find((p) => p.name === "Saint-Louis")).toMatchObject({ kind: "ville", country: "france" });
    expect(placed("Le siège est à Lyon (7e arrondissement).").find((p) => p.name === "Lyon")?.kind).toBe("ville");
    const both = placed("Après Paris, le groupe ouvre une salle à Lyon, dans le 7e arrondissement.");
    expect(near(both.find((p) => p.name === "Lyon")!, 45.75, 4.85)).toBe(true);
  });
  it("near miss: a district with no city in the text is no place rather than a homonym", () => {
    expect(placed("Un hébergeur veut bâtir une salle sur une friche de Sainte-Marthe, dans le 14e arrondissement.").some((p) => p.name === "Sainte-Marthe")).toBe(false);
  });
});

describe("round 39: « le quartier de X » is never a town of its name far from the article's city", () => {
  it("keeps the quarter at its city's point and drops a homonym town of another department", () => {
    const found = placed("À Lyon, l'hébergeur ouvre une salle dans le quartier de Saint-Louis.");
    expect(found.find((p) => p.name === "quartier de Saint-Louis")).toMatchObject({ kind: "quartier" });
    expect(near(found.find((p) => p.name === "quartier de Saint-Louis")!, 45.75, 4.85)).toBe(true);
    expect(found.some((p) => p.name === "Saint-Louis" && p.kind === "ville")).toBe(false);
  });
  it("near miss: a quarter named after a town close to one of the article's towns, though not the first, still names it", () => {
    const found = placed("À Toulouse, le groupe a un bureau. À Marseille, l'hébergeur ouvre une salle dans le quartier d'Arenc.");
    expect(found.some((p) => p.name === "Arenc")).toBe(true);
  });
  it("near miss: a quarter named after a town close by still names that town", () => {
    const found = placed("À Marseille, l'hébergeur ouvre une salle dans le quartier d'Arenc.");
    expect(found.some((p) => p.name === "Arenc")).toBe(true);
  });
});

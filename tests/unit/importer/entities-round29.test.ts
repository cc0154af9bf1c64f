import { describe, expect, it } from "vitest";
import { firms, places } from "./entity-probes";

describe("one-word divisions coordinated with another division", () => {
  it("reads « le Var et l'Hérault » as two départements", () => {
    const found = places("Dans les Alpes-Maritimes, le Var et l'Hérault, les élus veulent encadrer les centres de données.");
    expect(found).toEqual(expect.arrayContaining(["Var/france", "Hérault/france"]));
  });

  it("reads no division among words of water", () => {
    const found = places("Le campus prélèvera l'eau du Var et de l'Hérault pour refroidir ses serveurs.");
    expect(found).not.toContain("Var/france");
    expect(found).not.toContain("Hérault/france");
  });
});

describe("the prefect names his département", () => {
  it("reads « le préfet de l'Aisne »", () => {
    expect(places("Le préfet de l'Aisne a signé l'arrêté d'autorisation du centre de données.")).toContain("Aisne/france");
  });

  it("reads no département after another officer", () => {
    expect(places("Le directeur de l'Aisne Numérique a signé la convention.")).not.toContain("Aisne/france");
  });
});

describe("a class of firms after a plural article is no firm's name", () => {
  it("reads no firm in « la société cible les PME »", () => {
    expect(firms("La société cible les PME et les collectivités de la région.")).toEqual([]);
  });

  it("still reads the name after a trade noun and a verb", () => {
    expect(firms("L'hébergeur vosgien Vosgelis Data a ouvert une salle.")).toContain("Vosgelis Data");
  });
});

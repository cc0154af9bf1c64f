import { describe, expect, it } from "vitest";
import { places } from "./entity-probes";

describe("round 45: a département named by its member of parliament or by its own people and firms", () => {
  it("the member of parliament elected there names his département (« le sénateur de la Moselle »)", () => {
    expect(places("Le projet de loi a été amendé au Sénat, a rappelé Paul Martin, sénateur de la Moselle, qui cite un projet abandonné.")).toContain("Moselle/france");
    expect(places("La députée de la Sarthe a interrogé le ministre sur les centres de données.")).toContain("Sarthe/france");
  });
  it("near miss: the river by the same name, with no seat or people before it (« les crues de la Moselle »)", () => {
    expect(places("Le projet de loi a été amendé au Sénat ; les crues de la Moselle inquiètent les riverains.")).not.toContain("Moselle/france");
  });
  it("the firms, bodies or people of a département (« les entreprises du Calvados », « 800 habitants de l'Ain »)", () => {
    expect(places("L'hébergeur de Caen sert déjà les entreprises du Calvados dans un bâtiment loué.")).toContain("Calvados/france");
    expect(places("Une secrétaire de mairie d'une commune de 800 habitants de l'Ain témoigne.")).toContain("Ain/france");
  });
  it("near miss: a département's name after a noun that is no local actor stays unread (« le débit de la Loire »)", () => {
    expect(places("L'hébergeur de Nantes suit de près le débit de la Loire cet été.")).not.toContain("Loire/france");
  });
});

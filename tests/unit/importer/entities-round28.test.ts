import { describe, expect, it } from "vitest";
import { roleFromContext } from "@/lib/importer/entities/roles";
import { notAPlace } from "@/lib/importer/entities/place-context";
import { firms, places } from "./entity-probes";

describe("a country set beside the story as a comparison is only mentioned", () => {
  it("reads « elle aussi », « déjà utilisée … en », « au moment où », « face à »", () => {
    expect(roleFromContext("", " voisine accueille elle aussi plusieurs centres de données.")).toBe("mentioned");
    expect(roleFromContext("Un refroidissement déjà utilisé par des centres de données en ", " ou en Norvège.")).toBe("mentioned");
    expect(roleFromContext("La Bretagne attire les opérateurs au moment où les ", " freinent les nouvelles implantations.")).toBe("mentioned");
    expect(roleFromContext("La région veut rester attractive face à ", " pour les centres de données.")).toBe("mentioned");
    expect(roleFromContext("Le groupe ouvre des centres de données au moment où la Suède et l'", " freinent les implantations.")).toBe("mentioned");
  });

  it("keeps the site when the comparison words are not in the name's clause", () => {
    expect(roleFromContext("Le groupe ouvre un centre de données en ", " et construit aussi un campus.")).toBe("site");
    expect(roleFromContext("Face à la demande, le groupe ouvre un centre de données en ", ".")).toBe("site");
    expect(roleFromContext("Une technique déjà utilisée ailleurs, mais le groupe ouvre un centre de données en ", ".")).toBe("site");
  });
});

describe("an agreement's territory is a market", () => {
  it("reads « l'accord couvre la X, la Y et la Z »", () => {
    expect(roleFromContext("Le contrat de distribution couvre la ", ", la Norvège et le Danemark.")).toBe("market");
  });

  it("leaves other things that cover a country", () => {
    expect(roleFromContext("Le réseau de fibre du groupe couvre désormais la ", ".")).toBe("mentioned");
  });
});

describe("a cable that must reach a country is planned", () => {
  it("reads « doit relier »", () => {
    expect(roleFromContext("Le câble doit relier la Bretagne à la côte est des ", " d'ici 2027.")).toBe("planned");
  });

  it("keeps a cable that already links as a site", () => {
    expect(roleFromContext("Le câble relie la Bretagne à la côte est des ", ".")).toBe("site");
  });
});

describe("a word and a continent's adjective name a body, not a town", () => {
  it("drops « Union » of « l'Union européenne »", () => {
    expect(notAPlace("Les données restent dans l'", "Union", " européenne, selon le contrat.")).toBe(true);
    expect(notAPlace("Un prêt de la ", "Banque", " mondiale finance le projet.")).toBe(true);
  });

  it("keeps a town followed by another word", () => {
    expect(notAPlace("Le groupe ouvre un site à ", "Union", ", dans le New Jersey.")).toBe(false);
    expect(notAPlace("Le groupe ouvre un site à ", "Lyon", " et embauche.")).toBe(false);
  });
});

describe("the owner of the land a project needs", () => {
  it("reads « les terrains, propriété de X »", () => {
    expect(firms("La cession des terrains, propriété de Ferrovia Patrimoine, doit encore être négociée.")).toContain("Ferrovia Patrimoine");
  });

  it("reads no owner in a land that is a town's or the state's", () => {
    expect(firms("La cession des terrains, propriété de la commune, doit encore être négociée.")).toEqual([]);
    expect(firms("Le groupe a visité la propriété de Montrichard, vendue l'an dernier.")).toEqual([]);
  });
});

describe("l'Union européenne in a sentence", () => {
  it("makes no town of « Union »", () => {
    expect(places("Les données restent hébergées dans l'Union européenne, selon le contrat.")).not.toContain(expect.stringMatching(/^Union/));
  });
});

describe("a wholesaler and a parent's subsidiary are firms", () => {
  it("reads « le grossiste X » and « Y, maison mère de X »", () => {
    expect(firms("Le grossiste Valdorix a signé un accord avec l'hébergeur.")).toContain("Valdorix");
    expect(firms("Le conglomérat Hartwig Gruppe, maison mère de Nubiscloud, a annoncé un centre.")).toContain("Nubiscloud");
  });

  it("reads no firm after « la maison mère » alone or a lower-case wholesaler", () => {
    expect(firms("L'exploitation est séparée de la maison mère. Le grossiste local a refusé.")).toEqual([]);
  });
});

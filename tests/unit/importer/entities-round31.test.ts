import { describe, expect, it } from "vitest";
import { roleFromContext } from "@/lib/importer/entities/roles";
import { firms, places } from "./entity-probes";

const named = (found: string[], name: string) => found.some((p) => p.startsWith(`${name}/`));

describe("French names of foreign capitals and of German-speaking Swiss towns", () => {
  it("reads « Beyrouth », « Damas » and « Winterthour » as towns", () => {
    expect(named(places("L'opérateur ouvre une salle à Beyrouth, puis une autre à Damas."), "Beyrouth")).toBe(true);
    expect(named(places("L'opérateur ouvre une salle à Beyrouth, puis une autre à Damas."), "Damas")).toBe(true);
    expect(named(places("Le groupe exploitera un site à Winterthour dès 2026."), "Winterthour")).toBe(true);
  });

  it("reads no town in a common word of the same letters", () => {
    expect(places("Une nappe de damas couvrait la table de la coire du village.")).toEqual([]);
  });
});

describe("a place the story leaves (« jusque-là installés à X »)", () => {
  it("makes a former place only mentioned", () => {
    expect(roleFromContext("Les banques pourront y loger leurs serveurs, jusque-là souvent installés à ", " ou ailleurs.")).toBe("mentioned");
    expect(roleFromContext("Les données, auparavant hébergées en ", ", reviennent au pays.")).toBe("mentioned");
  });

  it("keeps a site when a comma closes the adverb", () => {
    expect(roleFromContext("Jusqu'ici, le groupe exploitait un centre de données en ", ".")).toBe("site");
  });
});

describe("a town listed after territories or sites and « comme » or « dont »", () => {
  it("reads no firm in « des communes de l'Essonne, comme Brétigny »", () => {
    expect(firms("Plusieurs communes de l'Essonne et du Val-d'Oise, comme Brétigny-sur-Orge, voient leurs terrains partir.")).toEqual([]);
    expect(firms("Le groupe a retenu six sites, dont Chinon, pour ses futurs centres.")).toEqual([]);
  });

  it("still reads a firm listed after a trade noun and « comme »", () => {
    expect(firms("Des hébergeurs comme Zelnet, qui exploite trois salles, cherchent des terrains.")).toContain("Zelnet");
  });
});

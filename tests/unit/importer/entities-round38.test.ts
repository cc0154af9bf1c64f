import { describe, expect, it } from "vitest";
import { roleIn as role } from "./role-in-sentence";

describe("round 38: one of several cables already there (« plusieurs câbles, dont le X, qui relie »)", () => {
  it("makes the far end of a cable named among several mentioned", () => {
    const s = "La ville accueille déjà plusieurs câbles sous-marins, dont le câble Boreal, qui relie la Norvège à Reykjavik, en Islande.";
    expect(role(s, "Islande")).toBe("mentioned");
    expect(role("Le port reçoit plusieurs câbles internationaux, dont le Boreal, qui relie Oslo au Danemark.", "Danemark")).toBe("mentioned");
  });
  it("leaves the story's own cable (« Le câble X, qui relie ») to its verb", () => {
    expect(role("Le câble Boreal, qui relie la Norvège à l'Islande, a été mis en service mardi.", "Islande")).toBe("site");
  });
});

describe("round 38: others' projects as the clause's subject (« d'autres projets sont à l'étude … »)", () => {
  it("makes the countries of others' projects or installations mentioned", () => {
    expect(role("Le ministre a précisé que d'autres projets de câbles sont à l'étude, notamment vers la Norvège et l'Islande.", "Islande")).toBe("mentioned");
    expect(role("L'idée séduit : d'autres projets sont à l'étude à Bergen et en Islande.", "Islande")).toBe("mentioned");
    expect(role("L'idée n'est pas neuve : d'autres piscines récupèrent déjà la chaleur de serveurs, notamment en Islande.", "Islande")).toBe("mentioned");
  });
  it("leaves « d'autres » as an object to the clause's verb", () => {
    expect(role("Le groupe ouvrira d'autres centres de données en Islande.", "Islande")).toBe("planned");
    expect(role("L'hébergeur exploite d'autres salles en Islande.", "Islande")).toBe("site");
    expect(role("Le directeur a indiqué que d'autres ouvertures sont prévues en Islande d'ici 2027.", "Islande")).toBe("planned");
  });
});

describe("round 38: where a firm has already invested (« a déjà investi … dans … en X »)", () => {
  it("makes the places of its past deals mentioned", () => {
    const s = "Le fonds a déjà investi l'an dernier dans un hébergeur à Bergen et dans un opérateur de fibre en Islande.";
    expect(role(s, "Islande")).toBe("mentioned");
  });
  it("leaves a later clause with its own verb to that verb", () => {
    expect(role("Le fonds a déjà investi dans un hébergeur à Bergen et construira un campus en Islande.", "Islande")).toBe("planned");
    expect(role("Le fonds investit dans un centre de données en Islande.", "Islande")).toBe("site");
  });
});

describe("round 38: data kept abroad, brought home by the story", () => {
  it("makes where the data is kept now mentioned", () => {
    expect(role("Il doit permettre de rapatrier en Norvège des données aujourd'hui hébergées en Suède ou en Islande.", "Islande")).toBe("mentioned");
    const s = "Aujourd'hui, une grande partie des données des banques est hébergée hors de la Norvège, à Stockholm, à Helsinki ou en Islande.";
    expect(role(s, "Islande")).toBe("mentioned");
    expect(role(s, "Stockholm")).toBe("mentioned");
  });
  it("leaves data hosted in the story's place a site", () => {
    expect(role("Les données des banques seront désormais hébergées en Islande.", "Islande")).not.toBe("mentioned");
    expect(role("Les données sont aujourd'hui hébergées en Islande, dans le nouveau centre.", "Islande")).toBe("site");
  });
});

describe("round 38: places after « en mairie de » and « en passant par »", () => {
  it("reads a town where a file is open to the public, and a town on the way, as places", async () => {
    const { places } = await import("./entity-probes");
    expect(places("Le dossier est consultable en mairie de Montlhéry jusqu'au 4 avril.")).toContain("Montlhéry/france");
    expect(places("On compte une dizaine de sites, de Massy à Évry en passant par Linas.").some((p) => p.startsWith("Linas/"))).toBe(true);
  });
  it("still reads « la mairie de X » as the council, a body", async () => {
    const { places } = await import("./entity-probes");
    expect(places("La mairie de Montlhéry a publié un communiqué.")).not.toContain("Montlhéry/france");
  });
});

import { describe, expect, it } from "vitest";
import { roleIn as role } from "./role-in-sentence";

describe("round 37: a firm's presence elsewhere, given as background", () => {
  it("makes « déjà présent en X, en Y et au Z » mentioned", () => {
    const s = "Le nouvel hébergeur, opérateur déjà présent en Norvège, en Islande et au Danemark, ouvre son premier site à Tallinn.";
    expect(role(s, "Islande")).toBe("mentioned");
    expect(role(s, "Danemark")).toBe("mentioned");
  });
  it("makes « déjà propriétaire d'opérateurs au X et en Y » mentioned", () => {
    const s = "Le fonds, déjà propriétaire d'hébergeurs en Norvège et au Danemark, rachète un site à Tallinn.";
    expect(role(s, "Norvège")).toBe("mentioned");
    expect(role(s, "Danemark")).toBe("mentioned");
  });
  it("leaves a firm becoming owner of the story's site (« devient propriétaire d'un centre en X ») to the site words", () => {
    expect(role("Le fonds devient propriétaire d'un centre de données en Norvège.", "Norvège")).toBe("site");
  });
  it("leaves a presence that is the story's new site (« désormais présent en X ») to the site words", () => {
    expect(role("L'opérateur, désormais présent en Norvège, y ouvre un centre de données.", "Norvège")).not.toBe("mentioned");
  });
});

describe("round 37: a firm's sites before the story (« exploite déjà … en X »)", () => {
  it("makes « qui exploite déjà des sites en X et en Y » and « détient déjà des centres au X » mentioned", () => {
    const s = "Le groupe, qui exploite déjà des sites en Norvège et en Islande, ouvre son premier centre à Tallinn.";
    expect(role(s, "Norvège")).toBe("mentioned");
    expect(role(s, "Islande")).toBe("mentioned");
    expect(role("Le fonds détient déjà des centres de données au Danemark.", "Danemark")).toBe("mentioned");
  });
  it("leaves a later clause's country to its own verb", () => {
    expect(role("Le groupe exploite déjà un site à Tallinn et construira en Norvège un campus de 40 MW.", "Norvège")).not.toBe("mentioned");
    expect(role("Le groupe, qui exploite déjà des sites en Islande, construira en Norvège un campus de 40 MW.", "Norvège")).not.toBe("mentioned");
  });
});

describe("round 37: firms of a country", () => {
  it("makes « des entreprises d'X et du Y qui hébergent… » mentioned", () => {
    const s = "Le centre de Kigali accueille des entreprises d'Afrique du Sud et du Botswana qui hébergent une copie de leurs données.";
    expect(role(s, "Afrique du Sud")).toBe("mentioned");
    expect(role(s, "Botswana")).toBe("mentioned");
  });
  it("still reads « clients de X » as a market and « entreprises installées en X » by its verb", () => {
    expect(role("Le centre vise les clients du Botswana.", "Botswana")).toBe("market");
    expect(role("Les entreprises installées au Botswana ouvriront un site à Gaborone.", "Botswana")).not.toBe("mentioned");
  });
});

describe("round 37: submarine cables named as context", () => {
  it("makes the far ends of cables already arriving at the story's site mentioned", () => {
    expect(role("Le bâtiment sera raccordé aux câbles arrivant à Durban, dont le câble Atlas, qui relie l'Afrique du Sud à Perth, en Australie.", "Australie")).toBe("mentioned");
    expect(role("La station accueille plusieurs câbles sous-marins qui relient la Jamaïque au Panama.", "Panama")).toBe("mentioned");
  });
  it("makes the cable a country depends on, and a cable already landing, mentioned", () => {
    expect(role("Le Bhoutan dépend largement du câble qui le relie à Calcutta, en Inde.", "Inde")).toBe("mentioned");
    expect(role("Le câble Boreal, qui relie la Norvège à l'Islande, atterrit déjà sur la côte voisine.", "Islande")).toBe("mentioned");
  });
  it("gives the story's own cable's far ends the cable's role", () => {
    expect(role("Le câble Boreal reliera la Norvège à l'Islande d'ici 2028.", "Islande")).toBe("planned");
    expect(role("Long de 900 kilomètres, le câble Boreal relie désormais la Norvège à l'Islande.", "Islande")).toBe("site");
    expect(role("Deux nouveaux câbles qui relient Marseille au Maroc ont été mis en service mardi.", "Maroc")).toBe("site");
  });
});

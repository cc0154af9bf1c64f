import { describe, expect, it } from "vitest";
import { firms } from "./entity-probes";

describe("round 33: a maker's trade before « services »", () => {
  it("reads « la société de services cloud X » as the firm X", () => {
    expect(firms("Le groupe a racheté la petite société de services cloud Brestoise Hosting, basée en Finistère.")).toContain("Brestoise Hosting");
  });
  it("still reads « le service X » as a product", () => {
    expect(firms("Le groupe lance le service Kalinor Hosting pour ses clients.")).not.toContain("Kalinor Hosting");
  });
});

describe("round 33: « PME » and « producteur » as trade nouns", () => {
  it("reads the name after them as a firm", () => {
    expect(firms("Le contrat lie la PME nantaise Ardoise Numérique au producteur d'énergie solaire breton Kerlan Énergies.")).toEqual(
      expect.arrayContaining(["Ardoise Numérique", "Kerlan Énergies"]),
    );
  });
  it("leaves a trade followed by a preposition", () => {
    expect(firms("Le premier producteur d'électricité en France reste le plus gros client.")).toEqual([]);
  });
});

describe("round 33: a trade in apposition that presents the next name", () => {
  it("does not make the name before « , la société X » a firm", () => {
    const found = firms("Entre le canal et la Vézère, la société Ombrelle Calcul va bâtir un centre.");
    expect(found).toContain("Ombrelle Calcul");
    expect(found).not.toContain("Vézère");
  });
  it("keeps « X, opérateur de trois centres » a firm", () => {
    expect(firms("Le contrat revient à Quartzline, opérateur de trois centres de données.")).toContain("Quartzline");
  });
});

describe("round 33: whom a round is raised from", () => {
  it("reads « a levé … auprès de X, de Y » as investors", () => {
    expect(firms("La start-up annonce avoir levé 4 millions d'euros auprès de Garonne Capital, de Pyrène Invest et de business angels.")).toEqual(
      expect.arrayContaining(["Garonne Capital", "Pyrène Invest"]),
    );
  });
  it("leaves « auprès de » outside a round", () => {
    expect(firms("Le maire a plaidé auprès de Garonne Capital pour le projet.")).not.toContain("Garonne Capital");
  });
});

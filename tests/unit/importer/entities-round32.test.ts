import { describe, expect, it } from "vitest";
import { places, recognise } from "./entity-probes";

describe("round 32: a French commune the towns lack, in a text whose adjectives name another country", () => {
  it("is no French place when the text names Switzerland and not France", () => {
    expect(places("Le fournisseur a racheté Altavio, un hébergeur basé à Sion, l’un des plus anciens de Suisse.")).not.toContain("Sion/france");
  });
  it("stays a French place when the text names France", () => {
    expect(places("Le fournisseur a racheté Altavio, un hébergeur basé à Sion, dans le Gers, en France, l’un des plus anciens de Suisse.")).toContain("Sion/france");
  });
});

describe("round 32: a country named as the place elsewhere", () => {
  const roles = (text: string) => recognise(text).countries.map((c) => `${c.slug}:${c.role}`);
  it("makes « ailleurs, en X ou aux Y » mentioned", () => {
    const found = roles("Ces serveurs remplacent des machines installées ailleurs, en Irlande ou aux Pays-Bas.");
    expect(found).toContain("irlande:mentioned");
    expect(found).toContain("pays-bas:mentioned");
  });
  it("leaves « par ailleurs » and « d'ailleurs » (besides) to the site words", () => {
    expect(roles("Par ailleurs, le groupe ouvre un centre de données en Irlande.")).toContain("irlande:site");
    expect(roles("D'ailleurs, le groupe ouvre un centre de données en Irlande.")).toContain("irlande:site");
  });
});

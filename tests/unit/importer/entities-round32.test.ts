import { describe, expect, it } from "vitest";
import { recognise } from "./entity-probes";

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

import { describe, expect, it } from "vitest";
import { firms } from "./entity-probes";

/*
 * Held-out-17's causes (issue #29 item 6, round 25), each with a made-up
 * sentence where the rule fires and a look-alike where it must not.
 */

describe("a sentence's opening word before its comma", () => {
  it("is no firm when the clause it opens names the firm after its trade (« Enfin, le fournisseur … Cirrus Nord »)", () => {
    expect(firms("Enfin, le fournisseur de services infonuagiques Borvik Nuage, de Sherbrooke, obtient 20 MW.")).toEqual(["Borvik Nuage"]);
    expect(firms("Ensuite, l'opérateur Telvara Nord obtient 20 MW.")).toEqual(["Telvara Nord"]);
  });
  it("stays a firm when the apposition names none (« Hexavia, le fournisseur de services, ouvre »)", () => {
    expect(firms("Hexavia, le fournisseur de services, ouvre un site de 10 MW.")).toContain("Hexavia");
  });
});

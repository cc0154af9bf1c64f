import { describe, expect, it } from "vitest";
import { roleFromContext } from "@/lib/importer/entities/roles";

describe("customers of a place (« aux clients du Grand Est, de Suisse et du … »)", () => {
  const sentence = "Le groupe compte y adosser une nouvelle région de son cloud, attendue en 2028, destinée aux clients du Grand Est, de Suisse et du ";

  it("makes every name of the customers' list a market, though the sentence announces something before", () => {
    expect(roleFromContext(sentence, ".")).toBe("market");
    expect(roleFromContext("La nouvelle région cloud servira les clients de ", ".")).toBe("market");
  });

  it("keeps the earlier cue when the name is not one of the customers' list", () => {
    expect(roleFromContext("Destinée aux clients du Grand Est, la nouvelle région sera construite à ", ".")).toBe("planned");
    expect(roleFromContext("Le groupe ouvrira une nouvelle région cloud en ", ".")).toBe("planned");
  });
});

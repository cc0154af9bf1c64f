import { describe, expect, it } from "vitest";
import { countries, firms } from "./entity-probes";

describe("round 35: a group's business customers' arm after its name", () => {
  it("reads « Free Pro » as a subsidiary of its own, not the group", () => {
    const found = firms("Free Pro a signé avec OVHcloud un accord pour revendre des serveurs aux collectivités.");
    expect(found).toContain("Free Pro");
    expect(found).not.toContain("Free");
  });
  it("leaves a group whose next word only starts with « Pro »", () => {
    const found = firms("Free Provence, le club local, n'a rien à voir : Free a ouvert une salle à Marseille.");
    expect(found).toContain("Free");
    expect(found).not.toContain("Free Pro");
  });
});

describe("round 35: a named firm called again by its trade and nationality", () => {
  it("gives the firm's home when the text names a registry firm of that country", () => {
    expect(countries("Google renonce à son projet de Kergoat. Le géant américain cède le terrain à la commune.")).toContain("etats-unis");
  });
  it("names no country for a plural, or when no firm of that country is named", () => {
    expect(countries("Les collectivités bretonnes se méfient des hyperscalers américains.")).not.toContain("etats-unis");
    expect(countries("OVHcloud ouvre une salle à Roubaix. Le groupe américain visé par l'enquête n'est pas nommé.")).not.toContain("etats-unis");
  });
});

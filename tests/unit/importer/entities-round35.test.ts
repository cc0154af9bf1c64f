import { describe, expect, it } from "vitest";
import { firms } from "./entity-probes";

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

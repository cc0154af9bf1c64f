import { describe, expect, it } from "vitest";
import { firms, recognise } from "./entity-probes";
import { roleIn } from "./role-in-sentence";

const roleOf = (text: string, slug: string) => recognise(text).countries.filter((c) => c.slug === slug).map((c) => c.role);

describe("round 42: a licensed operator's national arm", () => {
  it("keeps a registry telecom operator's arm in a country other than its home whole (« Free Gabon »)", () => {
    const found = firms("Les opérateurs Free Gabon et Libertis ont été consultés sur la capacité du futur câble.");
    expect(found).toContain("Free Gabon");
    expect(found).not.toContain("Free");
  });
  it("keeps the arm whole beside its group named alone, two firms (« Airtel Tchad, filiale du groupe Airtel »)", () => {
    const found = firms("Airtel Tchad louera deux salles. Airtel Tchad, filiale du groupe Airtel, compte trois millions d'abonnés.");
    expect(found).toContain("Airtel Tchad");
    expect(found).toContain("Airtel");
  });
  it("near miss: a colocation firm's local office is the group (« Equinix Irlande »)", () => {
    expect(firms("Equinix Irlande ouvre un troisième centre à Dublin.")).toEqual(["Equinix"]);
  });
  it("near miss: an operator in its home country is the group (« SFR France »)", () => {
    expect(firms("SFR France a signé un contrat avec l'hébergeur.")).not.toContain("SFR France");
  });
});

import { describe, expect, it } from "vitest";
import { findAreas } from "@/lib/importer/entities/areas";
import { firms, places, recognise, roleOf } from "./entity-probes";
import { roleIn } from "./role-in-sentence";

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
  it("near miss: the group's bare name over its arm, with no « groupe » (« Airtel s'allie… », then « Airtel Tchad »), is the arm named short, one firm", () => {
    expect(firms("Airtel s'allie à Sotel pour un centre.\nSotel et Airtel Tchad ont signé lundi un protocole d'accord.")).toEqual(expect.arrayContaining(["Airtel"]));
    expect(firms("Airtel s'allie à Sotel pour un centre.\nSotel et Airtel Tchad ont signé lundi un protocole d'accord.")).not.toContain("Airtel Tchad");
  });
  it("near miss: a colocation firm's local office is the group (« Equinix Irlande »)", () => {
    expect(firms("Equinix Irlande ouvre un troisième centre à Dublin.")).toEqual(["Equinix"]);
  });
  it("near miss: an operator in its home country is the group (« SFR France »)", () => {
    expect(firms("SFR France a signé un contrat avec l'hébergeur.")).not.toContain("SFR France");
  });
});

describe("round 42: markets aimed at, places set beside, places of « ou ailleurs », links to come", () => {
  it("reads countries a firm « vise » among « les pays / marchés » as markets", () => {
    expect(roleIn("Ses fondateurs visent aussi les marchés voisins, le Niger et le Tchad en tête.", "Tchad")).toBe("market");
  });
  it("reads countries of the operators and firms a firm « vise » as markets", () => {
    expect(roleIn("Le directeur vise les opérateurs et les entreprises du Niger, du Tchad et du Soudan.", "Soudan")).toBe("market");
  });
  it("near miss: « vise à relier » names no market", () => {
    expect(roleIn("Le projet vise à relier le Tchad au réseau régional.", "Tchad")).not.toBe("market");
  });
  it("reads places in a list after « aux côtés de » as only mentioned", () => {
    expect(roleIn("Le projet fait de Cotonou un hub, aux côtés de Dakar, au Sénégal, et d'Abidjan, en Côte d'Ivoire.", "Sénégal")).toBe("mentioned");
    expect(roleIn("Le projet fait de Cotonou un hub, aux côtés de Dakar, au Sénégal, et d'Abidjan, en Côte d'Ivoire.", "Côte d'Ivoire")).toBe("mentioned");
  });
  it("reads a rival place (« la concurrence de Dakar, au Sénégal ») as only mentioned, though campuses are built there", () => {
    expect(roleIn("La concurrence de Dakar, au Sénégal, où deux campus sont en construction, inquiète.", "Sénégal")).toBe("mentioned");
  });
  it("near miss: a clause of its own after « aux côtés de » keeps its verb", () => {
    expect(roleIn("Aux côtés de Bpifrance, le fonds construit un centre de données au Sénégal.", "Sénégal")).toBe("site");
  });
  it("reads a list of places closed by « ou ailleurs » as only mentioned", () => {
    expect(roleIn("Nos archives sont hébergées à Lomé, à Bruxelles ou ailleurs, regrette le ministre.", "Lomé")).toBe("mentioned");
  });
  it("near miss: a list with no « ailleurs » keeps its site", () => {
    expect(roleIn("Nos archives sont hébergées à Lomé, à Bruxelles et à Genève.", "Lomé")).toBe("site");
  });
  it("reads a link the firm « va relier » as planned", () => {
    expect(roleOf("Un consortium va relier Dakar à l'Espagne par un câble sous-marin.", "espagne")).toContain("planned");
  });
  it("near miss: a link that « relie » already is a site", () => {
    expect(roleOf("Le câble relie déjà Dakar à l'Espagne.", "espagne")).not.toContain("planned");
  });
});

describe("round 42: a valley named in the text is a place", () => {
  it("reads « la vallée de l'Isère » as a place of the sentence's town, with its river's name as alias", () => {
    const found = recognise("Le groupe construira un centre de données à Moirans, dans la vallée de l'Isère.").places;
    const valley = found.find((p) => p.name === "vallée de l'Isère");
    expect(valley?.country).toBe("france");
    expect(valley?.aliases).toContain("Isère");
  });
  it("near miss: a region's name with a capital (« la Vallée d'Aoste ») is no valley area", () => {
    expect(findAreas("Le centre sera bâti dans la Vallée d'Aoste.").areas).toEqual([]);
  });
  it("near miss: « la vallée » with no name after it is nothing", () => {
    expect(findAreas("Le centre sera bâti dans la vallée, près de la rivière.").areas).toEqual([]);
  });
});

describe("the integrator, after round 42: a name set in another country's division", () => {
  it("« à Martigny, dans le Valais » is no French commune of that name: the town is placed in the division's country", () => {
    const found = places("En Suisse, le groupe construit un campus de 40 mégawatts à Martigny, dans le Valais, pour 2026.");
    expect(found).toContain("Martigny/suisse");
    expect(found).not.toContain("Martigny/france");
    expect(places("Le groupe helvétique construit un campus à Martigny, dans le Valais.")).not.toContain("Martigny/france");
  });
  it("near miss: set in a French division, the French commune stays (« à Martigny, dans l'Aisne »)", () => {
    expect(places("En France, le groupe construit un campus de 40 mégawatts à Martigny, dans l'Aisne, pour 2026.")).toContain("Martigny/france");
  });
});

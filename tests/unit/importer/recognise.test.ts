import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegistry } from "@/lib/content/load-registry";
import { loadGazetteer } from "@/lib/importer/gazetteer";
import { recogniseEntities } from "@/lib/importer/recognise";
import { roleFromContext } from "@/lib/importer/roles";

const registry = loadRegistry(path.resolve(process.cwd(), "content"));
const gazetteer = loadGazetteer();
const recognise = (text: string, publisher?: string) => recogniseEntities(text, registry, { gazetteer, publishers: publisher ? [publisher] : [] });
const proposed = (text: string, publisher?: string) => recognise(text, publisher).companies.filter((c) => !c.slug).map((c) => c.name);

describe("places", () => {
  it("resolve French exonyms to the registry's place and link its country", () => {
    const found = recognise("Le groupe a ouvert un centre de données à Pékin.");
    expect(found.places.map((p) => [p.slug, p.role])).toEqual([["pekin", "site"]]);
    expect(found.countries).toEqual([{ slug: "chine", role: "site", via: "Pékin" }]);
    expect(recognise("JD.com, basé à Beijing, rivalise.").places.map((p) => [p.slug, p.role])).toEqual([["pekin", "headquarters"]]);
  });

  it("find towns the registry does not know in the gazetteer, with coordinates", () => {
    const [place] = recognise("Le fonds construit un campus à Varsovie.").places;
    expect(place).toMatchObject({ name: "Varsovie", country: "pologne", isNew: true });
    expect(place.lat).toBeCloseTo(52.23, 1);
  });

  // Context rule: Orange is a French town and a telecom operator; Nice a town and a word.
  it("take a name shared with a company or a word for a place only after a locative word", () => {
    expect(recognise("Orange ouvre un centre de données.").places).toEqual([]);
    expect(recognise("Le centre de données d'Orange ouvre.").places).toEqual([]);
    expect(recognise("Le groupe ouvre un centre de données à Orange, dans le Vaucluse.").places).toContainEqual(
      expect.objectContaining({ name: "Orange", country: "france", role: "site" }),
    );
    expect(recognise("Une idée nice. Le groupe s'installe à Nice.").places.map((p) => p.name)).toEqual(["Nice"]);
    expect(recognise("Une idée nice, dit Nice Matin.").places).toEqual([]);
  });
});

describe("roles from the sentence", () => {
  it("read headquarters, site, planned and market from the words around the name", () => {
    expect(roleFromContext("JD.com, basé à ", "")).toBe("headquarters");
    expect(roleFromContext("Le groupe ouvre un centre de données à ", "")).toBe("site");
    expect(roleFromContext("Un second site est à l'étude à ", "")).toBe("planned");
    expect(roleFromContext("Le groupe veut attirer des clients d'", "")).toBe("market");
    expect(roleFromContext("Le maire de ", ", Vincent Danis, a promis")).toBe("mentioned");
  });

  it("give a company's home country through a nationality adjective, even for a firm the registry lacks", () => {
    const found = recognise("Raxio, soutenu par le fonds américain Roha, a levé 100 millions de dollars.");
    expect(found.countries).toContainEqual({ slug: "etats-unis", role: "headquarters" });
  });
});

describe("names the registry does not know", () => {
  it("are proposed when the text presents them as firms, each with its sentence", () => {
    const found = recognise("Le chantier est porté par la société nantaise Datalantic SAS, qui exploite un site. La start-up toulousaine Orbicloud participe.");
    const names = found.companies.filter((c) => !c.slug);
    expect(names.map((c) => c.name)).toEqual(["Datalantic SAS", "Orbicloud"]);
    expect(names[0].sentence).toBe("Le chantier est porté par la société nantaise Datalantic SAS, qui exploite un site.");
  });

  it("keep compound names whole and split two names joined by a slash", () => {
    expect(proposed("Le bâtiment a été conçu avec le bureau d'ingénierie Amstein + Walthert.")).toEqual(["Amstein + Walthert"]);
    expect(proposed("Le fournisseur Nuagix/Brumex a signé.")).toEqual(["Nuagix", "Brumex"]);
  });

  it("never propose a person, a public body, an event or the publisher", () => {
    expect(proposed("Le groupe fondé par Octave Klaba grandit.")).toEqual([]);
    expect(proposed("Selon la banque Banque mondiale, et l'entreprise Union européenne.")).toEqual([]);
    expect(proposed("(Agence Éco Afrique) - Le Sénégal a signé avec l'équipementier chinois Huawei.")).toEqual([]);
    expect(proposed("Le quotidien Le Matin Tech a interrogé la société Brumex.", "Le Matin Tech")).toEqual(["Brumex"]);
  });

  it("do not read a line in capitals as a list of names", () => {
    expect(proposed("LA SOCIÉTÉ NUAGIX ET LE GROUPE BRUMEX SIGNENT\nLe texte suit.")).toEqual([]);
  });
});

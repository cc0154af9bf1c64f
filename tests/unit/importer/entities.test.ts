import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegistry } from "@/lib/content/load-registry";
import { detectEntities, unknownNames } from "@/lib/importer/entities/entities";

const registry = loadRegistry(path.resolve(process.cwd(), "content"));

describe("detectEntities", () => {
  it("finds companies by name and alias, preferring the longest name", () => {
    const found = detectEntities("Jeff Zhang, président d’Alibaba Cloud Intelligence, et JD.com, basé à Beijing, face à T-Systems.", registry);
    expect(found.companies).toEqual(["alibaba-cloud", "jd-com", "t-systems"]);
  });

  it("finds countries by name whatever the accents", () => {
    expect(detectEntities("présents aux Etats-Unis et en Afrique du Sud", registry).countries).toEqual(["etats-unis", "afrique-du-sud"]);
  });

  it("takes no country from a town's compound name (« Saint-Martin-d'Hères »)", () => {
    expect(detectEntities("L'université inaugure son centre de calcul à Saint-Martin-d'Hères, près de Grenoble.", registry).countries).toEqual([]);
    expect(detectEntities("Le câble relie Saint-Martin à la Guadeloupe.", registry).countries).toContain("saint-martin");
  });

  it("counts a nationality adjective only when it qualifies a named company in its clause", () => {
    const found = detectEntities("le géant chinois du commerce en ligne Alibaba. Les leaders américains du cloud public.", registry);
    expect(found.countries).toEqual(["chine"]);
    expect(found.adjectiveOnly).toEqual([{ slug: "etats-unis", forms: ["américains"] }]);
  });

  it("finds themes through aliases and plurals", () => {
    expect(detectEntities("des partenaires ouvrent deux datacenters pendant la pandémie", registry).themes).toEqual([
      "partenariats",
      "centres-de-donnees",
      "pandemie-covid-19",
    ]);
  });

  it("does not take a lower-case common word for a capitalised company name", () => {
    expect(detectEntities("le baidu", registry).companies).toEqual([]);
    expect(detectEntities("le Baidu", registry).companies).toEqual(["baidu"]);
  });
});

describe("unknownNames", () => {
  // Nuagix is a made-up firm: Atos, used here before, is now in the registry.
  const text = "Nuagix ouvre un centre de données à Toulouse avec Amazon. Selon Marie Dupont, directrice, le site ouvrira en mars. Le Cloud de Confiance arrive en Europe. Nuagix y croit.";

  it("lists capitalised names the registry does not know, a sentence-initial one when it comes back", () => {
    expect(unknownNames(text, registry, ["Marie Dupont"])).toEqual(["Nuagix", "Toulouse", "Cloud de Confiance"]);
  });

  it("drops a capitalised word that opens a sentence only once, and months", () => {
    expect(unknownNames("Suprématie. Le marché du cloud en mars. Deux groupes dominent.", registry, [])).toEqual([]);
  });

  it("keeps a name written with its elided article", () => {
    expect(unknownNames("Kevin Liu l’expliquait à L’Usine Digitale lors du salon.", registry, ["Kevin Liu"])).toEqual(["L’Usine Digitale"]);
  });
});

import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegistry } from "@/lib/content/load-registry";
import { loadGazetteer } from "@/lib/importer/entities/gazetteer";
import { recogniseEntities } from "@/lib/importer/entities/recognise";
import { roleFromContext } from "@/lib/importer/entities/roles";

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
    // Works under way make a site, though the building is « futur »; a plan alone stays planned.
    expect(roleFromContext("L'opérateur a posé jeudi la première pierre de son futur centre de données à ", "")).toBe("site");
    expect(roleFromContext("Dont la construction a démarré en janvier, le futur centre de données de ", "")).toBe("site");
    expect(roleFromContext("L'opérateur prévoit d'ouvrir son futur centre de données à ", "")).toBe("planned");
    expect(roleFromContext("Une pierre de plus pour le futur centre de données à ", "")).toBe("planned");
    // Land sold or bought for a facility: the facility is planned; a campus already built on land bought long ago is a site.
    expect(roleFromContext("Le promoteur a cédé à l'opérateur un terrain de 40 hectares sur le parc d'activités, à ", "")).toBe("planned");
    expect(roleFromContext("Le groupe exploite son campus, bâti sur un terrain acheté en 2015, à ", "")).toBe("site");
    expect(roleFromContext("Un second site est à l'étude à ", "")).toBe("planned");
    expect(roleFromContext("Le groupe veut attirer des clients d'", "")).toBe("market");
    expect(roleFromContext("Le maire de ", ", Vincent Danis, a promis")).toBe("mentioned");
  });

  it("read a site verb in the future as planned, not any verb in the future", () => {
    expect(roleFromContext("Long de 4 800 kilomètres, le câble reliera Kribi à Lagos, au ", "")).toBe("planned");
    expect(roleFromContext("Le parc accueillera donc bien le plus gros centre de données de ", "")).toBe("planned");
    expect(roleFromContext("Reste à voir s'il changera les habitudes en ", "")).toBe("market");
  });

  it("give a company's home country through a nationality adjective, even for a firm the registry lacks", () => {
    const found = recognise("Raxio, soutenu par le fonds américain Roha, a levé 100 millions de dollars.");
    expect(found.countries).toContainEqual({ slug: "etats-unis", role: "headquarters" });
  });
});

describe("firms named by their group, by a trade noun, or on their own blog", () => {
  it("a registry group followed by a country is a subsidiary of its own, and the group alone is not named too", () => {
    const found = recognise("La Sonatrel a signé avec Orange Niger un accord. Orange Niger y investit 3 milliards.");
    expect(found.companies.map((c) => c.slug ?? c.name)).toEqual(["Sonatrel", "Orange Niger"]);
    expect(found.companies.map((c) => c.slug ?? c.name)).not.toContain("orange");
  });

  it("a registry subsidiary's spelling or a group and a country apart stay the group", () => {
    expect(recognise("Jean Byrne, directeur général d'Equinix Irlande, parle.").companies.map((c) => c.slug ?? c.name)).toEqual(["equinix"]);
    expect(recognise("Orange investit au Niger dans un centre de données.").companies.map((c) => c.slug ?? c.name)).toEqual(["orange"]);
  });

  it("a name a speech verb seems to give a person is a firm when a trade noun introduces it", () => {
    const text = "La société publique Kelvio Réseaux a posé la première pierre. « C'est fait », a déclaré le directeur général de Kelvio Réseaux, Amadou Sani.";
    expect(proposed(text)).toContain("Kelvio Réseaux");
    // The importer passes the page's quoted people in: the trade noun wins there too.
    expect(recogniseEntities(text, registry, { gazetteer, people: ["Kelvio Réseaux", "Amadou Sani"] }).companies.map((c) => c.name)).toContain("Kelvio Réseaux");
    expect(proposed("« C'est fait », a déclaré le directeur général Kelvio Moussa. La société publique a posé la première pierre.")).not.toContain("Kelvio Moussa");
  });

  it("a publisher that builds or opens is a firm of its article; one that learns something is not", () => {
    expect(proposed("Nuvexo construira son deuxième centre de données à Aubière.", "Nuvexo")).toEqual(["Nuvexo"]);
    expect(proposed("Nuvexo a appris que le site de Lyon fermera.", "Nuvexo")).toEqual([]);
    expect(proposed("Nuvexo ouvrira en septembre une rubrique consacrée aux centres de données.", "Nuvexo")).toEqual([]);
  });
});

describe("a paper named after its town", () => {
  it("is a masthead, not a place; the same town named by the story is", () => {
    const names = (text: string) => recognise(text).places.map((p) => p.name);
    expect(names("Le Courrier de Rabat rapporte qu'Oracle ouvre un site à Casablanca, au Maroc.")).toEqual(["Casablanca"]);
    expect(names("Le courrier de Rabat est arrivé. Oracle ouvre un site à Casablanca, au Maroc, et un bureau à Rabat.")).toContain("Rabat");
  });
});

describe("an area named twice", () => {
  it("is one place with the part its strongest mention gives it", () => {
    const text = "Le groupe annonce un investissement dans la zone économique spéciale de Kigali, au Rwanda. Raxio exploite depuis 2021 un centre de données dans la zone économique spéciale de Kigali.";
    const areas = recognise(text).places.filter((p) => p.kind !== "ville");
    expect(areas.map((p) => [p.name, p.role])).toEqual([["zone économique spéciale de Kigali", "site"]]);
    expect(recognise("Le groupe annonce un investissement dans la zone économique spéciale de Kigali, au Rwanda. La zone économique spéciale de Kigali compte dix entreprises.").places.filter((p) => p.kind !== "ville").map((p) => p.role)).toEqual(["mentioned"]);
  });
});

describe("the far end of a line", () => {
  it("a town after a dash in « la ligne X–Y » is a place; a fund named after two towns is not", () => {
    const names = (text: string) => recognise(text).places.map((p) => p.name);
    expect(names("Le conseil finance la modernisation de la ligne Bordeaux–Arcachon.")).toEqual(["Bordeaux", "Arcachon"]);
    expect(names("Le fonds Bordeaux–Arcachon Capital investit dans une start-up de Bordeaux.")).toEqual(["Bordeaux"]);
  });
});

describe("countries from a firm's nationality", () => {
  it("a contractor's nationality names no country of the story; a builder's own does", () => {
    const slugs = (text: string) => recognise(text).countries.map((c) => c.slug);
    expect(slugs("Le chantier, confié à l'entreprise chinoise Huawei, porte sur un bâtiment à Niamey.")).not.toContain("chine");
    expect(slugs("L'opérateur a signé le contrat de construction avec le groupe chinois Huawei.")).not.toContain("chine");
    expect(slugs("Le groupe chinois Huawei ouvre un centre de données à Niamey.")).toContain("chine");
  });

  it("« L'américain investira » stands for the registry firm the sentence before opens on, and names its country", () => {
    const slugs = (text: string) => recognise(text).countries.map((c) => c.slug);
    expect(slugs("Oracle a annoncé une région cloud à Casablanca. L'américain investira 300 millions de dirhams.")).toContain("etats-unis");
    expect(slugs("Oracle a annoncé une région cloud à Casablanca. Le site ouvrira en 2026. L'américain investira 300 millions de dirhams.")).not.toContain("etats-unis");
    expect(slugs("Scaleway a annoncé une région cloud à Casablanca. L'américain investira 300 millions de dirhams.")).not.toContain("etats-unis");
  });
});

describe("names the registry does not know", () => {
  it("are proposed when the text presents them as firms, each with its sentence", () => {
    const found = recognise("Le chantier est porté par la société nantaise Datalantic SAS, qui exploite un site. La start-up toulousaine Orbicloud participe.");
    const names = found.companies.filter((c) => !c.slug);
    expect(names.map((c) => c.name)).toEqual(["Datalantic", "Orbicloud"]);
    expect(names[0].aliases).toEqual(["Datalantic SAS"]);
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

  it("never take an event for a firm, nor the next clause's subject for an apposition", () => {
    expect(proposed("Il l'expliquait lors de l'édition 2019 de Viva Tech, le groupe n'entend pas seulement investir.")).toEqual([]);
    expect(proposed("Les visiteurs du salon Data Cloud Expo, le groupe a présenté ses serveurs.")).toEqual([]);
    expect(proposed("Le contrat revient à NumériCentre, opérateur de trois centres de données.")).toEqual(["NumériCentre"]);
  });

  it("do not read a line in capitals as a list of names", () => {
    expect(proposed("LA SOCIÉTÉ NUAGIX ET LE GROUPE BRUMEX SIGNENT\nLe texte suit.")).toEqual([]);
  });
});

describe("places in the article's countries (issue #29)", () => {
  const places = (text: string) => recognise(text).places.map((p) => [p.written, p.country]);

  it("look for a town in the countries the text names before anywhere else", () => {
    expect(places("AWS construira un centre de données au Canada, à London, dans le sud-ouest de l'Ontario.")).toContainEqual(["London", "canada"]);
    expect(places("Le groupe ouvre un bureau à Londres et un centre de données à Slough.")).toEqual([
      ["Londres", "royaume-uni"],
      ["Slough", "royaume-uni"],
    ]);
  });

  it("take a metropolis over a small homonym of the article's country", () => {
    expect(places("Le groupe québécois ouvre un bureau à Montréal puis un autre à Paris.")).toEqual([
      ["Montréal", "canada"],
      ["Paris", "france"],
    ]);
  });

  it("never make a place of an epithet or a river", () => {
    expect(places("Le géant de Redmond ouvre une nouvelle région cloud aux États-Unis, à Seattle.")).toEqual([["Seattle", "etats-unis"]]);
    expect(places("QScale construira à Bécancour, sur la rive sud du Saint-Laurent, face à Trois-Rivières.").map(([w]) => w)).not.toContain("Saint-Laurent");
  });

  it("give business parks, ports and districts their town's country and point", () => {
    const found = recognise("Le centre de données, en construction sur la ZAC des Ajoncs, au sud de La Roche-sur-Yon, ouvrira en 2027.").places;
    const zac = found.find((p) => p.name === "ZAC des Ajoncs");
    const town = found.find((p) => p.name === "La Roche-sur-Yon");
    expect(zac).toMatchObject({ country: "france", kind: "parc d'activités", lat: town?.lat, lon: town?.lon, isNew: true });
    expect(found.map((p) => p.name)).not.toContain("Ajoncs");
    const port = recognise("Microsoft choisit le port d'Anvers-Bruges. Le terrain se trouve dans la zone portuaire d'Anvers-Bruges.").places;
    expect(port.map((p) => [p.name, p.kind, p.country])).toEqual([["port d'Anvers-Bruges", "port", "belgique"]]);
  });
});

describe("roles read in the sentence (issue #29)", () => {
  it("« dont le siège est situé à » is a headquarters; « seront inaugurés » and « prévoit » are planned", () => {
    expect(roleFromContext("Microsoft, dont le siège est situé à ", ", dans l'État de Washington")).toBe("headquarters");
    expect(roleFromContext("Les bâtiments seront inaugurés en 2026 à ", "")).toBe("planned");
    expect(roleFromContext("Le groupe prévoit un troisième bâtiment à ", "")).toBe("planned");
  });

  it("the country where a firm builds is a site or planned, its home only through its adjective or its seat", () => {
    const found = recognise("Le groupe néerlandais NorthC, dont le siège est situé à Utrecht, prévoit d'ouvrir deux centres de données à Strasbourg.");
    expect(found.countries).toContainEqual(expect.objectContaining({ slug: "pays-bas", role: "headquarters" }));
    expect(found.countries.filter((c) => c.slug === "france").map((c) => c.role)).toEqual(["planned"]);
  });
});

describe("registry companies under another spelling (issue #29)", () => {
  const slugs = (text: string) => recognise(text).companies.map((c) => c.slug ?? `proposé : ${c.name}`);

  it("are the registry's company, never a new proposal", () => {
    expect(slugs("L'opérateur panafricain Africa Data Centers a mis en service son deuxième site.")).toEqual(["africa-data-centres"]);
    expect(slugs("Selon un communiqué, OVH Cloud Group explique vouloir industrialiser ses centres.")).toContain("ovhcloud");
    expect(slugs("Le directeur général d'Equinix Irlande, la filiale Equinix Irlande, a parlé.")).not.toContainEqual(expect.stringMatching(/proposé/));
  });

  it("keep apart two registry companies one name contains", () => {
    expect(slugs("Alibaba Cloud a ouvert une région. Alibaba a confirmé.")).toEqual(["alibaba-cloud", "alibaba"]);
  });

  it("do not make a company of a registry company's product", () => {
    expect(proposed("Des start-up comme Kapsule de Scaleway ou la société Brumex testent l'offre.")).toEqual(["Brumex"]);
    expect(proposed("Les données sont hébergées chez Kapsule, le service de Scaleway, et chez Brumex.")).toEqual(["Brumex"]);
  });

  it("do not make a company of « L'entreprise »", () => {
    expect(proposed("L'entreprise exploite déjà un site à Lagos.")).toEqual([]);
  });

  it("names a subsidiary by its longest name and the group only when the text also names the group alone", () => {
    const slugs = (text: string) => recognise(text).companies.map((c) => c.slug ?? c.name);
    expect(slugs("Orange Sahel va construire un centre de données à Niamey.")).toEqual(["Orange Sahel"]);
    expect(slugs("Orange Sahel va construire un centre de données à Niamey. Orange y apportera 10 millions d'euros.")).toEqual(["orange", "Orange Sahel"]);
  });

  it("reads a town after the unaccented « A » of a wire in capitals; the verb « a » in small letters names no town", () => {
    const places = (text: string) => recognise(text).places.map((p) => p.name);
    expect(places("NORDVOLT A INAUGURE MERCREDI A SAINT-PRIEST UN CENTRE DE DONNEES DE 16 MEGAWATTS EN FRANCE.")).toContain("Saint-Priest");
    expect(places("Le fonds Nordvolt a Saint-Priest pour premier client en France.")).not.toContain("Saint-Priest");
  });

  it("places a part of a region or a division (« le Sud-Alsace », « le Nord-Isère ») at its whole's point; a prefixed word that names none is no place", () => {
    const places = (text: string) => recognise(text).places.map((p) => [p.written, p.name]);
    expect(places("La salle accueillera les entreprises du Sud-Alsace, en France.")).toContainEqual(["Sud-Alsace", "Alsace"]);
    expect(places("Le projet du Nord-Isère avance, en France.")).toContainEqual(["Nord-Isère", "Isère"]);
    expect(places("Le fonds Nord-Quantique investit en France.").map(([w]) => w)).not.toContain("Nord-Quantique");
  });

  it("names the page's own university as the operator when the text says « l'université » runs the facility; not when it only studies there", () => {
    const names = (text: string) => recognise(text, "Université de Nantes").companies.map((c) => c.name);
    expect(names("L'université a mis en service en janvier un centre de données de 1 MW à Nantes, en France.")).toContain("Université de Nantes");
    expect(names("L'université accueille 40 000 étudiants à Nantes, en France.")).not.toContain("Université de Nantes");
  });
});

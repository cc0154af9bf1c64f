import { describe, expect, it } from "vitest";
import { findAreas } from "@/lib/importer/entities/areas";
import { recognise, places } from "./entity-probes";

/*
 * Causes of the eighth blind set's misses (issue #29 item 6, round 13), each
 * with a made-up sentence where the rule fires and a look-alike where it must not.
 */

describe("areas named in the English order or with two adjectives", () => {
  it("« Ebène Cybercity », « Sophia Business Park », « Business Park de X » and « parc scientifique et technologique X » are areas", () => {
    expect(findAreas("Nordvolt construit à Ebène Cybercity et au Business Park de Côte-d'Or.").areas.map((a) => a.name)).toEqual(["Ebène Cybercity", "Business Park de Côte-d'Or"]);
    expect(findAreas("Le site du Sophia Business Park ouvre.").areas.map((a) => [a.name, a.proper])).toEqual([["Sophia Business Park", "Sophia"]]);
    expect(findAreas("au parc scientifique et technologique Y-Parc, à Yverdon-les-Bains").areas.map((a) => a.name)).toEqual(["parc scientifique et technologique Y-Parc"]);
  });
  it("an article or a preposition before the noun is no town (« Le Business Park accueille… »)", () => {
    expect(findAreas("Le Business Park accueille des firmes. À Cybercity, rien.").areas).toEqual([]);
  });
  it("two areas of one town with names of their own are two places; one area named twice is one", () => {
    const found = places("Nordvolt construit à Ebène Cybercity, ainsi qu'un second site au Business Park de Côte-d'Or, à Maurice.");
    expect(found).toEqual(expect.arrayContaining(["Ebène Cybercity/maurice", "Business Park de Côte-d'Or/maurice"]));
    expect(places("Le port d'Anvers-Bruges et la zone portuaire d'Anvers-Bruges, en Belgique.").filter((p) => p.includes("Anvers"))).toHaveLength(1);
  });
});

describe("French names of foreign divisions", () => {
  it("« en Nouvelle-Écosse » is the Canadian province; « la nouvelle Écosse » written lower-case names nothing", () => {
    expect(places("Le siège est situé à Halifax, en Nouvelle-Écosse.")).toContain("Nouvelle-Écosse/canada");
    expect(places("Une nouvelle école ouvre à Halifax.")).not.toContain("Nouvelle-Écosse/canada");
  });
});

describe("a public operator's full name and its short name in brackets", () => {
  const firms = (text: string) => recognise(text).companies.map((c) => [c.name, ...(c.aliases ?? [])].join(" | "));
  it("« l'Office des postes et télécommunications (OPT) », « la Société centrafricaine de télécommunications (Socatel) » are firms", () => {
    expect(firms("Porté par l'Office des postes et télécommunications (OPT), le chantier coûte 4 millions.")).toEqual(["Office des postes et télécommunications | OPT"]);
    expect(firms("La Société centrafricaine de télécommunications (Socatel), entreprise publique, en sera le maître d'ouvrage.")).toEqual(["Société centrafricaine de télécommunications | Socatel"]);
  });
  it("a federal office, a country in brackets, initials the name does not spell are not", () => {
    expect(firms("L'Office fédéral de l'énergie (OFEN) a publié un rapport.")).toEqual([]);
    expect(firms("La Société nationale des eaux (Sénégal) a signé.")).toEqual([]);
    expect(firms("Porté par la Société des eaux du Nord (Kalix), le chantier coûte 4 millions.")).toEqual([]);
  });
});

describe("a registry division named as its parent's offer", () => {
  const firms = (text: string) => recognise(text).companies.map((c) => c.name);
  it("« Microsoft ouvrira une zone cloud Azure » names Microsoft only", () => {
    expect(firms("Microsoft ouvrira en 2027 une zone cloud Azure à Maurice.")).toEqual(["Microsoft"]);
  });
  it("the division named in full, or without its parent, stays a firm", () => {
    expect(firms("Microsoft Azure ouvrira une région à Maurice.")).toContain("Microsoft Azure");
    expect(firms("Le groupe ouvrira une zone cloud Azure à Maurice.")).toContain("Microsoft Azure");
  });
});

describe("a party to an agreement, a pronoun", () => {
  const firms = (text: string) => recognise(text).companies.map((c) => c.name);
  it("« de conclure avec X une entente », under a heading « Entente de service avec X », names the firm X", () => {
    expect(firms("Entente de service avec Nordvolt Fibre\nIl est résolu de conclure avec Nordvolt Fibre une entente pour le prolongement du réseau.")).toEqual(["Nordvolt Fibre"]);
  });
  it("a product after its noun stays a product; a town party to an agreement is no firm", () => {
    expect(firms("Nordvolt lance le service cloud Kapsix à Paris.")).toEqual(["Nordvolt"]);
    expect(firms("Le maire a signé avec Montréal une entente de voisinage.")).toEqual([]);
  });
  it("« On a pu visiter » opens on a pronoun, not a firm", () => {
    expect(firms("On a pu visiter le chantier du futur centre de données.")).toEqual([]);
  });
});

describe("a firm's plant named by its town", () => {
  const firms = (text: string) => recognise(text).companies.map((c) => c.name);
  it("« directeur du site Nordvolt de Mulhouse », « l'usine Nordvolt d'Arras » name the firm Nordvolt", () => {
    expect(firms("Thomas Meyer est nommé directeur du site Nordvolt de Mulhouse.")).toEqual(["Nordvolt"]);
    expect(firms("L'usine Nordvolt d'Arras ferme.")).toEqual(["Nordvolt"]);
  });
  it("a label or a web site before « de » is no firm", () => {
    expect(firms("Le site Seveso de Lyon ferme.")).toEqual([]);
    expect(firms("Le site Internet de Lyon est en panne.")).toEqual([]);
  });
});

describe("a registry group and its business line", () => {
  const firms = (text: string) => recognise(text).companies.map((c) => c.name);
  it("« Bouygues Construction » is the subsidiary, not the group; « Bouygues » alone stays the group", () => {
    expect(firms("Nordvolt a confié à Bouygues Construction la réalisation de son campus.")).toEqual(["Nordvolt", "Bouygues Construction"]);
    expect(firms("Bouygues a confié la réalisation à sa filiale.")).toEqual(["Bouygues"]);
  });
});

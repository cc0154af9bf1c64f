import { describe, expect, it } from "vitest";
import { findAreas } from "@/lib/importer/entities/areas";
import { countries, firms, places } from "./entity-probes";

/*
 * Causes of the ninth blind set's misses (issue #29 item 6, round 14), each
 * with a made-up sentence where the rule fires and a look-alike where it must not.
 */

describe("a name's capitals", () => {
  it("« La Réunion » is the island; « La réunion est ouverte », a meeting, names no country", () => {
    expect(countries("Nordvolt ouvre un centre de données à La Réunion.")).toContain("la-reunion");
    expect(countries("La réunion est ouverte à 9 h 30. Nordvolt ouvre un centre de données à Lyon.")).not.toContain("la-reunion");
  });
});

describe("nationalities", () => {
  it("« la société émiratie X » names the Emirates; « des dirhams émiratis » alone does not", () => {
    expect(countries("Le Rwanda a signé avec la société émiratie Nordgulf Data un accord pour un centre de données à Kigali.")).toContain("emirats-arabes-unis");
    expect(countries("Le câble vers Dakar coûte 300 millions de dirhams émiratis.")).not.toContain("emirats-arabes-unis");
  });
  it("« Le géant chinois des télécommunications, China Unicom, construira » ties the adjective to the firm in apposition", () => {
    expect(countries("Le géant chinois des télécommunications, China Unicom, construira un centre de données à Phnom Penh.")).toContain("chine");
    expect(countries("Le marché chinois progresse, China Unicom en profite à Phnom Penh.")).not.toContain("chine");
  });
  it("« Le britannique vise » stands for the British firm of the sentence before, not for another", () => {
    expect(countries("Nscale construit un campus à Thionville. Le britannique vise l'intelligence artificielle.")).toContain("royaume-uni");
    expect(countries("Orange construit un campus à Thionville. Le britannique vise l'intelligence artificielle.")).not.toContain("royaume-uni");
  });
});

describe("firms named by a round, a merger or after a connector", () => {
  it("a round's lead and co-investor are firms; an inquiry led by a body is not a round", () => {
    const found = firms("Nous annonçons une ronde de financement de 45 M$ menée par Fonds de croissance Boréal, avec la participation de Capital Nordique.");
    expect(found).toEqual(expect.arrayContaining(["Fonds de croissance Boréal", "Capital Nordique"]));
    expect(firms("L'enquête menée par Bruxelles Environnement a duré un an.")).not.toContain("Bruxelles Environnement");
  });
  it("« né de la fusion de la NORTEL et de Sahelnet » names two firms; a merger of two regions names none", () => {
    expect(firms("L'opérateur public, né en 2016 de la fusion de la NORTEL et de Sahelnet, construit un centre de données.")).toEqual(expect.arrayContaining(["NORTEL", "Sahelnet"]));
    expect(firms("La région, née de la fusion de la Bourgogne et de la Franche-Comté, investit.")).toEqual([]);
  });
  it("« Par ailleurs, X a annoncé » opens on a connector before the subject; a town there is no firm", () => {
    expect(firms("Par ailleurs, Nilecom a annoncé qu'elle construira la station d'atterrissement.")).toContain("Nilecom");
    expect(firms("Par ailleurs, Marseille a annoncé une hausse de ses recettes.")).toEqual([]);
  });
});

describe("a consortium", () => {
  it("« Le consortium Nordic Sahel Link, mené par … » is a firm; « le câble Sahel Link » is not", () => {
    expect(firms("Le consortium Nordic Sahel Link, mené par Mauritel, a signé un accord à Nouakchott.")).toContain("Nordic Sahel Link");
    expect(firms("Le câble Nordic Sahel Link reliera Nouakchott à Dakar.")).not.toContain("Nordic Sahel Link");
  });
});

describe("a firm's unit named with a registry firm's initials", () => {
  it("« les centres de Nordcom IDC » is one firm, not the registry's IDC; « Nordcom et IDC » are two", () => {
    const text = "Le groupe de télécommunications Nordcom ouvre une région cloud. Elle s'appuiera sur les centres de Nordcom IDC à Hanoï.";
    expect(firms(text)).toEqual(expect.arrayContaining(["Nordcom", "Nordcom IDC"]));
    expect(firms(text)).not.toContain("IDC");
    expect(firms("Le groupe de télécommunications Nordcom ouvre une région cloud, selon Nordcom et IDC.")).toContain("IDC");
  });
});

describe("a passive subject", () => {
  it("« La MRAe a été saisie » is acted upon: no firm; « La Nordcom a signé » still names one", () => {
    expect(firms("La MRAe a été saisie pour avis le 5 janvier par le préfet.")).toEqual([]);
    expect(firms("La Nordcom a signé un accord pour un centre de données à Lyon.")).toContain("Nordcom");
  });
});

describe("innovation districts and economic zones", () => {
  it("« la cité de l'innovation Kpanou City » and « la zone économique de Kpanou City » are areas; « la zone économique exclusive de la France » is not", () => {
    expect(findAreas("bâtir dans la cité de l'innovation Kpanou City, à Ouidah, un centre de données.").areas.map((a) => a.proper)).toEqual(["Kpanou City"]);
    expect(findAreas("inauguré dans la zone économique de Kpanou City.").areas.map((a) => a.proper)).toEqual(["Kpanou City"]);
    expect(findAreas("Le câble traverse la zone économique exclusive de la France.").areas).toEqual([]);
  });
  it("« le parc des Industries Artois-Flandres » is an area; « le parc des Princes » or a bare « parc des Industries » is not (round 20)", () => {
    expect(findAreas("la vente d'un terrain sur le parc des Industries Artois-Flandres à la société X").areas.map((a) => a.name)).toEqual(["parc des Industries Artois-Flandres"]);
    expect(findAreas("un concert au parc des Princes, puis le parc des Industries, créé il y a quarante ans").areas).toEqual([]);
  });
});

describe("French names of foreign cities", () => {
  it("Alexandrie, Addis-Abeba and Hô Chi Minh-Ville are found in their countries", () => {
    expect(places("Les câbles passent par Alexandrie, en Égypte.")).toContain("Alexandrie/egypte");
    expect(places("Raxio ouvre un centre à Addis-Abeba, en Éthiopie.")).toContain("Addis-Abeba/ethiopie");
    expect(places("Viettel ouvre une région cloud à Hô Chi Minh-Ville, au Vietnam.")).toContain("Hô Chi Minh-Ville/vietnam");
  });
});

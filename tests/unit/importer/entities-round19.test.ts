import { describe, expect, it } from "vitest";
import { countries, firms, places } from "./entity-probes";

/*
 * Causes of the thirteenth blind set's misses (ordinary news, issue #29 item 6,
 * round 19), each with a made-up sentence where the rule fires and a look-alike
 * where it must not.
 */

describe("firms", () => {
  it("who is given a work is a firm: « Le gros œuvre a été confié à Valbat »; « le dossier a été confié à Valbat » is not a contract", () => {
    expect(firms("Le gros œuvre a été confié à Valbat.")).toContain("Valbat");
    expect(firms("Le dossier a été confié à Valbat.")).not.toContain("Valbat");
  });
  it("the agent of « fabriqué et posé par » with its initials; « la question posée par » a person is none", () => {
    expect(firms("Le câble a été fabriqué et posé par Nordic Cable Systems (NCS).")).toContain("Nordic Cable Systems");
    expect(firms("La question posée par Jean Valmont, maire de la ville, reste sans réponse.")).toEqual([]);
  });
  it("a trade in apposition before « doit » and an infinitive, or before a speech verb; not before any other verb", () => {
    expect(firms("Le gestionnaire du réseau, Voltania, doit renforcer la ligne.")).toContain("Voltania");
    expect(firms("Le distributeur d'eau local, Aquaval, indique que la nappe n'est pas menacée.")).toContain("Aquaval");
    expect(firms("Le gestionnaire du réseau, Voltania, se tait.")).not.toContain("Voltania");
  });
  it("a trade alone in apposition (« Le vendeur, Kermadec, était entré au capital en 2019 »); « Le vendeur, Kermadec, était fatigué » is no deal", () => {
    expect(firms("Le vendeur, Kermadec, était entré au capital en 2019.")).toContain("Kermadec");
    expect(firms("Le vendeur, Kermadec, était fatigué.")).not.toContain("Kermadec");
  });
  it("two subjects of a plural deal verb, the second a body in small letters that is no firm", () => {
    const found = firms("Sahel50 et la Société financière internationale (SFI) ont apporté ensemble 45 M$ au financement.");
    expect(found).toContain("Sahel50");
    expect(found).not.toContain("Société");
  });
  it("a one-word common noun keeps its « de » complement: « Le distributeur Électricité de Colmar »; « le distributeur Voltania de Colmar » stays Voltania", () => {
    expect(firms("Le distributeur Électricité de Colmar avait réservé une capacité de raccordement.")).toContain("Électricité de Colmar");
    expect(firms("Le distributeur Voltania de Colmar avait réservé une capacité de raccordement.")).toEqual(["Voltania"]);
  });
  it("a capitalised preposition opening a sentence is no firm: « À Marcoussis, l'opérateur Data4 construit »", () => {
    expect(firms("À Limours, l'opérateur Kermadec construit trois bâtiments.")).toEqual(["Kermadec"]);
  });
  it("half of a dash-joined place is no firm: « au Saguenay–Lac-Saint-Jean, à Alma »", () => {
    expect(firms("L'entreprise prévoit aussi un site au Saguenay–Lac-Saint-Jean, à Alma.")).toEqual([]);
  });
});

describe("places and countries", () => {
  it("a firm in apposition after a trade noun is no town (« Le distributeur d'eau local, Suez, indique »); « à Suez, » is the town", () => {
    const text = "Le distributeur d'eau local, Suez, indique que la nappe n'est pas menacée.";
    expect(places(text)).toEqual([]);
    expect(countries(text)).toEqual([]);
    expect(firms(text)).toContain("Suez");
    expect(places("Le groupe construira un centre de données à Suez, en Égypte.")).toContain("Suez/egypte");
  });
  it("a court's seat is no place of the story: « la cour administrative d'appel de Nancy »; « à Nancy » is", () => {
    expect(places("La société fait appel devant la cour administrative d'appel de Nancy.")).toEqual([]);
    expect(places("La société construira un centre de données à Nancy.")).toContain("Nancy/france");
  });
  it("a power plant names its town: « la centrale nucléaire de Golfech »; « la centrale d'achat » names none", () => {
    expect(places("Le projet nécessitait une ligne depuis la centrale nucléaire de Golfech.")).toContain("Golfech/france");
    expect(places("Le projet passait par la centrale d'achat du groupe.")).toEqual([]);
  });
  it("a district the gazetteer lacks, then « dans le district d' » its large city: « à Yopougon, dans le district d'Abidjan »", () => {
    expect(places("Le groupe a inauguré vendredi à Yopougon, dans le district d'Abidjan, un centre de données.")).toContain("Yopougon/cote-d-ivoire");
    expect(places("Le groupe a inauguré vendredi à Yopougon, dans la zone industrielle, un centre de données.")).not.toContain("Yopougon/cote-d-ivoire");
  });
});

describe("countries named by their initials", () => {
  it("initials are found only in capitals: « l'association Eau Vive 91 » names no country, « aux EAU » does", () => {
    expect(countries("Le procédé n'a pas échappé aux membres de l'association Eau Vive 91.")).toEqual([]);
    expect(countries("Le groupe construira un centre de données aux EAU.")).toContain("emirats-arabes-unis");
  });
});

describe("a firm that bears a country's name", () => {
  it("« L'italien Aruba, leader local » is a firm, not the country, wherever the text names it; « à Aruba » alone is the country", () => {
    const text = "L'italien Aruba, leader local de l'hébergement, reste un concurrent. Plusieurs concurrents, dont Aruba, disposent de centres à Milan.";
    expect(firms(text)).toContain("Aruba");
    expect(countries(text)).not.toContain("aruba");
    expect(countries("Le câble reliera la Floride à Aruba.")).toContain("aruba");
  });
});

import { describe, expect, it } from "vitest";
import { recogniseEntities } from "@/lib/importer/entities/recognise";
import { registry, gazetteer, countries, firms, places } from "./entity-probes";

/*
 * Causes of the tenth blind set's misses (issue #29 item 6, round 15), each
 * with a made-up sentence where the rule fires and a look-alike where it must not.
 */

describe("homonyms in a country the text never names", () => {
  it("« l'île Providence » is an island, not Providence (États-Unis); « l'île de Montréal » in a Canadian story is the city", () => {
    const seychelles = "Nordvolt construira un centre de données sur la zone industrielle de l'île Providence, aux Seychelles.";
    expect(countries(seychelles)).not.toContain("etats-unis");
    expect(places(seychelles).join()).not.toMatch(/Providence/);
    expect(places("Nordvolt ouvre un centre de données sur l'île de Montréal, au Canada.")).toContain("Montréal/canada");
  });
  it("« la péninsule de Burin » names a peninsula, « à Burin » the town", () => {
    expect(places("Le câble atterrira à Fortune, sur la péninsule de Burin, au Canada.").join()).not.toMatch(/Burin/);
    expect(places("Le câble atterrira à Burin, au Canada.")).toContain("Burin/canada");
  });
  it("« à l'Anse à Henry » is one place's name, not the French town Anse; « l'usine de l'Anse, près de Lyon » is", () => {
    expect(places("Le câble atterrit à l'Anse à Henry, au nord de Saint-Pierre, au Canada.").join()).not.toMatch(/Anse/);
    expect(places("Nordvolt ouvre un centre de données à l'Anse, près de Lyon.")).toContain("Anse/france");
  });
  it("« à Mahé » is not Mahe, a small town of a named country's neighbour spelt without the accent; an accented French town near Belgium still is", () => {
    expect(countries("Le câble arrivera à Mahé et à Karachi, au Pakistan.")).not.toContain("chine");
    expect(places("Nordvolt ouvre un centre à Liège, en Belgique, et un autre à Hénin-Beaumont.")).toContain("Hénin-Beaumont/france");
  });
});

describe("names opening a sentence", () => {
  it("« Pour Varsovie, nous avons décidé » names Warsaw; « Pour Nordvolt, … » no place", () => {
    expect(places("Le projet avance à Milan, en Italie. Pour Varsovie, nous avons décidé de ne pas poursuivre.")).toContain("Varsovie/pologne");
    expect(places("Le projet avance à Milan, en Italie. Pour Nordvolt, la priorité reste l'Italie.").join()).not.toMatch(/Nordvolt/);
  });
  it("« Réunion publique » opening a line is a meeting; « à la Réunion » is the island", () => {
    expect(countries("Réunion publique le 14 avril à Lyon.\nNordvolt construit à Lyon.")).not.toContain("la-reunion");
    expect(countries("Nordvolt ouvre un centre de données à la Réunion.")).toContain("la-reunion");
  });
});

describe("exonyms", () => {
  it("« à Aoste » is Aosta (Italie)", () => {
    expect(places("Le projet a été présenté lundi à Aoste.")).toContain("Aoste/italie");
  });
});

describe("the publisher's town", () => {
  it("a town a copyright line sets beside the paper's name (a publisher candidate) is a place after « à »; elsewhere it stays skipped", () => {
    const withPublisher = (text: string) => recogniseEntities(text, registry, { gazetteer, publishers: ["Aoste"] }).places.map((p) => p.name);
    expect(withPublisher("Le projet a été présenté lundi à Aoste.")).toContain("Aoste");
    expect(withPublisher("Aoste publie son bilan du projet.")).not.toContain("Aoste");
  });
});

describe("firms", () => {
  it("« Électricité de Mayotte (EDM) » is not « Électricité de France »: a country after « de » is the name's own", () => {
    expect(firms("Électricité de Mayotte (EDM) construira un poste de raccordement à Longoni.")).not.toContain("EDF");
    expect(firms("Électricité de France construira un poste de raccordement à Lyon.")).toContain("EDF");
  });
  it("« L'entreprise de Halifax Nordvolt Compute Inc. »: the town after « de » is where the firm is from; « L'entreprise Halifax Nordvolt Compute Inc. » keeps it", () => {
    expect(firms("L'entreprise de Halifax Nordvolt Compute Inc. construira un centre de données à Dieppe.")).toContain("Nordvolt Compute");
    expect(firms("L'entreprise de Halifax Nordvolt Compute Inc. construira un centre de données à Dieppe.")).not.toContain("Halifax Nordvolt Compute");
    expect(firms("L'entreprise Halifax Nordvolt Compute Inc. construira un centre de données à Dieppe.")).toContain("Halifax Nordvolt Compute");
  });
  it("initials with an accent spell the name (« Électricité de Nordvalle (ÉN) posera »); initials that spell nothing do not", () => {
    expect(firms("Électricité de Nordvalle (ÉN) posera une ligne souterraine depuis le poste de Lyon.")).toContain("Électricité de Nordvalle");
    expect(firms("Électricité de Nordvalle (XZ) posera une ligne souterraine depuis le poste de Lyon.")).not.toContain("Électricité de Nordvalle");
  });
  it("« X entre au capital de Y » makes X a deal's party; « X entre dans la salle » does not", () => {
    expect(firms("Nordvalle Entreprendre entre au capital de Hainaut Data Park à hauteur de 90 millions d'euros.")).toContain("Nordvalle Entreprendre");
    expect(firms("Nordvalle Entreprendre entre dans la salle du conseil.")).not.toContain("Nordvalle Entreprendre");
  });
  it("« X et les autres fournisseurs d'accès » counts X among a trade's firms; « X et les autres élus » does not", () => {
    expect(firms("Le centre ouvrira en 2028. Cable & Nordwire Seychelles et les autres fournisseurs d'accès pourront y louer des capacités.")).toContain("Cable & Nordwire Seychelles");
    expect(firms("Le centre ouvrira en 2028. Jean Nordvalle et les autres élus pourront le visiter.")).not.toContain("Jean Nordvalle");
  });
  it("« Pour l'alimenter, X construira un poste »: an opener with an elision before its comma, then a deal's subject; a country in its place is no firm", () => {
    expect(firms("Pour l'alimenter, Nordgrid construira un nouveau poste source aux Ulis.")).toContain("Nordgrid");
    expect(firms("Pour l'alimenter, la France construira un nouveau poste source aux Ulis.")).toEqual([]);
  });
  it("a print page's « Page 1/2 » caught in a sentence is no firm; a firm in its place still is", () => {
    expect(firms("Schneider Electric fournira les modules, assemblés dans son usine, et\nPage 1/2\nassurera leur maintenance.")).not.toContain("Page 1");
    expect(firms("Schneider Electric et Nordvolt ont signé un accord pour un centre de données à Moirans.")).toContain("Nordvolt");
  });
});

import { describe, expect, it } from "vitest";
import { firms, roleOf } from "./entity-probes";

describe("round 46: where data was or still is kept, and places set aside", () => {
  it("data hosted elsewhere in the past, still, or as reported is only mentioned", () => {
    expect(roleOf("Le nouveau centre ouvre à Dakar. Jusqu'à présent, beaucoup de banques hébergeaient leurs données au Portugal, chez de grands fournisseurs.", "portugal")).toEqual(["mentioned"]);
    expect(roleOf("« Sans ce centre, nos données continueront d'être stockées en Belgique », prévient l'élu.", "belgique")).toEqual(["mentioned"]);
    expect(roleOf("Certaines données fiscales seraient ainsi stockées sur des serveurs situés en Suisse.", "suisse")).toEqual(["mentioned"]);
    expect(roleOf("Le centre doit rapatrier les données jusque-là hébergées à l'étranger, notamment en Irlande.", "irlande")).toEqual(["mentioned"]);
  });
  it("near miss: the story's data to be hosted there keeps its plan", () => {
    expect(roleOf("Les données des ministères seront hébergées au Portugal, dans le futur centre de Sines.", "portugal")).toEqual(["planned"]);
    // A past hosting that is not data's (« l'usine hébergeait des ateliers ») keeps its site word.
    expect(roleOf("L'ancienne usine hébergeait des ateliers de tissage en Belgique.", "belgique")).toEqual(["site"]);
  });
  it("a place the speaker sets aside (« pas à X ou en Y ») is only mentioned", () => {
    expect(roleOf("« Nos clients veulent des données hébergées chez nous, pas à Lisbonne ou en Norvège », dit la directrice du centre.", "norvege")).toEqual(["mentioned"]);
  });
  it("near miss: a verb's own negation still places the site", () => {
    expect(roleOf("Le centre de données ne sera pas construit en Norvège mais à Lyon.", "norvege")).not.toEqual(["mentioned"]);
  });
});

describe("round 46: an intercommunality and a law are no firms", () => {
  it("« X Communauté » closing the name, and « Loi 25 », are never proposed", () => {
    const text = "La société Breizh Edge s'installe à Carhaix. Le président de Kreiz Communauté a salué le projet, conforme à la Loi 12 sur les données, a indiqué l'entreprise Breizh Edge.";
    expect(firms(text)).not.toContain("Kreiz Communauté");
    expect(firms(text)).not.toContain("Loi 12");
  });
  it("near miss: a firm whose name opens on the same letters (« Loire Compute ») is still a firm", () => {
    expect(firms("L'hébergeur Loire Compute a ouvert un centre à Orléans.")).toContain("Loire Compute");
  });
});

describe("round 46: a firm's presence in apposition", () => {
  it("« Le groupe, présent au Ghana et en Égypte, prévoit… »: where it already is, mentioned", () => {
    expect(roleOf("Le groupe, présent au Ghana et en Égypte, prévoit d'investir 30 millions de dollars à Kigali.", "egypte")).toEqual(["mentioned"]);
  });
  it("near miss: « le groupe prévoit d'être présent en Égypte » keeps its plan", () => {
    expect(roleOf("Le groupe prévoit d'être présent en Égypte dès l'an prochain.", "egypte")).toEqual(["planned"]);
  });
});

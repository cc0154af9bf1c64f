import { describe, expect, it } from "vitest";
import { roleOf } from "./entity-probes";

describe("round 44: countries named only in passing are mentioned", () => {
  it("a firm's other sites, listed after « aussi » or « par ailleurs » (« exploite aussi des sites en Ouganda »)", () => {
    expect(roleOf("Le groupe ouvre un campus à Kigali. Il exploite aussi des sites en Ouganda et en Zambie.", "ouganda")).toEqual(["mentioned"]);
    expect(roleOf("Le groupe ouvre un campus à Kigali. Il dispose par ailleurs de centres de données dans plusieurs pays de la région, dont le Kenya et la Zambie.", "kenya")).toEqual(["mentioned"]);
  });
  it("near miss: a site of its own clause after « et » keeps its verb (« exploite aussi un site à Lyon et construira en Zambie »)", () => {
    expect(roleOf("Le groupe exploite aussi un entrepôt à Lyon et construira un campus en Zambie.", "zambie")).toEqual(["planned"]);
  });
  it("a share of the data kept abroad today (« Aujourd'hui, une grande partie des données est hébergée en Australie »)", () => {
    expect(roleOf("Le centre ouvrira à Nouméa. « Aujourd'hui, la plupart des données des banques sont hébergées en Australie ou au Japon », dit son directeur.", "australie")).toEqual(["mentioned"]);
    expect(roleOf("Le centre ouvrira à Nouméa. « Aujourd'hui, la plupart des données des banques sont hébergées en Australie ou au Japon », dit son directeur.", "japon")).toEqual(["mentioned"]);
  });
  it("near miss: data hosted today with no share named stays a site (« Aujourd'hui, les données sont hébergées en Australie »)", () => {
    expect(roleOf("Aujourd'hui, les données sont hébergées en Australie, dans un centre à Sydney.", "australie")).toEqual(["site"]);
  });
  it("the far ends of cables the site is connected to or already receives (the round-37 cable convention)", () => {
    expect(roleOf("Le centre sera raccordé au câble Oroc, qui relie le Chili au Pérou.", "perou")).toEqual(["mentioned"]);
    // The near end, the story's own place, keeps the role of its sentence.
    expect(roleOf("Le centre sera raccordé au câble Oroc, qui relie le Chili au Pérou.", "chili")).not.toEqual(["mentioned"]);
    expect(roleOf("Le centre sera raccordé au câble Oroc, qui atterrit déjà au Pérou.", "perou")).not.toEqual(["mentioned"]);
    expect(roleOf("Le port accueille déjà les points d'atterrissement des câbles Alfa, qui le relie à Accra au Ghana.", "ghana")).toEqual(["mentioned"]);
  });
  it("near miss: a cable still to be laid is the story's own (« raccordé au câble Oroc, qui reliera le Pérou »)", () => {
    expect(roleOf("Le centre sera raccordé au câble Oroc, qui reliera le Chili au Pérou en 2028.", "perou")).toEqual(["planned"]);
  });
  it("a competitor's country in a list closed by « ou » (« la concurrence de l'Espagne ou de l'Égypte est forte »)", () => {
    expect(roleOf("Le marché de l'hébergement reste étroit, et la concurrence de l'Espagne ou de l'Égypte est forte.", "egypte")).toEqual(["mentioned"]);
  });
  it("an announced laying of a cable is planned (« a annoncé la pose d'un câble entre Alexandrie et Marseille »)", () => {
    expect(roleOf("En mai, le consortium a annoncé la pose d'un câble vers la Grèce.", "grece")).toEqual(["planned"]);
  });
  it("near miss: a cable laid in the past is no plan (« la pose du câble vers la Grèce a été achevée »)", () => {
    expect(roleOf("La pose du câble vers la Grèce a été achevée en mai.", "grece")).not.toContain("planned");
  });
  it("countries listed as lacking the service, after a sentence where the firm aims at the region, are its markets", () => {
    const text = "Le groupe ouvre un centre à Dakar. Il vise aussi les pays voisins. La Gambie, le Mali et la Guinée n'ont presque pas d'offre d'hébergement.";
    expect(roleOf(text, "gambie")).toEqual(["market"]);
    expect(roleOf(text, "mali")).toEqual(["market"]);
  });
  it("near miss: the same lack with no aim before is only mentioned", () => {
    expect(roleOf("Le groupe ouvre un centre à Dakar. La Gambie et le Mali n'ont presque pas d'offre d'hébergement.", "mali")).toEqual(["mentioned"]);
  });
});

import { describe, expect, it } from "vitest";
import { isPostTrailer } from "@/lib/importer/page/post-blocks";
import { clutterKind } from "@/lib/importer/page/clutter";
import { P1, P2, P3, page } from "./news-page";

/*
 * Round 39 (every page-field miss of the sixteen ordinary sets, counted by
 * shape): embedded posts whose header takes several lines. Every page and
 * line here is made up.
 */
describe("an embedded post closed by its counters or its buttons", () => {
  const POST = "Heureux d'accueillir nos premiers clients dans la nouvelle salle de Vierzon ! #cloud #Berry";
  it("goes with its name, job line and date when a counter bar closes it", () => {
    const p = page(P1, "", "Jeanne Rivière", "Directrice chez Nordvolt", "2 mars 2026", POST, "312 J'aime · 24 commentaires", "", P2, P3);
    for (const gone of ["Jeanne Rivière", "Directrice chez Nordvolt", POST, "312 J'aime"]) expect(p.text).not.toContain(gone);
    expect(p.text).toContain(P2);
  });
  it("goes with its account and date under a network's header, an emoji bar or a button under it", () => {
    const p = page(P1, "Nordvolt sur Instagram · 3 mars", "Bientôt chez vous 🔥 #Vierzon", "Voir ce post sur Instagram", P2, "", "Nordvolt", "2 mars 2026 ·", POST, "👍 54 💬 7 ↪️ 3", "", P3);
    for (const gone of ["sur Instagram", "Bientôt chez vous", "Voir ce post", POST, "👍 54"]) expect(p.text).not.toContain(gone);
    expect(p.text).toContain(P2);
    expect(p.text).toContain(P3);
  });
  it("near miss: a paragraph over a counter bar, with no stamp above it, stays (only the bar goes)", () => {
    const para = "Les riverains ont salué l'ouverture, qui crée une vingtaine d'emplois dans le quartier de la gare.";
    const p = page(P1, "", para, "👍 54 💬 7 ↪️ 3", "", P2, P3);
    expect(p.text).toContain(para);
    expect(p.text).not.toContain("👍 54");
  });
  it("near miss: a dated quotation with no counter nor button under it stays", () => {
    const p = page(P1, "", "Jeanne Rivière", "2 mars 2026", "« Nous ouvrirons la seconde salle en 2027 », a-t-elle annoncé.", "", P2, P3);
    expect(p.text).toContain("« Nous ouvrirons la seconde salle en 2027 », a-t-elle annoncé.");
  });
  it("reads counters and buttons, not a sentence about them", () => {
    for (const bar of ["👍 87 💬 12 ↪️ 9", "💬 48 🔁 112 ❤️ 390", "1 204 réactions · 12 republications", "Traduire le post", "Voir ce post sur Instagram"]) expect(isPostTrailer(bar)).toBe(true);
    for (const line of ["Le post a reçu 87 réactions.", "Voir ce post sur le blog du maire", "👍 87"]) expect(isPostTrailer(line)).toBe(false);
  });
});

describe("a comment plugin's heading and a related list's « aussi »", () => {
  it("« Commentaires Facebook » heads the comments, « Vous pourriez aussi aimer » a related list", () => {
    expect(clutterKind("Commentaires Facebook")).toBe("comments");
    expect(clutterKind("Plug-in Commentaires Facebook")).toBe("comments");
    expect(clutterKind("Vous pourriez aussi aimer")).toBe("related");
    expect(clutterKind("Vous aimerez aussi")).toBe("related");
  });
  it("near miss: a sentence about comments on a network or about liking stays", () => {
    expect(clutterKind("Les commentaires Facebook du maire ont été supprimés dans la nuit.")).toBeNull();
    expect(clutterKind("Vous pourriez aussi aimer la nouvelle piscine, chauffée par les serveurs.")).toBeNull();
  });
});

describe("an offer, an access badge and a white-paper insert", () => {
  it("go: « Profitez de 2 mois à 1 € », « Article en accès libre », « Livre blanc - Title » and its button", () => {
    expect(clutterKind("Profitez de 2 mois à 1 €")).toBe("call-to-action");
    expect(clutterKind("Article en accès libre")).toBe("notice");
    expect(clutterKind("Livre blanc - Sobriété des salles serveurs : le guide pratique")).toBe("call-to-action");
    expect(clutterKind("Télécharger gratuitement")).toBe("call-to-action");
  });
  it("near miss: a sentence about an offer, a free article or a white paper stays", () => {
    expect(clutterKind("Les abonnés profitent de 2 mois à 1 € depuis le rachat.")).toBeNull();
    expect(clutterKind("Article gratuit ou payant, le débat agite la rédaction.")).toBeNull();
    expect(clutterKind("Livre blanc - le ministère a publié lundi ses recommandations sur le cloud.")).toBeNull();
  });
});

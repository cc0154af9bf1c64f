import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/importer/page/line-roles";
import { keepProse, readsLikeProse } from "@/lib/importer/page/prose-guard";
import { P1, P2, P3, page } from "./news-page";

/*
 * Round 23's guard (issue #29, « never drop a sentence »): a removed line that
 * reads like a sentence of the article and left on a weak signal only (its
 * position, a link list's header above it, a paywall above it, the look of a
 * caption or pull quote without its twin) is kept and reported as possible
 * furniture; one removed on a strong signal stays removed. Made-up lines, no
 * blind page's words.
 */

const text: Role = { kind: "text" };
const furniture = (why: string, extra: Partial<Extract<Role, { kind: "furniture" }>> = {}): Role => ({ kind: "furniture", why, ...extra }) as Role;
const sentence = "Le chantier doit reprendre au printemps prochain, selon la mairie.";

describe("the prose test", () => {
  it("a whole sentence with a verb reads like prose", () => {
    expect(readsLikeProse(sentence)).toBe(true);
    expect(readsLikeProse("« Nous voulons ouvrir le site avant l'été », a déclaré la directrice.")).toBe(true);
  });

  it("look-alikes: a label, a menu run, a short line, an address, a time stamp, a credit are not prose", () => {
    expect(readsLikeProse("Économie")).toBe(false);
    expect(readsLikeProse("Accueil | Économie | Numérique | Régions.")).toBe(false);
    expect(readsLikeProse("Lire la suite.")).toBe(false);
    expect(readsLikeProse("Le dossier complet est en ligne sur https://exemple.fr/dossier.")).toBe(false);
    expect(readsLikeProse("Le conseil municipal se réunit ce soir à 18:30 en mairie.")).toBe(false);
    expect(readsLikeProse("Le chantier de la zone d'activités vu du ciel. © Jeanne Morel.")).toBe(false);
    expect(readsLikeProse("Une vue aérienne de la future zone d'activités du nord.")).toBe(false);
  });
});

describe("the guard on each signal", () => {
  it("a sentence removed by position (before the headline) goes back to the text and is listed", () => {
    const roles: Role[] = [furniture("menu"), furniture("menu"), text];
    expect(keepProse(["Économie", sentence, P1], roles)).toEqual([1]);
    expect(roles[1]).toEqual(text);
    expect(roles[0].kind).toBe("furniture");
  });

  it("under a links header, a plain sentence goes back; a link's title (a question, a kicker) stays removed", () => {
    const lines = ["À lire aussi", "Data centers : la région a-t-elle assez d'eau ?", "Vierzon – Les élus veulent un second site.", sentence, P1];
    const roles: Role[] = [furniture("related", { block: "links" }), furniture("related", { inBlock: true }), furniture("related", { inBlock: true }), furniture("related", { inBlock: true }), text];
    expect(keepProse(lines, roles)).toEqual([3]);
  });

  it("after a paywall notice, a sentence goes back; after a comments header (a known closer), it stays removed", () => {
    const paywall: Role[] = [text, furniture("paywall", { block: "end" }), furniture("after-end")];
    expect(keepProse([P1, "Il vous reste 40 % de cet article à lire.", sentence], paywall)).toEqual([2]);
    const comments: Role[] = [text, furniture("comments", { block: "end" }), furniture("after-end")];
    expect(keepProse([P1, "Vos commentaires", sentence], comments)).toEqual([]);
  });

  it("a pull quote whose twin the text holds stays removed; one whose twin is gone goes back", () => {
    const quote = "« Nous voulons ouvrir le site avant l'été prochain. »";
    const said = "La directrice l'a redit mardi : « Nous voulons ouvrir le site avant l'été prochain. » Le permis est déposé.";
    expect(keepProse([P1, quote, said], [text, furniture("repeat"), text])).toEqual([]);
    expect(keepProse([P1, quote, P2], [text, furniture("repeat"), text])).toEqual([1]);
  });

  it("a caption without its credit nor its twin goes back; a caption with its credit stays a caption", () => {
    const line = "Le terrain de la zone d'activités où doit s'élever le futur bâtiment.";
    expect(keepProse([P1, line], [text, { kind: "caption", caption: line }])).toEqual([1]);
    expect(keepProse([P1, line], [text, { kind: "caption", caption: line, credit: "Photo Jeanne Morel" }])).toEqual([]);
  });

  it("a known furniture phrase stays removed, however much it reads like a sentence", () => {
    expect(keepProse([P1, "Ce site utilise des cookies pour vous offrir une meilleure expérience."], [text, furniture("notice")])).toEqual([]);
  });
});

describe("a sentence after a paywall notice at the end of the page", () => {
  it("is kept in the text and named in the report as possible furniture", () => {
    const p = page(P1, P2, P3, "Il vous reste 40 % de cet article à lire.", sentence, "Mentions légales");
    expect(p.body).toContain(sentence);
    expect(p.report).toMatch(/phrases gardées dans le texte, peut-être de la page \(à vérifier\) : .*Le chantier doit reprendre/u);
  });

  it("look-alike: a reader's comment under « Vos commentaires » is still removed, and nothing is reported", () => {
    const comment = "Les habitants attendent ce chantier depuis des années, enfin une bonne nouvelle.";
    const p = page(P1, P2, P3, "Vos commentaires", comment, "Mentions légales");
    expect(p.body).not.toContain(comment);
    expect(p.report).not.toContain("phrases gardées dans le texte");
  });
});

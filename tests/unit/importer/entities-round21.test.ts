import { describe, expect, it } from "vitest";
import { firms, places } from "./entity-probes";

/*
 * Causes of the fifteenth blind set's misses (ordinary news, issue #29 item 6,
 * round 21), each with a made-up sentence where the rule fires and a look-alike
 * where it must not.
 */

describe("firms", () => {
  it("an origin adjective names the firm after it on its line, never across a heading's end (« le relais » over « Face à… »)", () => {
    expect(firms("Le Nord prend le relais\nFace à la pénurie, les opérateurs se tournent vers Lille.")).not.toContain("Face");
    expect(firms("Pour sa part, l'américain Norvane Compute a obtenu son permis.")).toContain("Norvane Compute");
  });
  it("a metropolis (« Dijon Métropole », « Tours Métropole Val de Loire ») is a public body; a firm named after one is a firm", () => {
    expect(firms("Le site chauffe des bureaux, selon la présidente de Vierzon Métropole, qui a signé.")).not.toContain("Vierzon Métropole");
    expect(firms("Le centre sert plusieurs collectivités, dont Blaye Métropole Val de Garonne.")).toEqual([]);
    expect(firms("L'hébergeur Vierzon Métropole Data a signé un contrat.")).toContain("Vierzon Métropole Data");
  });
  it("« Le local X » is the home market's firm, not a country of that name; « le local technique » names nothing", () => {
    expect(firms("Le marché est difficile. Le local Norvia, qui exploite plusieurs campus, domine.")).toContain("Norvia");
    expect(firms("Le local technique, qui abrite les serveurs, a brûlé.")).toEqual([]);
  });
  it("the lender of a loan (« un prêt du Crédit Mutuel Anjou Maine ») is a firm; a loan's amount is not", () => {
    expect(firms("Le projet a été financé par un prêt du Crédit Mutuel Anjou Maine et par une subvention.")).toContain("Crédit Mutuel Anjou Maine");
    expect(firms("Le projet a été financé par un prêt de 5 millions d'euros accordé en mars.")).toEqual([]);
    expect(firms("Le câble a été financé par un prêt de la Banque sahélienne de développement.")).toEqual([]);
  });
});

describe("places", () => {
  it("a sentence opening on « Dans la X, » frames a division, not a firm before its trade; inside a sentence, no frame", () => {
    expect(places("Dans la Somme, le fonds s'associe à Norvane pour agrandir son site.")).toContain("Somme/france");
    expect(firms("Dans la Somme, le fonds s'associe à Norvane pour agrandir son site.")).not.toContain("Somme");
    expect(places("Le fonds a mis beaucoup dans la somme, le reste suivra.")).not.toContain("Somme/france");
    expect(firms("Norvane Capital, le fonds, s'associe à Eclairion.")).toContain("Norvane Capital");
  });
});


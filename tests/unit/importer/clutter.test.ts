import { describe, expect, it } from "vitest";
import { clutterKind, findClutter } from "@/lib/importer/clutter";

describe("clutterKind", () => {
  it.each([
    ["Web Analytics", "widget"],
    ["Menu", "widget"],
    ["Partager sur Facebook", "widget"],
    ["Publicité", "widget"],
    ["Plus", "widget"],
    ["0Commentaire", "comments"],
    ["12 commentaires", "comments"],
    ["Réagir", "comments"],
    ["Ajouter un commentaire", "comments"],
    ["Leave a reply", "comments"],
    ["Your email address will not be published.", "comments"],
    ["Tous les champs sont obligatoires", "comments"],
    ["Inscrivez-vous à notre newsletter", "newsletter"],
    ["Lire aussi :", "related"],
    ["SUR LE MÊME SUJET", "related"],
    ["03:00", "time"],
    ["9h30", "time"],
    ["1 254", "counter"],
    ["Dernière mise à jour à 13h34 le 13/09", "update-stamp"],
  ])("%s is %s", (line, kind) => {
    expect(clutterKind(line)).toBe(kind);
  });

  it.each([
    "Alibaba investit plus de 25 milliards d’euros dans le cloud",
    "Suprématie",
    "Le groupe a publié plus de 12 commentaires sur sa stratégie cloud lors de la conférence annuelle.",
    "Les partenaires veulent partager leurs données.",
  ])("keeps article text: %s", (line) => {
    expect(clutterKind(line)).toBeNull();
  });
});

describe("findClutter", () => {
  it("drops the headlines listed under a related-articles header, until prose resumes", () => {
    const lines = [
      "Google agrandit son centre de données",
      "Premier paragraphe de l'article, qui se termine par un point.",
      "Lire aussi",
      "Amazon ouvre une région cloud en Espagne",
      "Microsoft investit en Suède",
      "Le paragraphe suivant reprend le fil de l'article.",
    ];
    expect([...findClutter(lines).entries()]).toEqual([
      [2, "related"],
      [3, "related"],
      [4, "related"],
    ]);
  });
});

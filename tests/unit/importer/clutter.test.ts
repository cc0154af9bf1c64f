import { describe, expect, it } from "vitest";
import { clutterKind, findClutter, LINE_RULES, lineInfo, matchRule } from "@/lib/importer/page/clutter";

describe("clutterKind", () => {
  it.each([
    ["Web Analytics", "widget"],
    ["Menu", "widget"],
    ["Partager sur Facebook", "share"],
    ["Publicité", "widget"],
    ["Plus", "widget"],
    ["0Commentaire", "comments"],
    ["12 commentaires", "comments"],
    ["Réagir", "comments"],
    ["Ajouter un commentaire", "comments"],
    ["Leave a reply", "comments"],
    ["Your email address will not be published.", "comments"],
    ["Tous les champs sont obligatoires", "comments"],
    ["Inscrivez-vous à notre newsletter", "call-to-action"],
    ["Il vous reste 62.41% de cet article à lire. La suite est réservée aux abonnés.", "paywall"],
    ["★★★★☆ 4,3/5 (27 votes)", "rating"],
    ["— Ibrahim Kalil Konaté (@IK_Konate) February 19, 2024", "social-post"],
    ["Accueil › Cloud › Infrastructure", "breadcrumb"],
    ["Lire aussi :", "related"],
    ["SUR LE MÊME SUJET", "related"],
    ["03:00", "time"],
    ["9h30", "time"],
    ["1 254", "counter"],
    ["Dernière mise à jour à 13h34 le 13/09", "update-stamp"],
    // The footer's licence lines: their pattern held a raw backspace where `\b` was meant, so neither matched.
    ["Le texte est disponible sous licence Creative Commons attribution, partage dans les mêmes conditions.", "footer"],
    ["Dernière modification de cette page le 3 mars 2025, à 10:12.", "footer"],
    ["Chapitres :", "widget"],
    ["² WUE : Water Usage Effectiveness.", "notice"],
    ["Chambre des représentants de Belgique · Place de la Nation 2 · 1008 Bruxelles", "boilerplate"],
    ["Les performances passées ne préjugent pas des performances futures.", "notice"],
    ["Verte Pierre Gestion – Société de gestion de portefeuille agréée par l'AMF sous le n° GP-20000031", "boilerplate"],
  ])("%s is %s", (line, kind) => {
    expect(clutterKind(line)).toBe(kind);
  });

  it.each([
    "Alibaba investit plus de 25 milliards d’euros dans le cloud",
    "Suprématie",
    "Le groupe a publié plus de 12 commentaires sur sa stratégie cloud lors de la conférence annuelle.",
    "Les partenaires veulent partager leurs données.",
    // No French function word, but French typography (a spaced colon, a thousands space): data, not a foreign notice.
    "Valeur totale estimée : 28 000 000 euros HT.",
    "Le parlement siège place de la Nation 2 – mais la commission se réunit à 1000 Bruxelles.",
  ])("keeps article text: %s", (line) => {
    expect(clutterKind(line)).toBeNull();
  });
});

describe("the rule table", () => {
  it("has a unique id for every rule", () => {
    expect(new Set(LINE_RULES.map((r) => r.id)).size).toBe(LINE_RULES.length);
  });

  // Each rule carries its own positive and negative fixture: a furniture line it
  // must remove, and a real sentence shaped like it that no rule may remove.
  it.each(LINE_RULES.map((r) => [r.id, r] as const))("%s removes its furniture line and keeps its look-alike sentence", (_, rule) => {
    expect(rule.test(lineInfo(rule.furniture)), rule.furniture).toBe(true);
    expect(rule.test(lineInfo(rule.text)), rule.text).toBe(false);
    expect(matchRule(rule.text)?.id, rule.text).toBeUndefined();
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

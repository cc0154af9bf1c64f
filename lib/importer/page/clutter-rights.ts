import type { LineRule } from "./line-rule";

/*
 * Rules of the line table (clutter.ts) for what a press review or a digest
 * prints about the articles it quotes: who may read it, who owns what it
 * quotes. The distributor's notice, the same in every issue, no part of the news;
 * and a partner's article republished, whose notice names where it first ran.
 */

export const RIGHTS_RULES: LineRule[] = [
  // « Les articles cités restent la propriété de leurs éditeurs », often after « Cette revue de presse est réservée aux adhérents. »
  {
    id: "quoted-rights",
    kind: "notice",
    furniture: "Cette revue de presse est réservée aux abonnés. Les extraits reproduits demeurent la propriété exclusive de leurs auteurs.",
    text: "Les articles cités par le rapport restent la propriété du ministère, qui les publiera en 2026.",
    test: (l) =>
      l.words <= 40 &&
      (/\b(articles|textes|extraits|contenus) (cites|reproduits|repris)\b.{0,40}\b(restent|sont|demeurent) (la )?propriete (exclusive )?de leurs (editeurs|auteurs|ayants droit)\b/.test(l.key) ||
        /^(cette )?(revue de presse|selection d'articles) (est )?(reservee|destinee) (a ses|aux) (adherents|abonnes|membres)\b/.test(l.key)),
  },
  // « Cet article est paru dans Alsace Éco Hebdo, partenaire de Rhin Numérique. »: where a syndicated article first ran.
  {
    id: "syndicated",
    kind: "notice",
    furniture: "Cet article est paru dans L'Écho du Rhin, partenaire de Numérique Est.",
    text: "Cet article est paru dans la presse locale avant que le maire ne réagisse, a noté l'opposition.",
    test: (l) =>
      l.words <= 25 &&
      /^(cet article|article) (est |a ete )?(initialement |d'abord )?(paru|publie|diffuse) (initialement |d'abord )?(dans|par|sur) /.test(l.key) &&
      /^[^,;]*?\s(?:dans|par|sur)\s+(?:l['’]|le |la |les )?\p{Lu}[^,;.]*(?:,\s*(?:notre\s+)?partenaire\b[^,;]*|,?\s*le \d{1,2} \p{L}+ \d{4})?\.?$/u.test(l.text),
  },
  // « Cet article est une dépêche de l'AFP, reprise sans modification par la rédaction. »: how the portal took the wire, no part of it.
  {
    id: "wire-copy",
    kind: "notice",
    furniture: "Cet article est une dépêche de l'agence Reuters, publiée automatiquement sans modification par la rédaction.",
    text: "Cette information est une dépêche de l'AFP que le ministère a démentie mardi, sans modification de son calendrier.",
    test: (l) =>
      l.words <= 30 &&
      /^(cet article|ce texte|cette information|cette depeche) (est|provient d') ?(une |d'une )?depeche\b/.test(l.key) &&
      /\b(reprise?|publiee?|diffusee?|reproduite?) (automatiquement |telle quelle |integralement )*(sans (modification|retouche)|telle quelle|automatiquement)\b/.test(l.key),
  },
];

import type { FurnitureKind, Role } from "./page/line-roles";
import { quoteLine } from "./page/quote-line";

/** How the import report names each reason a line left the body, in the editor's words. */
const LABELS: Record<FurnitureKind, string> = {
  menu: "menus et nom du site avant le titre",
  "archive-list": "liste des mois archivés du site",
  header: "rubriques et étiquettes entre le titre et le texte",
  logo: "logo",
  breadcrumb: "fil d'Ariane",
  widget: "boutons et libellés de la page",
  share: "partage et abonnement aux réseaux",
  rating: "notation",
  counter: "compteurs",
  time: "heures et lecteurs audio",
  "reading-time": "temps de lecture",
  "update-stamp": "mentions de mise à jour",
  metadata: "métadonnées clé : valeur",
  comments: "commentaires",
  "call-to-action": "appels à l'action (abonnement, inscription, suivi)",
  newsletter: "lettres d'information",
  paywall: "accès abonnés et connexion",
  related: "liens vers d'autres articles",
  tags: "mots-clés",
  contents: "sommaire",
  footer: "pied de page",
  "author-box": "encadré sur l'auteur",
  "social-post": "publication de réseau social intégrée",
  notice: "avertissements de la page (cookies, traduction ou publication automatique)",
  "wire-codes": "codes de dépêche (initiales de la rédaction)",
  greeting: "salutations d'une lettre (« Bonjour à tous », « Bonne lecture »)",
  boilerplate: "présentation de l'entreprise, déclarations prospectives et contacts presse d'un communiqué",
  "caption-repeat": "légendes imprimées deux fois",
  "after-end": "après la fin de l'article (paywall, commentaires, partage, pied de page)",
  tail: "lignes courtes après le dernier paragraphe",
  repeat: "répétitions du titre",
  "byline-role": "fonction de l'auteur (gardée dans authorRole)",
  credit: "crédits photo (gardés avec la légende)",
  "mail-envelope": "en-têtes, message d'envoi et signature d'un courriel transféré",
  "section-label": "nom d'une rubrique du menu répété au-dessus de sa partie du texte",
  teaser: "autre sujet de la page (d'une lettre, entre deux liens « En savoir plus », ou de la une, au-dessus de l'article)",
  translation: "traduction d'un paragraphe dans une autre langue (communiqué bilingue)",
  "machine-summary": "résumé écrit par une machine au-dessus de l'article (« Résumé généré par IA » et sa mention)",
  "figures-box": "encadré retiré : chiffres ou repères d'un article, hors du texte",
  speaker: "nom de qui parle dans une transcription (et paroles de l'opérateur)",
};

const quote = (text: string) => quoteLine(text);

/**
 * The lines removed from the body, one warning per reason, in page order:
 * everything the importer took out is listed so that an editor can put back
 * a line wrongly removed. Bylines and datelines are listed with what was read.
 */
export function removedLinesReport(lines: readonly string[], roles: readonly Role[]): string[] {
  const groups = new Map<FurnitureKind, string[]>();
  roles.forEach((role, i) => {
    if (role.kind !== "furniture") return;
    const group = groups.get(role.why) ?? [];
    group.push(lines[i]);
    groups.set(role.why, group);
  });
  const warnings = [...groups].map(([why, removed]) => `lignes retirées (${LABELS[why]}) : ${removed.map(quote).join(", ")}`);
  const read = roles.flatMap((role, i) =>
    role.kind === "byline"
      ? [`${quote(lines[i])} → auteur ${role.byline.author}${role.byline.date ? " et date" : ""}`]
      : role.kind === "dateline"
        ? [`${quote(lines[i])} → date`]
        : [],
  );
  if (read.length) warnings.push(`lignes lues puis retirées du texte : ${read.join(", ")}`);
  return warnings;
}

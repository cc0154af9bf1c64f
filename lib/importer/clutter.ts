import { foldText } from "../text";
import { endsLikeProse } from "./line-shapes";

/** Why a line is page furniture rather than article text. */
export type ClutterKind = "widget" | "comments" | "newsletter" | "related" | "time" | "counter" | "update-stamp";

/*
 * Patterns are matched on folded text (no accents, lower case) with a final
 * ":" or "›" removed, so "Lire aussi :" and "LIRE AUSSI" are the same line.
 * They describe kinds of page furniture, not the strings of particular pages.
 */
const WIDGET_LINES = new Set([
  "web analytics", "menu", "accueil", "rechercher", "recherche", "publicite", "plus", "voir plus", "lire plus", "lire la suite",
  "imprimer", "partager", "tweeter", "tweet", "facebook", "twitter", "x", "linkedin", "whatsapp", "e-mail", "email", "envoyer",
  "fermer", "retour", "haut de page", "retour en haut", "suivant", "precedent", "s'abonner", "abonnez-vous", "se connecter",
  "connexion", "mon compte", "cookies", "accepter", "tout accepter", "continuer sans accepter", "contenu sponsorise",
  "sponsorise", "annonce", "advertisement", "skip to content", "aller au contenu", "read more", "share", "copier le lien",
  "ecouter", "ecouter cet article", "favoris", "ajouter aux favoris", "newsletter", "newsletters",
]);

const WIDGET_PATTERNS = [
  /^partager (sur|par|cet article|l'article)\b/,
  /^(suivez|suivre)-nous\b/,
  /^share (on|this)\b/,
  /^(tags?|mots-cles|categories?|rubriques?|themes?) ?:/,
  /^(vous aimerez|vous pourriez aimer|a decouvrir aussi)\b/,
  /^(publicite|advertisement)\b.{0,30}$/,
  /^\d+ (min|minutes?) de lecture$/,
  /^temps de lecture\b.{0,20}$/,
];

const COMMENT_PATTERNS = [
  /^\d*\s*(commentaires?|comments?|reactions?)$/,
  /^reagir$/,
  /^(ajouter|laisser|poster|publier|ecrire|rediger) un commentaire\b/,
  /^(leave|post|add) a (reply|comment)\b/,
  /^(submit|post) comment$/,
  /^(tous )?les champs (sont obligatoires|obligatoires sont)/,
  /^(votre|your) (adresse (e-?mail|de messagerie)|email address|e-?mail) (ne sera pas|will not be)\b/,
  /^required fields are marked\b/,
  /^(cancel reply|annuler la reponse)$/,
  /^connectez-vous pour (commenter|reagir)\b/,
  /^(nom|name|e-?mail|site web|website|commentaire|comment)\s*\*?$/,
  /^(save my name|enregistrer mon nom)\b/,
];

const NEWSLETTER_PATTERNS = [/newsletter/, /^(inscrivez-vous|abonnez-vous|recevez|je m'inscris|s'inscrire|je m'abonne)\b/];

const UPDATE_STAMP = /^(derniere )?(mise a jour|mis a jour|maj|modifie le|(last )?updated)\b/;

/** Headers of "related articles" blocks: the short lines after them are links. */
const RELATED_HEADER = /^((a )?lire aussi|voir aussi|sur le meme (sujet|theme)|articles? (similaires|lies|connexes)|dans la meme rubrique|les plus lus|related( articles| posts)?|a lire egalement|lire egalement)\b/;

function key(line: string): string {
  return foldText(line).trim().replace(/\s*[:›>»]+$/, "").replace(/\s+/g, " ");
}

/**
 * What kind of page furniture a single line is, or null for article text.
 * @example clutterKind("0Commentaire") // "comments"
 * @example clutterKind("Dernière mise à jour à 13h34 le 13/09") // "update-stamp"
 */
export function clutterKind(line: string): ClutterKind | null {
  const k = key(line);
  if (!k) return "widget";
  if (/^\d{1,2}\s*[:h]\s*\d{2}$/.test(k)) return "time";
  if (/^[\d\s.,]+[km]?$/.test(k) || /^\d[\d\s.,]*\s*(vues|partages|lectures|likes|j'aime|reactions)$/.test(k)) return "counter";
  if (UPDATE_STAMP.test(k) && k.length <= 80) return "update-stamp";
  if (RELATED_HEADER.test(k) && k.length <= 120) return "related";
  if (WIDGET_LINES.has(k) || WIDGET_PATTERNS.some((p) => p.test(k))) return "widget";
  if (COMMENT_PATTERNS.some((p) => p.test(k))) return "comments";
  if (k.length <= 200 && NEWSLETTER_PATTERNS.some((p) => p.test(k))) return "newsletter";
  return null;
}

/**
 * Marks the clutter among the lines of a page, by index. After a "related
 * articles" header, the short lines that are not prose are the linked
 * headlines and go with it, until prose starts again.
 */
export function findClutter(lines: readonly string[]): Map<number, ClutterKind> {
  const found = new Map<number, ClutterKind>();
  let inRelated = false;
  lines.forEach((line, i) => {
    const kind = clutterKind(line);
    if (kind) {
      found.set(i, kind);
      if (kind === "related") inRelated = true;
      return;
    }
    if (inRelated && !endsLikeProse(line) && line.length <= 200) {
      found.set(i, "related");
      return;
    }
    inRelated = false;
  });
  return found;
}

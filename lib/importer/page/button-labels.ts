import { escapeRegExp } from "../../text/text";

/*
 * The words a page's buttons print alone on their line, folded (foldText):
 * one list read by the label rule (clutter.ts `LABELS`), the consent banner
 * (clutter-consent.ts) and the promoted boxes (promo-boxes.ts), so a button
 * one of them learns is known to the others.
 */

/** A consent banner's buttons (« Tout accepter », « Continuer sans accepter », « Personnaliser »). */
export const CONSENT_BUTTONS: readonly string[] = [
  "accepter", "tout accepter", "j'accepte", "continuer sans accepter", "accepter et fermer", "accepter et continuer", "tout accepter et fermer",
  "refuser", "tout refuser", "je refuse", "refuser et fermer", "refuser et continuer",
  "personnaliser", "parametrer", "j'ai compris", "ok, j'ai compris",
  "gerer mes preferences", "gerer les preferences", "gerer mes choix", "gerer les choix", "gerer mes cookies", "gerer les cookies",
];

/** A button to sign up to a letter or to subscribe (« Je m'inscris », « Abonnez-vous »). */
export const SIGN_UP_BUTTONS: readonly string[] = ["s'inscrire", "je m'inscris", "inscrivez-vous", "s'abonner", "je m'abonne", "abonnez-vous"];

/** One of the words, the whole line. */
export const wholeLine = (words: readonly string[]) => words.map(escapeRegExp).join("|");

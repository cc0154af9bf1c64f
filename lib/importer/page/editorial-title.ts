import { foldText } from "../../text/text";
import { firstSentence, wordCount } from "./line-shapes";

/** An editorial title stays under this length, cut on a whole word. */
export const EDITORIAL_TITLE_MAX = 90;

/** Leading words of a clause that sets the scene rather than says what happened ("Selon nos informations, …"). */
const SCENE_OPENERS = /^(selon|d'apres|apres|avant|depuis|lors|dans|en|a|au|aux|pour|face|alors|ainsi|hier|aujourd'hui|ce|cette|cet|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|le \d|comme|malgre|grace|sur|par|outre|fin|debut|mi-)\b/;

/** Words a title must not end on. */
const DANGLING = /\s+(de|du|des|d'|la|le|les|l'|à|au|aux|en|et|ou|pour|par|sur|dans|avec|un|une|son|sa|ses|leur|leurs|qui|que|dont|ce|cette|ces|est|a|sont|ont|plus|très|d’|l’)$/iu;

/**
 * A title written from the first sentence's main clause when the page has
 * none: an opening phrase that only sets the scene ("Selon nos informations, ")
 * and an apposition after a short subject ("BCX, une filiale de Telkom, a
 * lancé…") are left out, the clause stops at its first comma, colon or dash,
 * and a clause still too long is cut on a whole word (never on "de", "la"…).
 * Words are the text's own; only the first letter may be capitalised.
 * @example editorialTitle("Selon nos informations, Digital Realty a acheté un terrain à Dugny, en Seine-Saint-Denis.") // "Digital Realty a acheté un terrain à Dugny"
 */
export function editorialTitle(paragraph: string): string {
  // A brief opens on its town (« Marseille. Digital Realty a mis en service… »): a dateline, not the first sentence.
  // A post's marker (« 🔴 ») is no word of the title.
  const text = paragraph.replace(/^(?:\p{Extended_Pictographic}\uFE0F?\s*)+/u, "").replace(/^\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,3}\.\s+(?=\p{Lu}\S*\s+\S+\s+\S+)/u, "");
  let clause = withoutTrailing(withoutTrailing(firstSentence(text), /[.…!?]/u), /\s/u).trim();
  const lead = clause.match(/^([^,]{3,70}),\s+(.+)$/u);
  if (lead && SCENE_OPENERS.test(foldText(lead[1])) && wordCount(lead[2]) >= 4) clause = lead[2];
  const apposition = clause.match(/^([^,]{2,40}),\s+[^,]{3,120},\s+(.+)$/u);
  if (apposition && wordCount(apposition[1]) <= 3 && /^\p{Ll}/u.test(apposition[2])) clause = `${apposition[1]} ${apposition[2]}`;
  const stop = clause.search(/,\s|\s[:;–—]\s|\s\(/u);
  if (stop >= 25) clause = clause.slice(0, stop);
  if (clause.length > EDITORIAL_TITLE_MAX) clause = shortenClause(clause);
  clause = withoutTrailing(clause, /[\s,;:–—-]/u);
  return clause.charAt(0).toUpperCase() + clause.slice(1);
}

/**
 * The text without the characters of `end` that close it, read from the end: a
 * pattern such as /[\s,]+$/ is tried from every blank of a long run that does
 * not reach the end, which is quadratic on a line of a million spaces.
 */
function withoutTrailing(text: string, end: RegExp): string {
  let stop = text.length;
  while (stop > 0 && end.test(text[stop - 1])) stop--;
  return text.slice(0, stop);
}

/** Where a clause's complements of time, place, amount or manner start (not « mis en service », a verb's own): the clause is whole before them. */
const COMPLEMENT = /\s(?=(?:pour|à|au|aux|dans|en(?!\s+(?:service|place|œuvre|ligne|route)(?![\p{L}]))|avec|sur|d['’]ici|depuis|lors|après|avant|selon|afin|grâce|via|par|contre|chez|entre|vers|sous|dès|jusqu['’]|pendant)\s)/giu;

/**
 * A clause too long for a title, shortened to its subject, verb and object by
 * dropping its last complements ("… Data Power pour 2,3 milliards d'euros" →
 * "… Data Power"), never cut inside a phrase. Only when no complement leaves
 * enough words is it cut on a word, and never on « de », « la »…
 */
function shortenClause(clause: string): string {
  const cuts = [...clause.matchAll(COMPLEMENT)].map((m) => m.index!).filter((at) => at <= EDITORIAL_TITLE_MAX && wordCount(clause.slice(0, at)) >= 5);
  if (cuts.length) return clause.slice(0, cuts.at(-1));
  let cut = clause.slice(0, EDITORIAL_TITLE_MAX + 1).replace(/\s+\S*$/, "");
  while (DANGLING.test(cut)) cut = cut.replace(DANGLING, "");
  return cut;
}

/**
 * The paragraph an editorial title is written from: the first one that states
 * something, not a letter's greeting (« Chère cliente, cher client, ») nor a post's opening exclamation ("🚀 Grande étape… !"); a whole sentence behind a post's
 * marker (« 🔴 Le câblo-opérateur Wiocc a mis en service… ») states something.
 */
export function titleParagraph(paragraphs: readonly string[]): string {
  const hook = (p: string) => (/^\p{Extended_Pictographic}/u.test(p) || /!\s*\p{Extended_Pictographic}*$/u.test(p)) && (wordCount(p) <= 12 || /!\s*\p{Extended_Pictographic}*$/u.test(p));
  return paragraphs.find((p) => !hook(p) && !/\p{L},$/u.test(p)) ?? paragraphs[0];
}

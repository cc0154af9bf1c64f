import { findDateMentions } from "./dates";
import { foldText, words } from "../../text/text";
import { isRoleLine } from "./byline";
import { endsLikeProse, firstSentence, isPersonNameLine, STATUS_LINE, wordCount } from "./line-shapes";
import { quoteLine } from "./quote-line";

/** An editorial title stays under this length, cut on a whole word. */
export const EDITORIAL_TITLE_MAX = 90;

/**
 * A line shaped like a headline: a few words, no final punctuation.
 * @example isHeadlineShaped("Alibaba va investir 28 milliards de dollars") // true
 */
export function isHeadlineShaped(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= 10 && trimmed.length <= 200 && wordCount(trimmed) >= 2 && wordCount(trimmed) <= 30 && !endsLikeProse(trimmed);
}

/** Same words in the same order, whatever the accents, case or punctuation: a repetition. */
export function sameText(a: string, b: string): boolean {
  const wa = words(a).join(" ");
  return wa.length > 0 && wa === words(b).join(" ");
}

/** Words that say nothing of a subject, left out when a headline's words are looked for in the text. */
const EMPTY_WORDS = new Set("dans pour avec sans sous vers chez leur leurs mais plus tout tous toute cette ceux elle elles nous vous dont donc comme entre depuis apres avant selon aussi encore sont etre avoir fait sera".split(" "));

/** Folded words of four letters or more, the ones a headline shares with its article. */
export function contentWords(text: string): Set<string> {
  return new Set(words(text).filter((w) => w.length >= 4 && !EMPTY_WORDS.has(w)));
}

/** One line the headline could be, with its score and the reasons for it. */
export type HeadlineCandidate = { index: number; line: string; score: number; reasons: string[] };

/** What a candidate is judged against: the article's first text, the page's other lines, its position. */
export type HeadlineContext = {
  /** The first paragraphs (and standfirst) of the article. */
  opening: string;
  /** Every other line of the page, where a site's name comes back (in a footer, a copyright, a prompt). */
  otherLines: readonly string[];
  /** True when the line is the last candidate before the text starts. */
  closest: boolean;
  /** True when a byline or a dateline follows within a few lines. */
  bylineAfter: boolean;
  /** True when the line sits under a block header ("Newsletters", "Lire aussi"): a link, most likely. */
  inBlock: boolean;
  /** True when the line is one of three title-shaped lines in a row or more (a list of highlights). */
  inList?: boolean;
};

/** Scoring weights, named for the warning that explains the choice. */
export const SCORES = {
  length: ["longueur de titre", 2],
  sentenceCase: ["casse de phrase", 2],
  titleCase: ["Casse De Nom Propre ou CAPITALES", -2],
  echoed: ["ses mots reviennent dans le début du texte", 3],
  echoedOnce: ["un de ses mots revient dans le texte", 1],
  closest: ["juste avant le texte", 2],
  bylineAfter: ["suivi de la signature ou de la date", 1],
  siteName: ["repris dans une autre ligne de la page (nom de site ?)", -4],
  inBlock: ["sous un en-tête de liens ou de menu", -2],
  inList: ["dans une liste de lignes semblables (faits marquants ?)", -4],
} as const;

/** The minimum score of a headline: below it, the page has none and the title is editorial. */
export const HEADLINE_THRESHOLD = 5;

/**
 * Capitalised words after the first, as a share, leaving out the proper names
 * the text itself capitalises: "La Lettre du Data Center" is a name, not a sentence.
 */
function capitalRatio(line: string, opening: string): { ratio: number; allCaps: boolean } {
  const ws = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 2);
  const rest = ws.slice(1);
  const names = new Set(opening.match(/(?<=\s)\p{Lu}[\p{L}\d-]+/gu) ?? []);
  const capitals = rest.filter((w) => /^\p{Lu}/u.test(w) && !names.has(w.replace(/[^\p{L}\d-]+$/u, ""))).length;
  const letters = line.replace(/[^\p{L}]/gu, "");
  return { ratio: rest.length ? capitals / rest.length : 1, allCaps: letters.length > 6 && letters === letters.toUpperCase() };
}

/**
 * A candidate's score: position (last before the text, followed by the byline),
 * length, sentence case, no final period (required), its words echoed in the
 * article's opening, and not a site's name found again inside other lines.
 * Returns undefined for a line that cannot be a headline at all.
 */
export function scoreHeadline(index: number, line: string, context: HeadlineContext): HeadlineCandidate | undefined {
  const text = line.trim();
  if (text.length < 20 || text.length > 200 || wordCount(text) < 4 || endsLikeProse(text) || isPersonNameLine(text) || isRoleLine(text)) return undefined;
  // A post's opening exclamation ("🚀 Grande étape… !") is its first sentence: headlines open with no emoji and shout no "!".
  // A tract's headline shouts in capitals: that one is a headline.
  if (/^\p{Extended_Pictographic}/u.test(text) || (/!$/.test(text) && /\p{Ll}/u.test(text))) return undefined;
  // « TA Versailles, 3e ch., 14 mai 2025, n° 2301876, … »: a reference, fragments between commas with a number and a date.
  if ((text.match(/,/g)?.length ?? 0) >= 3 && (/\bn[°º]\s*\d/u.test(text) || findDateMentions(text).some((d) => d.year !== undefined))) return undefined;
  const reasons: string[] = [];
  let score = 0;
  const add = ([reason, points]: readonly [string, number]) => {
    score += points;
    reasons.push(`${reason} ${points > 0 ? "+" : ""}${points}`);
  };
  if (text.length >= 30 && text.length <= 160) add(SCORES.length);
  const { ratio, allCaps } = capitalRatio(text, context.opening);
  if (allCaps || ratio > 0.5) add(SCORES.titleCase);
  else add(SCORES.sentenceCase);
  const own = contentWords(text);
  const opening = contentWords(context.opening);
  const shared = [...own].filter((w) => opening.has(w)).length;
  if (shared >= 2 && shared >= own.size * 0.25) add(SCORES.echoed);
  else if (shared >= 1) add(SCORES.echoedOnce);
  if (context.closest) add(SCORES.closest);
  if (context.bylineAfter) add(SCORES.bylineAfter);
  if (context.inBlock) add(SCORES.inBlock);
  if (context.inList) add(SCORES.inList);
  if (text.split(/\s[|·•]\s/u).length >= 4 || STATUS_LINE.test(text)) add(["menu, barre de filtres ou ligne d'état", -10]); // « Tous | Calcul | Stockage | Réseau », « Incident résolu · Impact : majeur »
  const key = foldText(text);
  if (context.otherLines.some((other) => other.length > text.length && foldText(other).includes(key))) add(SCORES.siteName);
  return { index, line: text, score, reasons };
}

const quote = (text: string) => quoteLine(text, 90);

/** The warning that says which line became the headline, why, and which lines were passed over. */
export function headlineReport(chosen: HeadlineCandidate | undefined, rejected: readonly HeadlineCandidate[]): string {
  const others = rejected
    .slice(0, 5)
    .map((c) => `${quote(c.line)} (${c.score} : ${c.reasons.join(", ")})`)
    .join(" ; ");
  const head = chosen
    ? `titre choisi : ${quote(chosen.line)} (${chosen.score} : ${chosen.reasons.join(", ")})`
    : `aucune ligne n'a le score d'un titre (${HEADLINE_THRESHOLD} au moins)`;
  return others ? `${head} ; écartés : ${others}` : head;
}

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

function trigrams(text: string): Set<string> {
  const ws = words(text);
  return new Set(ws.slice(0, -2).map((_, i) => ws.slice(i, i + 3).join(" ")));
}

/**
 * True when the line after the headline is the page's own standfirst: it comes
 * before a dateline or byline, or it restates the headline (three or more of
 * its word triples) and is then restated by the first paragraph. A lede that
 * only echoes the headline and moves on is body text.
 */
export function isStandfirst(line: string, headline: string, next: string | undefined, followedByDateline: boolean): boolean {
  if (line.length > 400 || isHeadlineShaped(line)) return false;
  if (followedByDateline) return true;
  const shared = (a: string, b: string) => [...trigrams(a)].filter((t) => trigrams(b).has(t)).length;
  return line.length <= 300 && next !== undefined && shared(headline, line) >= 3 && shared(line, next) >= 3;
}

/**
 * An intertitle: a short line with no final punctuation inside the body,
 * followed by a paragraph. A "key : value" line (a fact sheet's row) is not one.
 * @example isIntertitle("Suprématie", "Alibaba Cloud est l’une de ses branches…") // true
 */
export function isIntertitle(line: string, next: string | undefined): boolean {
  const trimmed = line.trim();
  return (
    next !== undefined &&
    trimmed.length <= 120 &&
    wordCount(trimmed) <= 15 &&
    !endsLikeProse(trimmed) &&
    !/\s:\s/.test(trimmed) &&
    (endsLikeProse(next) || next.length > trimmed.length * 2)
  );
}

/**
 * A body line as a Markdown block: a heading the page already writes in
 * Markdown ("## Pourquoi Milan ?") stays as written, an intertitle becomes
 * "## …", any other line is a paragraph.
 * @param first true for the body's first line, which is never an intertitle
 */
export function bodyBlock(line: string, next: string | undefined, first: boolean): string {
  if (/^#{1,6}\s+\S/.test(line)) return line;
  return !first && isIntertitle(line, next) ? `## ${line}` : line;
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

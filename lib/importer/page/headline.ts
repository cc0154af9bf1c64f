import { findDateMentions } from "./dates";
import { foldText, words } from "../../text/text";
import { isRoleLine } from "./byline";
import { endsLikeProse, isPersonNameLine, STATUS_LINE, wordCount } from "./line-shapes";
import { quoteLine } from "./quote-line";

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

import { words } from "../../text/text";
import { contentWords } from "./headline";
import { KEY_POINTS } from "./key-points";
import { isFurniture, type Role } from "./line-roles";
import { MENU_SEPARATOR, PERSON_NAME, withoutTrailingMarks, wordCount } from "./line-shapes";

/*
 * The last guard against dropping prose (issue #29, « never drop a sentence »):
 * after every removal rule has run, a removed line that reads like a sentence
 * of an article and was removed on a weak signal only goes back to the text,
 * listed for the editor as possible furniture.
 */

/** Opens like a sentence: a capital, a guillemet or a quotation mark. */
const OPENS = /^[«"“\p{Lu}]/u;

/** Closes like a sentence: . ? ! … or a closing guillemet, emphasis and emoji aside. */
const CLOSES = /(?:[.?!…](?:[\s\u00a0\u202f]?["»”’)])?|[»”])$/u;

/** A finite verb's usual shapes: an auxiliary or a common verb, a subject pronoun before a word, or a conjugated ending (not an adverb's « -ment »). */
export const FINITE =
  /(?<![\p{L}'’])(?:est|sont|a|ont|avait|avaient|était|étaient|sera|seront|serait|seraient|fut|fait|font|va|vont|peut|peuvent|doit|doivent|faut|dit|reste|restent|semble|sembl)(?![\p{L}'’])|(?<![\p{L}])(?:il|elle|on|nous|vous|ils|elles|je|qui)\s+\p{L}{2,}|\p{L}{2,}(?:ait|aient|era|eront|erait|eraient|ons|ez)(?![\p{L}])|\p{L}{2,}(?<!m)ent(?![\p{L}])/iu;

/** What a sentence of an article never holds: an address, a time stamp, a counter, a numeric date stamp, a copyright or a credit. */
const NOT_PROSE = /https?:\/\/|www\.|\b\d{1,2}\s?[h:]\s?\d{2}\b|\bil y a \d+\s+(?:min|heure|jour)|\b\d+\s+(?:commentaires?|réactions?|partages?|vues|lectures|j'aime)\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|©|\b(?:crédits?|photo|illustration)\s*:/iu;

/** Fewer words than this is a label, a button or a title, not a sentence to keep whatever removed it. */
const MIN_WORDS = 6;

/**
 * A whole sentence of article prose by its shape alone: opens on a capital or
 * « , closes on . ? ! … or », has enough words and a finite verb, holds no
 * address, stamp, counter, copyright or credit, and is no menu's run.
 * @example readsLikeProse("Le chantier doit s'achever à la fin de l'année.") // true
 * @example readsLikeProse("Accueil | Économie | Numérique | Régions.") // false
 */
export function readsLikeProse(line: string): boolean {
  const text = withoutTrailingMarks(line);
  if (!OPENS.test(text) || !CLOSES.test(text) || wordCount(text) < MIN_WORDS) return false;
  if (NOT_PROSE.test(text) || (text.match(new RegExp(MENU_SEPARATOR.source, "gu"))?.length ?? 0) >= 2) return false;
  return FINITE.test(text);
}

/** A sentence's frame without its verb test (« L'IA relance la construction de centres de données. » has no verb shape FINITE knows): a key-points row beside rows that read as prose. */
const sentenceShaped = (line: string) => {
  const text = withoutTrailingMarks(line);
  return OPENS.test(text) && CLOSES.test(text) && wordCount(text) >= MIN_WORDS && !NOT_PROSE.test(text);
};

/** Removed by its position alone (before the headline, between it and the text, after the last paragraph, among a page's other subjects). */
const BY_POSITION = new Set<string>(["menu", "header", "tail", "section-label"]);

/** A link's title as link lists print them: a question (not a quotation), or a kicker before a colon or a dash (« Balado : … », « Épisode 40 – … »). */
const LINK_TITLE = /^(?![«“"])[^.!]*\?$|^[\p{L}\d'’ ]{2,30}\s?[:–—]\s+\p{L}/u;

/** A person presented (« Nadia Rochat est journaliste… »): an author box, whatever header it sits under. */
const PRESENTED = new RegExp(`^${PERSON_NAME}\\s+est\\s`, "u");

/** The words of a line, for twins whatever their case, accents or punctuation. */
const key = (line: string) => words(line).join(" ");

/** The roles that keep a line in the article: its text, headline, standfirst. */
const kept = (role: Role) => role.kind === "text" || role.kind === "headline" || role.kind === "standfirst";

/** How far below a pull quote its twin may be, as pull-quotes.ts looks for it (above, any distance). */
const REACH = 5;

/** What the guard reads once per page: the kept lines' words, what closed the text above each line, the links header above it, the text's content words. */
type GuardContext = { twins: ReadonlySet<string>; closedBy: readonly number[]; opener: readonly number[]; text: ReadonlySet<string> };

/** A link card's lead: it restates the link's title just above it (three of its words and two in five), a twin of that title. */
function restates(line: string, above: string, link: Role | undefined): boolean {
  if (!link || link.kind !== "furniture" || !link.inBlock) return false;
  const own = contentWords(above);
  const lead = contentWords(line);
  const shared = [...own].filter((w) => lead.has(w)).length;
  return shared >= 3 && shared >= own.size * 0.4;
}

/** A key point sums the text up: most of its words come back in it. */
const sums = (line: string, text: ReadonlySet<string>) => {
  const own = [...contentWords(line)];
  return own.length > 0 && own.filter((w) => text.has(w)).length >= own.length * 0.6;
};

/**
 * True when the line left the text on a weak signal only: its position, a
 * link list's header above a line of no link's shape, a paywall above it, or
 * the look of a caption or pull quote whose twin the text does not hold.
 */
function weaklyRemoved(lines: readonly string[], roles: readonly Role[], i: number, page: GuardContext): boolean {
  const { twins, closedBy, opener, text } = page;
  const role = roles[i];
  const line = lines[i].trim();
  if (role.kind === "caption") return !role.credit && !twins.has(key(line));
  if (role.kind !== "furniture") return false;
  if (BY_POSITION.has(role.why)) return true;
  if (role.inBlock) return !LINK_TITLE.test(line) && !PRESENTED.test(line) && !restates(line, lines[i - 1] ?? "", roles[i - 1]) && !(KEY_POINTS.test(lines[opener[i]] ?? "") && sums(line, text));
  if (role.why === "repeat") {
    const own = key(line);
    for (let j = 0; j <= Math.min(lines.length - 1, i + REACH); j++) if (j !== i && kept(roles[j]) && key(lines[j]).includes(own)) return false;
    return !twins.has(own);
  }
  // What ended the article decides: a known closer (comments, share, footer, an author box), not a paywall that more text may follow.
  if (role.why === "after-end") return closedBy[i] >= 0 && isFurniture(roles[closedBy[i]], "paywall");
  return false;
}

/**
 * The guard, run once every removal rule has: a removed line that reads like
 * a sentence of the article and left on a weak signal only goes back to the
 * text. Returns those lines, for the report to list as possible furniture.
 */
export function keepProse(lines: readonly string[], roles: Role[]): number[] {
  const twins = new Set(lines.flatMap((l, i) => (kept(roles[i]) ? [key(l)] : [])));
  // For each line, the last line above it that closes the article or is its text, and the last links header (-1 for none): one pass, however long the page.
  const closedBy: number[] = [];
  const opener: number[] = [];
  let [stop, header] = [-1, -1];
  roles.forEach((role, i) => {
    closedBy.push(stop);
    opener.push(header);
    if (kept(role) || (role.kind === "furniture" && role.block === "end")) stop = i;
    if (role.kind === "furniture" && role.block === "links") header = i;
  });
  const text = contentWords(lines.filter((_, i) => kept(roles[i])).join(" "));
  const page = { twins, closedBy, opener, text };
  const back = lines.flatMap((line, i) => ((roles[i].kind !== "furniture" && roles[i].kind !== "caption") || !readsLikeProse(line) || !weaklyRemoved(lines, roles, i, page) ? [] : [i]));
  // A key-points box is the text's or the page's as a whole: once one of its sentences goes back, the ones that sum the text up go back too.
  const inBox = (i: number) => { const role = roles[i]; return role.kind === "furniture" && !!role.inBlock && KEY_POINTS.test(lines[opener[i]] ?? ""); };
  const boxes = new Set(back.filter(inBox).map((i) => opener[i]));
  const rows = lines.flatMap((line, i) => (!back.includes(i) && boxes.has(opener[i]) && inBox(i) && sentenceShaped(line) ? [i] : []));
  for (const i of [...back, ...rows]) roles[i] = { kind: "text" };
  return [...back, ...rows].sort((a, b) => a - b);
}

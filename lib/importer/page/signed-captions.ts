/* line-roles.ts reads these while it assigns roles: only a role's kind is looked at, so no import back. */
import { aboveLead } from "./header-captions";
import { endsLikeProse, wordCount } from "./line-shapes";

/**
 * A word a picture's credit is made of: a capitalised name or initials
 * (« Sarah », « CHARVET », « L.F. », « Le », « DL »), a label's colon, a
 * slash or dash between photographer and paper, guillemets around a paper's
 * name, or the particles inside one (« La Voix du Nord »).
 */
const CREDIT_TOKEN = /^(?:\p{Lu}[\p{L}'’&-]*|(?:\p{Lu}\.-?)+|[«»:–—-]|d[eu]|des|d['’]\p{Lu}[\p{L}'’-]*)$/u;

/**
 * The tail of a line a credit, in any of the shapes sites print it without a
 * keyword the line rules know: « LP/Sarah Benali », « Photo Le DL /Julie CHARVET »,
 * « PHOTO ARCHIVES « LA VOIX DU NORD » », « Ph : Mbacké BA », « Midi Libre - L.F. »,
 * « Francis Vachon Le Devoir », « (Denis Allard/Libération) », « (MAXPPP) ».
 * Nothing but names, initials and their separators: no verb, no lower-case word.
 */
export function isCreditTail(tail: string): boolean {
  const inner = /^\(([^()]{2,60})\)$/u.exec(tail)?.[1] ?? tail;
  if (inner.length > 60) return false;
  const tokens = inner.split(/[\s/]+/u).filter(Boolean);
  return tokens.length >= 1 && tokens.length <= 9 && /^\p{Lu}/u.test(tokens[0]) && tokens.every((t) => CREDIT_TOKEN.test(t));
}

/**
 * A caption and its credit on one line: one descriptive sentence (four words
 * or more, no long quotation), then a credit tail. Returns undefined for any
 * other line, a paragraph of two sentences included.
 */
export function splitCaptionCredit(line: string): { caption: string; credit: string } | undefined {
  const trimmed = line.trim();
  if (trimmed.length > 300) return undefined;
  // « … représentée par M. François Sterin. »: a title's abbreviation is no sentence's end.
  const end = /(?<!\b\p{Lu})[.!?…]\s+/u.exec(trimmed);
  if (!end) return undefined;
  const caption = trimmed.slice(0, end.index + 1);
  const credit = trimmed.slice(end.index + end[0].length);
  if (wordCount(caption) < 4 || wordCount(caption) > 40 || !/\p{Ll}/u.test(caption) || /[«“][^»”]{25,}[»”]/u.test(caption)) return undefined;
  return isCreditTail(credit) ? { caption, credit } : undefined;
}

/** A credit that says it is one: brackets, a slash or dash, a label (« Photo », « Ph : »), initials or a name in capitals. */
const MARKED = /[()/:«–—]|\s-\s|^(?:[Pp]hotos?|PHOTOS?|Ph|Dessins? d[e'’])\b|\b\p{Lu}{2,}\b|\p{Lu}\./u;

/**
 * A picture's caption signed by its credit, inside the article: the line is a
 * caption only where the article's text goes on below it (a sentence of the
 * text follows within a few lines). The last line of a wire's copy, « … a-t-il
 * dit. AFP », has no text after it and stays the text's. A credit without a
 * mark (« … intempéries. Jeanne Morel ») must end on a name the page prints on
 * a line of its own, the paper's (« … en 2023. Francis Vachon Le Devoir »):
 * otherwise it may be a paragraph signed by its author, and stays, save
 * above the lead (« … sera rénové. Jeanne Morel » under the date): no author
 * signs there.
 */
export function signedCaptions(lines: readonly string[], roles: readonly { kind: string }[]): Map<number, { caption: string; credit: string }> {
  const found = new Map<number, { caption: string; credit: string }>();
  const short = new Set(lines.filter((l) => l.length <= 40).map((l) => l.trim()));
  const paper = (credit: string) => {
    const tokens = credit.split(/\s+/u);
    return tokens.some((_, k) => short.has(tokens.slice(k).join(" ")));
  };
  roles.forEach((role, i) => {
    const signed = role.kind === "text" ? splitCaptionCredit(lines[i]) : undefined;
    if (!signed || !(MARKED.test(signed.credit) || paper(signed.credit) || aboveLead(lines, roles, i))) return;
    if (lines.slice(i + 1, i + 8).some((l, k) => roles[i + 1 + k].kind === "text" && endsLikeProse(l) && wordCount(l) >= 12)) found.set(i, signed);
  });
  return found;
}

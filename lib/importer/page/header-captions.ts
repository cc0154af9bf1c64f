/* The picture above an article's lead: its caption over its credit's line, between the header and the first paragraph. */
import { looksForeign } from "./captions";
import { endsLikeProse, PERSON_NAME, wordCount } from "./line-shapes";

/** A line's role as line-roles.ts writes it, by its shape only: line-roles.ts imports this file. */
type LineRole = { kind: string; why?: string; caption?: string; credit?: string; foreign?: boolean };

/** A paragraph of the article: a sentence of twelve words or more. */
const prose = (line: string) => endsLikeProse(line) && wordCount(line) >= 12;

/**
 * Above the lead: at most one paragraph (the standfirst) printed before the
 * line, and the next line that is not blank after it (or after `last`, its
 * credit's line) is a paragraph (the lead). The
 * picture at a page's top sits there; a paragraph inside the text does not.
 */
export function aboveLead(lines: readonly string[], roles: readonly LineRole[], i: number, last = i): boolean {
  let before = 0;
  for (let k = 0; k < i; k++) if (roles[k].kind === "text" && prose(lines[k])) before++;
  if (before > 1) return false;
  let next = last + 1;
  while (next < lines.length && !lines[next].trim()) next++;
  return next < lines.length && roles[next].kind === "text" && prose(lines[next]);
}

/**
 * A credit line printed under its caption, in shapes the credit rules do not
 * read alone: a paper and its photographer in capitals (« LE COURRIER, JEANNE
 * MOREL »), a paper's name and a photographer's (« Le Courrier: Jeanne Morel »),
 * a label alone (« Photo d'archives »).
 */
const CREDIT_UNDER = new RegExp(
  String.raw`^(?:\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+){0,3},\s\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+){1,2}|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}\s?:\s?${PERSON_NAME}|(?:[Pp]hoto|[Ii]mage) d['’](?:archives?|illustration))$`,
  "u",
);

/** A caption's length: a sentence of four to twenty-five words, no quotation, no second sentence. */
const captionLike = (line: string) => wordCount(line) >= 4 && wordCount(line) <= 25 && !/[«“]/u.test(line) && !/[.!?…]\s+\p{Lu}/u.test(line) && !/[?!:;,]$/u.test(line);

/**
 * The caption of the picture above the lead, printed over its credit's line
 * (« Le terrain retenu, à l'entrée de la ville. » / « LE COURRIER, JEANNE MOREL »).
 * A caption with no credit at all is left: nothing certain tells it from a
 * short standfirst (French verbs in -e read as nouns).
 */
export function markHeaderCaptions(lines: readonly string[], roles: LineRole[]): void {
  roles.forEach((role, i) => {
    if (role.kind !== "text" || !captionLike(lines[i])) return;
    const line = lines[i].trim();
    const credited = roles[i + 1]?.kind === "text" && CREDIT_UNDER.test(lines[i + 1].trim());
    if (!credited || !aboveLead(lines, roles, i, i + 1)) return;
    roles[i] = { kind: "caption", caption: line, credit: lines[i + 1].trim(), foreign: looksForeign(line) };
    roles[i + 1] = { kind: "furniture", why: "credit" };
  });
}

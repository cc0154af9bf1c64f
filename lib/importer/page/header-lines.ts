import { isRoleLine } from "./byline";
import { contentWords, sameText } from "./headline";
import { isFurniture, isProseLine, isText, type Role } from "./line-roles";
import { MENU_SEPARATOR, STATUS_LINE, isPersonNameLine, wordCount } from "./line-shapes";

/*
 * Lines between a page's headline and its first paragraph that belong to the
 * text, not to the furniture around it: a table of contents' entry heading its
 * section, a short heading over the first paragraph, the first of the text's
 * own intertitles, an item's outcome, an interview's first question or a
 * release's highlights.
 */

/**
 * A table of contents' entries (« Le mot du président 2 », or a web page's
 * « Sommaire » over its intertitles): a line of the text under it naming an
 * entry, without its page number, heads that section — even right over the
 * first paragraph, where the page prints the first intertitle.
 */
export const contentsEntries = (lines: readonly string[], roles: readonly Role[]) =>
  new Set(lines.flatMap((l, k) => (isFurniture(roles[k], "contents") && (/\s\d{1,4}$/u.test(l) || (roles[k] as { inBlock?: true }).inBlock) ? [l.replace(/\s+\d{1,4}$/u, "")] : [])));

/**
 * Right over the first paragraph, under a block of links (a table of contents,
 * « Lire aussi » and its titles), a heading the block's rule left in the text
 * (line-roles.ts: the text resumes under it), that shares a word or a figure
 * with the paragraph: the text's first intertitle, which the header's
 * position alone must not remove (« Un site de 40 MW » over « … de 40 MW … »).
 */
export function resumesText(lines: readonly string[], roles: readonly Role[], i: number): boolean {
  const above = roles[i - 1];
  if (!above || above.kind !== "furniture" || !above.inBlock || !isText(roles[i]) || wordCount(lines[i]) < 3 || wordCount(lines[i]) > 12 || /[.!?;:]$/u.test(lines[i])) return false;
  const below = lines[i + 1] ?? "";
  const figures = lines[i].match(/\d+/gu) ?? [];
  return [...contentWords(lines[i])].some((w) => contentWords(below).has(w)) || figures.some((f) => new RegExp(`(?<!\\d)${f}(?!\\d)`, "u").test(below));
}

/** Under the standfirst and the credits, a short heading right over the first paragraph (« Extrait de la transcription ») heads the text. */
export const headsText = (line: string) => /^\p{Lu}[\p{Ll}'’-]*(?:\s[\p{Ll}'’-]+){2,7}$/u.test(line) && !/^\p{L}+(?:er|ir)\s/u.test(line) && !isRoleLine(line);

/**
 * Right over the first paragraph, a heading the headline announces, shaped
 * like the text's own intertitles further down (« Incident du 2 juin et nouveau
 * datacenter… » over « L'incident du 2 juin » … « Un nouveau datacenter à
 * Aubière »): the first section's heading, text, not a rubric. A table of
 * contents' entry comes again further down: not this one.
 */
export function opensSections(lines: readonly string[], roles: readonly Role[], i: number, end: number, headline: string | undefined): boolean {
  const heading = (k: number) => isText(roles[k]) && /^\p{Lu}/u.test(lines[k]) && wordCount(lines[k]) >= 3 && wordCount(lines[k]) <= 10 && !/[.!?:;,()]/u.test(lines[k]) && !isRoleLine(lines[k]) && !isPersonNameLine(lines[k]);
  const announced = headline !== undefined && [...contentWords(lines[i])].some((w) => contentWords(headline).has(w));
  const opensPart = (k: number) => isProseLine(lines[k + 1] ?? "") && isText(roles[k + 1] ?? roles[k]) && wordCount(lines[k + 1]) >= 6;
  if (lines.some((l, k) => k > i && sameText(l, lines[i]))) return false;
  // A document's parts under one-word or two-word labels (« Dispositif » … « Exposé sommaire »): the first label is text as the next one is.
  if (label(lines, roles, i) && lines.some((_, k) => k > end && label(lines, roles, k) && opensPart(k))) return true;
  if (!heading(i) || !announced) return false;
  return lines.some((_, k) => k > end && heading(k) && !isProseLine(lines[k]) && opensPart(k));
}

/** A part's label: one or two words, capitalised, without punctuation nor figures. */
const label = (lines: readonly string[], roles: readonly Role[], k: number) => isText(roles[k]) && /^\p{Lu}\p{Ll}/u.test(lines[k]) && wordCount(lines[k]) <= 2 && !/[\d.!?:;,()]/u.test(lines[k]) && !isPersonNameLine(lines[k]);

/** A short sentence under a numbered item (« Adoptée à l'unanimité. »): the item's outcome, text. */
export const afterItem = (lines: readonly string[], items: ReadonlySet<number>, i: number) => items.has(i - 1) && /[.!]$/u.test(lines[i]) && !items.has(i);

/** A name, two to four capitalised words (a particle between), then the years of birth and death in brackets. */
const LIFE_SPAN = /^(\p{Lu}[\p{L}'’.-]+(?:\s(?:de|du|von|van|d['’])?\s?\p{Lu}[\p{L}'’.-]+){1,3})\s\((?:1[89]|20)\d{2}\s?[-–]\s?(?:1[89]|20)\d{2}\)$/u;

/**
 * A line of the article between its headline and its first paragraph: an
 * obituary's subject, an interview's first question, or one of a release's highlights (two lines of
 * some length in a row or more, in sentence case, each restating the text below; a status line « Incident résolu · Impact : majeur » is none).
 */
export function isHeaderText(lines: readonly string[], roles: readonly Role[], { from, end }: { from: number; end: number }, i: number): boolean {
  if (/\?$/u.test(lines[i]) && wordCount(lines[i]) >= 4) return true;
  const text = contentWords(lines.slice(end, end + 6).join("\n"));
  // An obituary's or a portrait's subject, a name and its life span (« Jeanne Martin (1931-2024) »), whom the text goes on about.
  const lived = lines[i].match(LIFE_SPAN);
  if (lived && [...contentWords(lived[1])].some((w) => text.has(w))) return true;
  const highlight = (k: number) =>
    k >= from && k < end && isText(roles[k]) && wordCount(lines[k]) >= 5 && /^\p{Lu}\p{Ll}/u.test(lines[k]) && !/[.:]$/u.test(lines[k]) && !STATUS_LINE.test(lines[k]) && [...contentWords(lines[k])].some((w) => text.has(w));
  if (!highlight(i)) return false;
  let first = i;
  let last = i;
  while (highlight(first - 1)) first--;
  while (highlight(last + 1)) last++;
  return last - first >= 1;
}

/**
 * Right over the first paragraph, a heading shaped like two or more of the
 * text's own section headings further down (« Préambule » over « Synthèse de
 * l'avis », « 1. Présentation du projet »): a document's first section, text.
 * A rubric the page's menu or crumb lists above it (« Régions » under « Tous |
 * Régions | Calcul ») stays a label.
 */
export function opensDocument(lines: readonly string[], roles: readonly Role[], i: number, end: number): boolean {
  const bare = (k: number) => lines[k].replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{Lu})/u, "");
  const heading = (k: number) => isText(roles[k]) && /^\p{Lu}/u.test(bare(k)) && wordCount(bare(k)) <= 10 && !/[.!?:;,()]/u.test(bare(k)) && !isRoleLine(lines[k]) && !isPersonNameLine(lines[k]);
  // A table of contents' entry comes again further down; a call to act (« Signez la pétition ») heads no section.
  if (!heading(i) || lines.some((l, k) => k > i && sameText(l, lines[i])) || /^\p{L}+(?:ez|ons)\s/u.test(lines[i])) return false;
  const menus = lines.slice(0, i).filter((l, k) => isFurniture(roles[k]) || isText(roles[k])).flatMap((l) => (MENU_SEPARATOR.test(l) ? l.split(MENU_SEPARATOR) : []));
  if (menus.some((p) => sameText(p.replace(/^.*:\s*/u, ""), lines[i]))) return false;
  let found = 0;
  for (let k = end; k < lines.length - 1 && found < 2; k++) if (heading(k) && !isProseLine(lines[k]) && isText(roles[k + 1]) && isProseLine(lines[k + 1]) && wordCount(lines[k + 1]) >= 6) found++;
  return found >= 2;
}

/** A list's bullet: « • », « – », « - », « ▪ ». */
const BULLET = /^[•▪►–—*-]\s+/u;

/**
 * A newsletter's summary (« Dans ce numéro » / « • L'éditorial » / « • Ce que
 * prévoit le projet »): a line under it naming one of its entries, another of
 * which comes again further down, heads the letter's first section — text.
 */
export function summaryEntry(lines: readonly string[], i: number): boolean {
  const entries = lines.slice(Math.max(0, i - 12), i).flatMap((l) => (BULLET.test(l) ? [l.replace(BULLET, "")] : []));
  if (entries.length < 2 || !entries.some((e) => sameText(e, lines[i]))) return false;
  const below = lines.slice(i + 1);
  return entries.some((e) => !sameText(e, lines[i]) && below.some((l) => sameText(l, e)));
}

import { foldText } from "../../text/text";
import { isArchiveMonth } from "./archive-months";
import { type Byline, readByline } from "./byline";
import { hasAgencyCredit, looksForeign, markedCaption, splitAgencyCredit, splitTrailingCredit } from "./captions";
import { type ClutterKind, matchRule } from "./clutter";
import { isBannerOverButtons } from "./clutter-consent";
import type { DateMention } from "./dates";
import { parseDateline } from "./dateline";
import { contentWords } from "./headline";
import { endsLikeProse, isPersonNameLine, LEGAL_ACT_TITLE, withoutTrailingMarks, wordCount } from "./line-shapes";
import { KEY_POINTS, keyPoint } from "./key-points";
import { markCreditCaptions } from "./credit-captions";
import { markHeaderCaptions } from "./header-captions";
import { signedCaptions } from "./signed-captions";
import { parseCredit, parseSourceLine, type SourceLine } from "./source";

/** Why a line left the body: a rule of the table, or its position on the page. */
export type FurnitureKind = ClutterKind | "archive-list" | "menu" | "header" | "after-end" | "tail" | "repeat" | "byline-role" | "credit" | "caption-repeat" | "mail-envelope" | "section-label" | "teaser" | "speaker" | "translation" | "machine-summary" | "figures-box";

/** What each line of a page is. */
export type Role =
  | { kind: "furniture"; why: FurnitureKind; block?: "links" | "end"; inBlock?: true }
  | { kind: "source"; source: SourceLine }
  | { kind: "credit"; credit: string }
  | { kind: "byline"; byline: Byline }
  | { kind: "dateline"; date: DateMention }
  | { kind: "caption"; caption: string; credit?: string; foreign?: boolean }
  | { kind: "headline" | "standfirst" | "signature" | "text"; entry?: true };

/** Lines this far into the page may carry a byline that ends on the publisher's name. */
const BYLINE_REACH = 60;

/** Prose by shape: it ends like a sentence (an exclamation too), or it is too long to be a headline or a label. */
/** A line the page reads as its article's text. */
export const isText = (role: Role) => role.kind === "text";
/** A line of furniture, of one kind when `why` is given. */
export const isFurniture = (role: Role, why?: string) => role.kind === "furniture" && (why === undefined || role.why === why);
export const isProseLine = (line: string) => endsLikeProse(line) || /!(?:[\s\u00a0\u202f]?["»”’)])?$/u.test(withoutTrailingMarks(line)) || (wordCount(line) >= 30 && !LEGAL_ACT_TITLE.test(line));

/** An agency credit closing a sentence: "… bedrijven. – EPA". */
const isAgencyCaption = (line: string) => hasAgencyCredit(line) && /[.!?…»”]\s*[–—-]\s*\p{Lu}/u.test(line);

/** « 27 janvier 2026, mis à jour le 28 janvier 2026 »: after the date the page was first published, its update stamp. */
const UPDATED_AFTER = /(?<=\d{4}(?:\s+(?:à\s+)?\d{1,2}\s*[h:]\s*\d{0,2})?)\s*[,;–—-]?\s*\(?(?:mis|mise|modifié|modifiée|actualisé|actualisée)\s+(?:à\s+jour\s+)?le\s+[^()]{4,40}\)?$/iu;

/**
 * Each line on its own: a source line, a credit, a byline, a dateline, a line
 * of the rule table, a caption as pages mark them, or text. The footer comes
 * first ("© Le Quotidien 2024 – Tous droits réservés" is not a photo credit),
 * bylines and datelines before the table ("Date : 15/04/2024" is the date,
 * not mere metadata).
 */
export function lineRoles(lines: readonly string[]): Role[] {
  const page = foldText(lines.slice(0, 400).join("\n"));
  return lines.map((line, i): Role => {
    // "… en mars 2023. JULIEN VASSEUR / AFP", "… posée. PHOTO X", "… des deux. © Belga": a caption signed by its credit.
    const signed = splitTrailingCredit(line);
    if (signed) return { kind: "caption", ...signed, foreign: looksForeign(signed.caption) };
    const rule = matchRule(line);
    if (rule?.kind === "footer") return { kind: "furniture", why: "footer", block: rule.block };
    const source = parseSourceLine(line);
    if (source) return { kind: "source", source };
    const credit = parseCredit(line);
    if (credit) return { kind: "credit", credit };
    const byline = readByline(line, i < BYLINE_REACH ? page : "");
    if (byline) return { kind: "byline", byline };
    // « Novembre 2019 » over « Octobre 2019 »: a blog's list of months files old posts; it is no date line, so no date is read from it.
    if (isArchiveMonth(lines, i)) return { kind: "furniture", why: "archive-list" };
    const date = parseDateline(line.replace(UPDATED_AFTER, ""));
    if (date) return { kind: "dateline", date };
    if (rule) return { kind: "furniture", why: rule.kind, block: rule.block };
    if (isBannerOverButtons(lines, i)) return { kind: "furniture", why: "notice" };
    if (isAgencyCaption(line)) {
      const { caption, credit: agency } = splitAgencyCredit(line);
      return { kind: "caption", caption, credit: agency, foreign: looksForeign(line) };
    }
    const marked = markedCaption(line);
    if (marked) return { kind: "caption", caption: marked };
    return { kind: "text" };
  });
}

/**
 * Lines that belong to a block rather than stand alone: the short lines under
 * a "links" header (related articles, tags, a newsletter box, a table of
 * contents) until prose resumes; the post an embed's "— name (@handle) date"
 * line signs, with its short link; a caption with the credit line under it.
 */
export function groupBlocks(lines: readonly string[], roles: Role[]): void {
  let block: FurnitureKind | undefined;
  let held = 0;
  const last = new Map(lines.map((l, i) => [l, i]));
  let opener = "";
  roles.forEach((role, i) => {
    if (role.kind === "furniture") {
      if (role.block === "links") [block, held, opener] = [role.why, 0, lines[i]];
      // A menu's "Newsletter" then "Brèves": a section label closes the block the entry before it opened.
      else if (role.block === "end") block = undefined;
      // A newsletter box's prompt and button are the block's lines too: the short heading under them may be the text's.
      // A key-points box is over at the furniture that closes it (share buttons, a wall): the text follows.
      else if (block && held > 0 && KEY_POINTS.test(opener)) block = undefined;
      else if (block) held++;
      return;
    }
    if (role.kind !== "text") {
      // A byline or a date line is the article's header: the menu's block is over.
      if (role.kind === "byline" || role.kind === "dateline") block = undefined;
      return;
    }
    const next = roles[i + 1];
    // The article resumes under a short heading: after the block's links, that line is the text's intertitle.
    // A table of contents lists the intertitles printed further down: an entry comes back, the text's own heading does not.
    const listed = block === "contents" && last.get(lines[i])! > i;
    const intertitle = !listed && held > 0 && next?.kind === "text" && isProseLine(lines[i + 1]) && ((wordCount(lines[i]) <= 6 && !/[:.;,]/.test(lines[i])) || announces(lines[i], lines[i + 1]));
    // A newsletter box describes its letter in a sentence, above its sign-up button.
    const describes = (block === "newsletter" && lines[i].length <= 150 && next?.kind === "furniture") || keyPoint(opener, lines, roles, i);
    // A timeline box ("Bio express"): each line opens with its year.
    const dated = /^(?:1[89]|20)\d{2}\s+\p{Lu}/u.test(lines[i]) && wordCount(lines[i]) <= 15;
    if (block && !intertitle && ((!isProseLine(lines[i]) && lines[i].length <= 200) || describes || dated)) {
      roles[i] = { kind: "furniture", why: block, inBlock: true };
      held++;
    } else block = undefined;
  });
  markTeasers(lines, roles);

  roles.forEach((role, i) => {
    if (role.kind !== "furniture" || role.why !== "social-post" || !/\(@\w+\)/.test(lines[i])) return;
    let j = i - 1;
    while (j >= 0 && roles[j].kind === "furniture" && (roles[j] as { why: string }).why === "social-post" && !/#\p{L}/u.test(lines[j])) j--;
    if (j >= 0 && roles[j].kind === "text" && lines[j].length <= 400) roles[j] = { kind: "furniture", why: "social-post" };
  });

  // Two or three capitalised words, no article nor « de » (« Le Courrier de Rabat » is a paper, not a person).
  const bareName = (line: string) => isPersonNameLine(line) && /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(line.trim()) && !/^(?:Le|La|Les|Un|Une)\s/u.test(line);
  // Inside the text, a short label over a relative time (« Le Courrier de Rabat » / « il y a 6 heures », « Chronologie » / « Hier »):
  // a news cluster's source or section over its next item, the page's. Above the text it may be the headline: left to the header's rules.
  let prose = false;
  roles.forEach((role, i) => {
    prose ||= role.kind === "text" && isProseLine(lines[i]) && wordCount(lines[i]) >= 6;
    const stamp = role.kind === "furniture" && role.why === "time" && /^(il y a\s|hier$|avant-hier$|aujourd['’]hui$)/iu.test(lines[i].trim());
    // A person's name over the stamp is the byline's (« Jeanne Morel » / « il y a 8 mois » under the standfirst), not a source's.
    if (stamp && prose && roles[i - 1]?.kind === "text" && wordCount(lines[i - 1]) <= 5 && !/[.!?:;,…»]$/u.test(lines[i - 1]) && !bareName(lines[i - 1]))
      roles[i - 1] = { kind: "furniture", why: "time" };
  });

  markCreditCaptions(lines, roles, isProseLine);
  markHeaderCaptions(lines, roles);

  // « Le navire au large du port, lundi. Nordmer » printed twice, a few lines apart: one sentence, then a name with no
  // verb (the picture's owner) is a caption and its credit; a paragraph signed by its author is printed once.
  roles.forEach((role, i) => {
    const shape = role.kind === "text" ? /^(.{20,250}?[.!?…])\s+(\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,3})$/u.exec(lines[i]) : null;
    if (!shape || wordCount(shape[1]) < 4 || /[.!?…]\s+\p{Lu}/u.test(shape[1])) return;
    const copy = lines.findIndex((l, j) => j > i && j <= i + 12 && l === lines[i] && roles[j].kind === "text");
    if (copy < 0) return;
    roles[i] = { kind: "caption", caption: shape[1], credit: shape[2], foreign: looksForeign(shape[1]) };
    roles[copy] = { kind: "furniture", why: "caption-repeat" };
  });

  for (const [i, signed] of signedCaptions(lines, roles)) roles[i] = { kind: "caption", ...signed, foreign: looksForeign(signed.caption) };

  // A caption printed twice (the picture's text, then its legend) is one caption: the copy leaves the text.
  roles.forEach((role, i) => {
    if (role.kind !== "caption") return;
    for (let j = Math.max(0, i - 3); j <= Math.min(lines.length - 1, i + 3); j++) {
      // The copy may be printed without the credit the caption line carries.
      if (j !== i && roles[j].kind === "text" && (lines[j] === lines[i] || lines[j] === role.caption)) roles[j] = { kind: "furniture", why: "caption-repeat" };
    }
    // A caption with its credit on its line is that picture's wherever the page prints it again (a gallery after the text).
    if (role.credit && lines[i] !== role.caption) lines.forEach((l, j) => j !== i && roles[j].kind === "text" && l === lines[i] && (roles[j] = { kind: "furniture", why: "caption-repeat" }));
  });
}

/**
 * A longer heading over the paragraph it announces (« Un campus de 250 mégawatts
 * à Lisses » over « … un campus de 250 mégawatts … à Lisses »): it shares a word
 * with that paragraph, where another article's title under the same link does not.
 * A heading opened by its place or subject and a colon (« Bonneuil-sur-Marne : un
 * permis obtenu… ») is shaped like a link's title too: it is the paragraph's when
 * that paragraph names its subject and shares a word of the rest.
 */
const announces = (line: string, below: string) => {
  if (wordCount(line) > 12 || /[:.;!?…]$/u.test(line.trim())) return false;
  const text = contentWords(below);
  const [subject, rest, more] = line.split(/\s:\s/u);
  if (rest === undefined) return [...contentWords(line)].some((w) => text.has(w));
  const named = [...contentWords(subject)];
  return more === undefined && named.length > 0 && named.every((w) => text.has(w)) && [...contentWords(rest)].some((w) => text.has(w));
};

/**
 * Another article's teaser: the paragraph under a related link that restates
 * it (shared words), when no text of the article follows before the page's
 * end ("À lire aussi / Anvers : le port veut… / Le Port d'Anvers a lancé…"),
 * nor a paywall's notice, under which the article itself goes on.
 */
function markTeasers(lines: readonly string[], roles: Role[]): void {
  roles.forEach((role, i) => {
    const link = roles[i - 1];
    if (role.kind !== "text" || !isProseLine(lines[i]) || link?.kind !== "furniture" || !link.inBlock) return;
    const own = contentWords(lines[i - 1]);
    const teaser = contentWords(lines[i]);
    const shared = [...own].filter((w) => teaser.has(w)).length;
    if (shared < 3 || shared < own.size * 0.4) return;
    for (let j = i + 1; j < roles.length; j++) {
      const r = roles[j];
      // A paywall's notice says the article goes on behind it: a paragraph above it is the article's, not another's teaser.
      if (r.kind === "furniture" && r.why === "paywall" && r.block === "end") return;
      if (r.kind === "furniture" && r.block === "end") break;
      if (r.kind === "text" && isProseLine(lines[j])) return;
    }
    roles[i] = { kind: "furniture", why: link.why, inBlock: true };
  });
}

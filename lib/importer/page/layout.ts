import { type Byline, isDesk, isRoleLine } from "./byline";
import { coSigned, underContact } from "./signatories";
import { HEADLINE_THRESHOLD, type HeadlineCandidate, headlineReport, SCORES, sameText, scoreHeadline } from "./headline";
import { markThreadCounters } from "./comment-threads";
import { markEmbeddedPosts } from "./embedded-posts";
import { markPostBlocks } from "./post-blocks";
import { markPolls } from "./polls";
import { markPullQuotes } from "./pull-quotes";
import { firstParty, markFiguresBoxes } from "./figures-box";
import { markKeyPointsBoxes } from "./key-points";
import { markLabelledRowBoxes } from "./row-boxes";
import { markClosingSpecBox } from "./spec-box";
import { groupBlocks, isFurniture, isProseLine, isText, lineRoles, type Role } from "./line-roles";
import { briefTitles, numberedItems } from "./list-items";
import { isPersonNameLine, wordCount } from "./line-shapes";
import { markEntryDates } from "./entry-dates";
import { readTail } from "./layout-tail";
import { mailEnvelopeEnd } from "./mail-envelope";
import { markSectionLabels } from "./section-labels";
import { markSpeakers } from "./speakers";
import { markTranslations } from "./translations";
import { firstProse, isDeck, nameWithTitle, readHeader } from "./layout-header";
import { markMachineSummary } from "./ai-summary";
import { markFrontPageItems, markTeasers } from "./teasers";
import { inList, lineOverDate } from "./headline-position";
import { isSiteCookieSentence } from "./clutter-consent";
import { markFootnotes } from "./footnotes";
import { keepProse } from "./prose-guard";
import { markClosingBoxes } from "./closing-boxes";
import { markPromoBoxes } from "./promo-boxes";
import { markDonationBoxes } from "./donation-boxes";
import { markPlayerTitles, markVideoTeasers } from "./video-teasers";

/** A page read: what each line is, the headline when there is one, and why it was chosen. */
export type Layout = {
  roles: Role[];
  headline?: string;
  /** The headline warning: chosen line, score, reasons, rejected lines. Empty when no line was a candidate. */
  headlineReport: string;
  author?: Byline;
  /** Index of the headline, -1 without one; of the text's first line, -1 when there is no text. */
  headlineIndex: number;
  textStart: number;
  /** The name alone that signs the text after its last paragraph, without the dash some pages put before it. */
  signature?: string;
  /** Lines after the last paragraph kept as text though they may be page furniture, for the editor to check. */
  uncertain: number[];
  /** Lines that read like the article's sentences, removed on a weak signal only and kept as text: possible furniture, for the editor to check. */
  possibleFurniture: number[];
  /** The page is a digest of briefs, each under its title: no lead stands for the whole. */
  digest: boolean;
};

/** The points a headline candidate won for its words coming back in the text. */
const echo = (c: HeadlineCandidate) => (c.reasons.some((r) => r.startsWith("ses mots reviennent")) ? 2 : c.reasons.some((r) => r.startsWith("un de ses mots")) ? 1 : 0);

/** A document's section number of two levels or more, then its title: « 3.2 Efficacité… », « 1.4.2. Eau ». */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})+\.?\s+\p{Lu}/u;

/** A field of a record: a label of one to four words, a colon, its value. */
const FIELD = /^\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,3}\s?:\s+\S/u;

/** A list's item (« • Ce que prévoit le projet », a letter's summary): one entry of many, never the page's headline. */
const LIST_BULLET = /^[•▪►]\s/u;

/** A headline stands this many lines at most above its text (byline, date, share buttons, a photo between). */
const CLOSE_LINES = 12;

/**
 * The headline among the text lines above the article's first paragraph, by
 * score (see headline.ts); none when no line reaches the threshold.
 */
function chooseHeadline(lines: readonly string[], roles: Role[], briefs: ReadonlySet<number>, numbered: ReadonlySet<number>): { index: number; report: string } {
  const start = firstProse(lines, roles, 0);
  if (start < 0) return { index: -1, report: "" };
  // The text's first lines, cut: a headline's words come back early, and a huge page must stay cheap to read.
  // No name nor role line: those under a deck (« Loïc Rochat » / « Rédacteur ») are no opening.
  const opening = lines.slice(start).filter((l, k) => isText(roles[start + k]) && !isPersonNameLine(l) && !isRoleLine(l)).slice(0, 3).join("\n").slice(0, 3000);
  // The headline sits near the text: the thirty text lines above it are enough to look at.
  // A line under a block header ("Newsletters" in a menu) may still be the headline, at a cost.
  const inBlock = (i: number) => roles[i].kind === "furniture" && (roles[i] as { inBlock?: true }).inBlock === true;
  // A name and its title (« Thomas Vidal, directeur technique ») signs, it heads nothing.
  // A numbered list's item (« 1. Meta renonce … » before « 2. … ») is the text's first entry, never the page's headline;
  // a report's numbered section (« 3.2 Efficacité énergétique … ») titles a part of a document, not a news story.
  // A record's fields (« Pays : … », « Statut : … », « Agence d'exécution : … »), three in a row or more: none is the headline.
  const field = (i: number) => FIELD.test(lines[i] ?? "");
  const fields = new Set(lines.flatMap((_, i) => (field(i) && ((field(i - 1) && field(i + 1)) || (field(i - 1) && field(i - 2)) || (field(i + 1) && field(i + 2))) ? [i] : [])));
  const textAbove = lines.map((_, i) => i).filter((i) => i < start && (isText(roles[i]) || inBlock(i)) && !nameWithTitle(lines[i]) && !numbered.has(i) && !SECTION_NUMBER.test(lines[i]) && !LIST_BULLET.test(lines[i]) && !fields.has(i)).slice(-30);
  const bare = textAbove.map((j) => scoreHeadline(j, lines[j], { opening, otherLines: [], closest: false, bylineAfter: false, inBlock: false }));
  const shaped = new Set(textAbove.filter((_, k) => bare[k]));
  // Highlights restate the text: title-shaped lines whose words come back in it (« Télécharger le communiqué » does not).
  const echoing = new Set(textAbove.filter((_, k) => bare[k] && echo(bare[k]) > 0));
  const overDate = lineOverDate(lines, textAbove, shaped, echoing, roles, start - CLOSE_LINES);
  const candidates = textAbove
    .map((i) =>
      scoreHeadline(i, lines[i], {
        opening,
        otherLines: lines,
        // A site's tagline under its name, a menu away from the text, is not "just before" it.
        closest: overDate >= 0 ? i === overDate : textAbove.every((j) => j <= i || !shaped.has(j)) && start - i <= CLOSE_LINES,
        bylineAfter: roles.slice(i + 1, i + 7).some((r) => r.kind === "byline" || r.kind === "dateline" || (r.kind === "text" && r.entry === true)),
        inBlock: inBlock(i),
        inList: inList(i, echoing) || briefs.has(i),
      }),
    )
    .filter((c): c is HeadlineCandidate => c !== undefined)
    // On a tie, the line whose words the text repeats most: a headline over its deck ("CyrusOne brise le sol…" over "Le campus…").
    .sort((a, b) => b.score - a.score || echo(b) - echo(a) || b.index - a.index);
  const top = candidates[0];
  if (!top) return { index: -1, report: "" };
  // A headline printed over its deck: the long line under a title-shaped line nearly as strong is the deck, the line above the headline.
  const above = candidates.find((c) => c.index === top.index - 1);
  // A deck written as a long sentence (« … pose une question : d'où viendra l'électricité ? ») under a title with no end mark is the deck,
  // however much more of its words the text repeats: a standfirst restates the article, and it stands right over it.
  const sentenceDeck = !!above && wordCount(top.line) >= 18 && /[.?!…]$/u.test(top.line) && !/[.?!…:;,»]$/u.test(above.line);
  const best = above && isDeck(top.line) && wordCount(above.line) >= 6 && above.score >= HEADLINE_THRESHOLD && (sentenceDeck || above.score >= top.score - SCORES.closest[1]) ? above : top;
  const chosen = best.score >= HEADLINE_THRESHOLD ? best : undefined;
  // A headline printed twice (the page's title, then the article's) is the first one; the second is a repeat.
  const first = chosen ? Math.min(...candidates.filter((c) => sameText(c.line, chosen.line)).map((c) => c.index)) : -1;
  const others = candidates.filter((c) => c !== chosen && !(chosen && sameText(c.line, chosen.line)));
  return { index: first, report: headlineReport(chosen, chosen ? others : candidates) };
}

/**
 * A section label printed before the headline on its line: a tag in brackets
 * (« [Actu] ») or a rubric in capitals closed by a period (« EN IMAGES. »).
 */
export const withoutLabel = (line: string) => {
  const bare = line.replace(/^\[[^\]]{1,24}\]\s*/u, "").replace(/^\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,2}\.\s+(?=\p{Lu}\p{Ll})/u, "");
  return wordCount(bare) >= 4 ? bare : line;
};

/** Reads a page's lines into roles: furniture, headline, byline, dates, standfirst, text. */
export function readLayout(lines: readonly string[]): Layout {
  const roles = lineRoles(lines);
  groupBlocks(lines, roles);
  const envelope = mailEnvelopeEnd(lines);
  for (let i = 0; i < envelope; i++) roles[i] = { kind: "furniture", why: "mail-envelope" };
  markEntryDates(lines, roles);
  markSpeakers(lines, roles);
  markTranslations(lines, roles);
  markMachineSummary(lines, roles);
  markEmbeddedPosts(lines, roles);
  markPostBlocks(lines, roles);
  markPromoBoxes(lines, roles);
  markDonationBoxes(lines, roles);
  markClosingBoxes(lines, roles);
  markPolls(lines, roles);
  markPlayerTitles(lines, roles);
  markPullQuotes(lines, roles);
  markFootnotes(lines, roles, isProseLine);
  // An outlet's figures boxes are furniture; the organisation's own document (a release, a press kit) keeps its own: they are its text (round 34).
  if (!firstParty(lines, roles)) {
    markClosingSpecBox(lines, roles, isProseLine);
    markLabelledRowBoxes(lines, roles, isProseLine);
    markFiguresBoxes(lines, roles, isProseLine);
    markKeyPointsBoxes(lines, roles, isProseLine);
  }
  markFrontPageItems(lines, roles);
  // A site's cookie sentence (« X utilise des cookies pour mesurer l'audience … ») over the page's first paragraph is its banner's
  // even with no button under it: the text never opens on it, so it never gives the headline.
  for (let i = 0; i < lines.length && !(isText(roles[i]) && isProseLine(lines[i]) && !isSiteCookieSentence(lines[i])); i++) if (isText(roles[i]) && isSiteCookieSentence(lines[i])) roles[i] = { kind: "furniture", why: "notice" };
  const briefs = briefTitles(lines, roles);
  // A numbered list's items are the text, as a digest's briefs are, without making the page a digest.
  const numbered = numberedItems(lines, roles);
  const items = new Set([...briefs, ...numbered]);
  const { index, report } = chooseHeadline(lines, roles, items, numbered);
  const headline = index >= 0 ? withoutLabel(lines[index]) : undefined;
  if (headline) {
    // A block a menu entry opened (« Newsletter ») ends at the headline: the lines under it, up to the text, are its header to read.
    const first = firstProse(lines, roles, index + 1);
    if ((roles[index] as { inBlock?: true }).inBlock) for (let k = index + 1; k < first && (roles[k] as { inBlock?: true }).inBlock; k++) roles[k] = { kind: "text" };
    roles[index] = { kind: "headline" };
    roles.forEach((r, i) => {
      if (i > index && isText(r) && (sameText(lines[i], headline) || sameText(lines[i], lines[index]))) roles[i] = { kind: "furniture", why: "repeat" };
    });
  }
  for (let i = 0; i < Math.max(index, 0); i++) if (isText(roles[i])) roles[i] = { kind: "furniture", why: "menu" };
  markVideoTeasers(lines, roles, index);
  const start = readHeader(lines, roles, headline, items);
  markSectionLabels(lines, roles, start);
  markTeasers(lines, roles, start);
  // The byline under the headline signs the article; one above it (a masthead's) only when there is no other.
  // A desk ("La Rédaction") signs no article; after the text, a name under "Contacts" is a press contact and one of several officials' signatures signs a record.
  const bylines = roles.flatMap((r, i) => (r.kind === "byline" && !isDesk(r.byline.author) && !(start >= 0 && i > start && (underContact(lines, i) || coSigned(lines, i))) ? [{ i, byline: r.byline }] : []));
  // The masthead's name in a byline (« Paris Match | Publié le … ») is the site's: another byline's person signs (« Propos recueillis par X »).
  const masthead = new Set(lines.slice(0, Math.max(index, 0)).map((l) => l.trim()));
  const signers = bylines.filter((b) => !masthead.has(b.byline.author));
  const pool = signers.length > 0 ? signers : bylines;
  const author = (pool.find((b) => b.i > index) ?? pool[0])?.byline;
  // A correction notice over the first paragraph speaks of the article (« Rectificatif : une première version… »); one closing it is its last paragraph.
  if (start >= 0 && isText(roles[start]) && /^(?:Rectificatif|Correctif|Erratum)\s*:/u.test(lines[start]) && roles.slice(start + 1).some(isText)) roles[start] = { kind: "furniture", why: "notice" };
  markThreadCounters(lines, roles, start);
  const { kept: uncertain, signature } = start >= 0 ? readTail(lines, roles, start, author?.author) : { kept: [] };
  const possibleFurniture = keepProse(lines, roles);
  return { roles, headline, headlineReport: report, author, signature, headlineIndex: index, textStart: start, uncertain, possibleFurniture, digest: briefs.size > 0 };
}

export { isFurniture };
export { isShout } from "./layout-header";

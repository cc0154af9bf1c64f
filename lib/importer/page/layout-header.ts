import { type Byline, isRoleLine } from "./byline";
import { isStandfirst } from "./body-blocks";
import { contentsEntries, afterItem, headsText, isHeaderText, opensDocument, opensSections, resumesText, summaryEntry } from "./header-lines";
import { isProseLine, isText, type Role } from "./line-roles";
import { capitalsAsName, isBylineName, isPersonNameLine, wordCount } from "./line-shapes";

/*
 * The page's header, between the headline (or the top of the page) and the
 * text: where the text starts, the byline and its role, the standfirst, the
 * rest furniture. Apart from layout.ts, which chooses the headline.
 */

/** A line in capitals, short, ending on « ! » (« NON À L'ABANDON DU DATACENTER ! »): a tract's or a poster's headline, not its text. */
export const isShout = (line: string) => /!\s*$/u.test(line) && wordCount(line) <= 15 && /\p{Lu}{3}/u.test(line) && !/\p{Ll}/u.test(line);

/** The first line of the article's text: prose of some length, not a caption. */
export function firstProse(lines: readonly string[], roles: readonly Role[], from: number): number {
  for (let i = from; i < lines.length; i++) if (isText(roles[i]) && isProseLine(lines[i]) && wordCount(lines[i]) >= 6 && !isShout(lines[i])) return i;
  return -1;
}


/** A deck under the headline: a long line in sentence case, without a final period, that the page prints as its subtitle. */
export const isDeck = (line: string) => wordCount(line) >= 8 && wordCount(line) <= 40 && /^\p{Lu}/u.test(line) && !/:$/.test(line) && !isRoleLine(line) && !isPersonNameLine(line);

/** The byline a role line under it belongs to: the line above, or above a repeat of the name and a network's widgets. */
function bylineAbove(roles: Role[], i: number): Extract<Role, { kind: "byline" }> | undefined {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const role = roles[j];
    if (role.kind === "byline") return role;
    if (role.kind !== "furniture") return undefined;
  }
  return undefined;
}

/**
 * Text lines of the header: a name alone is the byline (under the headline,
 * close to the text, or over its role line), a role under it its note, a long
 * line right under the headline its deck (the standfirst), the rest furniture.
 */
function tidyHeader(lines: readonly string[], roles: Role[], from: number, end: number, headline: string | undefined, briefs: ReadonlySet<number>): void {
  // A byline further down (a comment's "Name – date") does not stop the name under the headline from signing.
  let byline = roles.find((r, k): r is Extract<Role, { kind: "byline" }> => r.kind === "byline" && k < end);
  const top = roles.findIndex((r) => r.kind === "headline");
  const roleSoon = (i: number) => lines.slice(i + 1, i + 4).some((l, k) => isText(roles[i + 1 + k]) && isRoleLine(l));
  const entries = contentsEntries(lines, roles);
  for (let i = from; i < end; i++) {
    if (!isText(roles[i])) continue;
    const above = bylineAbove(roles, i);
    // Under the headline, or under its date line: « Publié le 3 juin 2026 » / « Mathieu Gagnon, cofondateur et PDG ».
    const titled = top >= 0 && i > top && i - top <= 3 && roles.slice(top + 1, i).every((r) => r.kind === "dateline") && !byline ? nameWithTitle(lines[i]) : undefined;
    // « Thu Hà/CVN »: a reporter's name and her agency's initials; « Claire Muller (Alsace Éco Hebdo) »: and the outlet she wrote for;
    // right under the headline, « Julien Gauthier-Roy – Initiative de journalisme local »: and the programme or desk she writes in.
    const filed = top >= 0 && i > top && !byline ? (lines[i].match(/^(.{3,40}?)\s?\/\s?\p{Lu}{2,6}$/u) ?? lines[i].match(/^(.{3,40}?)\s\(\p{Lu}[^()]{1,50}\)$/u) ?? (i === top + 1 ? lines[i].match(/^(.{3,40}?)\s[–—]\s\p{Lu}[\p{L}'’ -]{2,60}$/u) : null))?.[1] : undefined;
    // « Baptiste Kermarec » under « Baptiste Kermarec – Construire un campus… »: the name the headline opens with is the page's subject (a speaker's card).
    // « CAMILLE ROY » under the headline or its date: a byline some papers print in capitals, read as the name it is
    // (« PROVINCE DE QUÉBEC », a body's heading, joins its words with « de »: a name in capitals here is its words alone).
    const capitals = top >= 0 && i > top && i - top <= 3 && !byline && capitalsAsName(lines[i]) !== lines[i] && !/\s(?:DE|DU|DES|LA|LE|LES|ET|D['’]\p{Lu})/u.test(lines[i]) ? capitalsAsName(lines[i]) : undefined;
    if (isBylineName(lines[i]) && !byline && (headline || end - i <= 4 || roleSoon(i)) && !headline?.startsWith(`${lines[i].trim()} `)) {
      byline = roles[i] = { kind: "byline", byline: { author: lines[i] } };
    } else if (capitals && isBylineName(capitals)) {
      byline = roles[i] = { kind: "byline", byline: { author: capitals } };
    } else if (titled) {
      byline = roles[i] = { kind: "byline", byline: titled };
    } else if (filed && isBylineName(filed)) {
      byline = roles[i] = { kind: "byline", byline: { author: filed } };
    } else if (above && isRoleLine(lines[i])) {
      above.byline.role ??= lines[i];
      roles[i] = { kind: "furniture", why: "byline-role" };
    } else if (top >= 0 && i === top + 1 && isDeck(lines[i]) && !roles.some((r) => r.kind === "standfirst")) {
      roles[i] = { kind: "standfirst" };
    } else if (top < 0 && briefs.has(i)) continue;
    else if (top >= 0 && i > top && (briefs.has(i) || afterItem(lines, briefs, i) || isHeaderText(lines, roles, { from: top + 1, end }, i))) continue;
    else if (top >= 0 && i > top && (entries.has(lines[i]) || summaryEntry(lines, i))) continue;
    // A line left open on a comma opens the sentence under it: a letter's « Chères Iséroises, chers Isérois, » (without a headline, right over the text).
    else if ((top >= 0 ? i > top : i === end - 1) && /\p{L},$/u.test(lines[i]) && isText(roles[i + 1] ?? roles[i]) && wordCount(lines[i + 1] ?? "") >= 6) continue;
    else if (top >= 0 && i === end - 1 && (opensSections(lines, roles, i, end, headline) || opensDocument(lines, roles, i, end) || resumesText(lines, roles, i))) continue;
    else if (i > top && isText(roles[i + 1] ?? roles[i]) && wordCount(lines[i + 1] ?? "") >= 6 && roles.some((r, k) => k < i && r.kind === "standfirst") && headsText(lines[i])) continue;
    else roles[i] = { kind: "furniture", why: headline ? "header" : "menu" };
  }
}

/** A firm's blog signs under the headline with the author's title there: « Claire Dumoulin, Partner », « Paul Henry, associé ». */
export function nameWithTitle(line: string): Byline | undefined {
  const [name, rest, more] = line.split(/\s*,\s*/u);
  if (more !== undefined || !rest || !isBylineName(name)) return undefined;
  return isRoleLine(rest) || /^(?:(?:managing|general|venture|senior)\s+)?(?:partner|associate|principal|analyst|founder|co-founder|investment manager)$/iu.test(rest) || /^(?:co-?)?fondat(?:eur|rice)(?: et (?:pdg|président|présidente|directeur général|directrice générale))?$/iu.test(rest) ? { author: name, role: rest } : undefined;
}

/**
 * Between the headline (or the top of the page) and the text: the byline and
 * its role, a standfirst (a prose line before the byline or restating the
 * headline), and furniture (a section name, a tag, a "l'essentiel" label).
 * Returns where the text starts, -1 when it never does.
 */
export function readHeader(lines: readonly string[], roles: Role[], headline: string | undefined, briefs: ReadonlySet<number>): number {
  const start = firstProse(lines, roles, 0);
  tidyHeader(lines, roles, 0, start < 0 ? lines.length : start, headline, briefs);
  if (start < 0 || !headline) return start;
  const next = firstProse(lines, roles, start + 1);
  const between = roles.slice(start + 1, next < 0 ? lines.length : next);
  const followedByDateline = between.some((r) => r.kind === "dateline" || r.kind === "byline");
  const nameAfter = lines.slice(start + 1, next < 0 ? lines.length : next).some((l, k) => isText(between[k]) && isPersonNameLine(l));
  // A digest's first brief is no standfirst: its paragraph belongs under its title.
  if (next < 0 || briefs.size > 0 || roles.some((r) => r.kind === "standfirst") || !isStandfirst(lines[start], headline, lines[next], followedByDateline || nameAfter)) return start;
  roles[start] = { kind: "standfirst" };
  tidyHeader(lines, roles, start + 1, next, headline, briefs);
  return next;
}


import { addressDate, type DateMention, findDateMentions, parseNumericDate, parseWireDateline, weekdayOfDay } from "./dates";
import { PUBLISHED } from "./dateline";
import { isThreadStamp } from "./comment-threads";
import { isEmbedStamp } from "./embedded-posts";
import { foldText } from "../../text/text";
import { isProseLine } from "./line-roles";
import { LEGAL_ACT_TITLE } from "./line-shapes";
import type { Layout } from "./layout";
import type { StatedDate } from "./publication-date";
import { parseSignOff } from "./sign-off";

/** More lines than this between a date and the headline: the date is the masthead's, not the article's. */
const MASTHEAD_GAP = 2;

/**
 * The dates the page states as its own, each with where it stands: datelines
 * and dated bylines (a date line far above the headline, in the masthead, is a
 * site's "today": `widget`), and the wire's dateline opening the lead.
 * @param lead the article's first paragraph
 */
export function statedDates(lines: readonly string[], layout: Pick<Layout, "roles" | "headlineIndex" | "textStart">, lead: string | undefined, pageMarks: readonly string[] = []): StatedDate[] {
  const { roles, headlineIndex, textStart } = layout;
  const top = headlineIndex >= 0 ? headlineIndex : textStart;
  const stated: StatedDate[] = [];
  roles.forEach((role, i) => {
    const date = role.kind === "dateline" ? role.date : role.kind === "byline" ? role.byline.date : undefined;
    if (!date) return;
    // « Tweet de @compte · 3 juillet 2023 » over a quoted post: the post's date, not the article's.
    if (isEmbedStamp(lines[i])) return;
    // « Kaneza · 14 juin 2023 à 10h12 » in a readers' thread under the text: a comment's date, not the article's.
    if (isThreadStamp(lines, i, textStart)) return;
    // An issue's number with its date ("N° 142 — Jeudi 13 mars 2025") dates a letter's articles, not the day it was read.
    const issue = /\b[Nn][°º]\s*\d+/u.test(lines[i]);
    // Under the page's breadcrumb ("Accueil > Actualités > …"), the masthead is over: the date heads the article.
    const underCrumb = roles.slice(Math.max(0, i - 4), i).some((r) => r.kind === "furniture" && r.why === "breadcrumb");
    // « Date de publication : 22/01/2026 » over a note's fields: a date that says it is the publication's is no masthead's "today".
    const announced = PUBLISHED.test(foldText(lines[i]).trim());
    const placement = top < 0 || i > top ? "header" : top - i - 1 <= MASTHEAD_GAP || issue || underCrumb || announced ? "above" : "widget";
    stated.push({ date, line: lines[i], kind: role.kind === "byline" ? "byline" : "dateline", placement });
  });
  // « Procès-verbal de la séance … tenue le 8 septembre 2025 »: a sitting's record is dated by the sitting its title names.
  // « Décret n° 2026-418 du 12 mai 2026 qualifiant … »: a legal act is dated by the day its title names, not by its gazette's issue.
  const record = headlineIndex >= 0 && (RECORD.test(lines[headlineIndex]) || LEGAL_ACT_TITLE.test(lines[headlineIndex])) ? fullDate(lines[headlineIndex]) : undefined;
  // The lead's weekday (« Réunie vendredi ») must fall on it: a title the text contradicts states nothing.
  const leadDay = lead?.match(LEAD_WEEKDAY)?.[1].toLowerCase();
  if (record && (!leadDay || weekdayOfDay(record.year!, record.month!, record.day!) === leadDay)) stated.push({ date: record, line: lines[headlineIndex], kind: "dateline", placement: "header" });
  // « Conférence téléphonique du 29 juillet 2026, 18 h 00 » over « … : transcription de la conférence … »: the call a transcript records dates it.
  const call = headlineIndex >= 0 && TRANSCRIPT.test(lines[headlineIndex]) ? lines.slice(0, Math.max(textStart, headlineIndex + 1)).find((l) => CALL.test(l)) : undefined;
  const callDate = call ? fullDate(call) : undefined;
  if (callDate && !record) stated.push({ date: callDate, line: call!, kind: "dateline", placement: "header" });
  const wire = lead ? parseWireDateline(lead) : undefined;
  if (wire?.date) stated.push({ date: wire.date, line: lead!, kind: "wire", placement: "header" });
  if (stated.some((s) => s.date.year !== undefined)) return stated;
  stated.push(...relativeWithUpdate(lines, roles, top, textStart), ...wireWithUpdate(lines, roles, top, textStart, lead), ...edgeDates(lines, roles, textStart, pageMarks));
  return stated;
}

/**
 * The title of a sitting's own record: its minutes, its report, its register
 * of decisions, or the sitting and its date before a colon (« Commission
 * permanente du 21 mars 2025 : les principales décisions »), as an assembly
 * heads its own account; a sentence about a sitting (« Le conseil … a voté »)
 * is news, dated by its page.
 */
const RECORD = /^(?:procès-verbal|compte[- ]rendu|relevé des décisions|extrait du registre des délibérations) (?:de la|du) (?:séance|réunion|conseil|session)\b|^(?:commission permanente|conseil (?:municipal|communautaire|régional|départemental|métropolitain|d['’]administration)|assemblée (?:générale|plénière)|séance plénière|session plénière) du (?:\p{L}+ )?\d{1,2}(?:er)? \p{L}+ \d{4} ?:/iu;

/** A transcript's title, and the call, conference or hearing it records, with its date (« Conférence téléphonique du 29 juillet 2026 »). */
const TRANSCRIPT = /\b(?:transcription|retranscription|verbatim)\b/iu;
const CALL = /^(?:conférence (?:téléphonique|de presse|investisseurs)|audioconférence|visioconférence|webcast|webinaire|audition) du (?:\p{L}+ )?\d{1,2}(?:er)? \p{L}+ \d{4}\b/iu;

/** The first weekday a lead names: the sitting's day, when it tells one. */
const LEAD_WEEKDAY = /(?<![\p{L}])(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\p{L}])/iu;

/** A full date of a line, in words or figures. */
const fullDate = (line: string) => [findDateMentions(line)[0], parseNumericDate(line)].find((d) => d?.day !== undefined && d.year !== undefined);

/**
 * « Il y a 3 heures » then « Mis à jour le 09/04/2025 à 16h20 » under the
 * headline: published a few hours before it was read, updated that day — the
 * update's day is the only full date the page gives its article.
 */
function relativeWithUpdate(lines: readonly string[], roles: Layout["roles"], top: number, textStart: number): StatedDate[] {
  if (top < 0 || textStart < 0) return [];
  const header = lines.slice(top + 1, textStart);
  if (!header.some((l) => /^il y a (?:\d{1,2}|une?) (?:h|heures?|min|minutes?)$/iu.test(l.trim()))) return [];
  const k = header.findIndex((l, j) => roles[top + 1 + j].kind === "furniture" && (roles[top + 1 + j] as { why: string }).why === "update-stamp" && fullDate(l));
  return k < 0 ? [] : [{ date: fullDate(header[k])!, line: header[k], kind: "dateline", placement: "header" }];
}

/**
 * « DAKAR, 4 novembre (AFP) - » opening the lead, and « Mis à jour le 04.11.2025 »
 * under the headline: a dispatch dates itself without its year; the update stamp
 * of the same day and month gives it. Another day in the stamp states nothing.
 */
function wireWithUpdate(lines: readonly string[], roles: Layout["roles"], top: number, textStart: number, lead: string | undefined): StatedDate[] {
  if (!lead || top < 0 || textStart < 0) return [];
  const dateline = lead.match(/^\p{Lu}[\p{Lu}\p{M}'’ .-]*\p{Lu},\s+(?:le\s+)?([^()–—]{4,20}?)\s*\([^()]{2,20}\)\s*[–—-]{1,2}\s*\S/u)?.[1];
  const day = dateline ? findDateMentions(dateline).find((d) => d.day !== undefined && d.month !== undefined && d.year === undefined) : undefined;
  if (!day) return [];
  const header = lines.slice(top + 1, textStart);
  const k = header.findIndex((l, j) => roles[top + 1 + j].kind === "furniture" && (roles[top + 1 + j] as { why: string }).why === "update-stamp" && fullDate(l)?.day === day.day && fullDate(l)?.month === day.month);
  return k < 0 ? [] : [{ date: fullDate(header[k])!, line: header[k], kind: "wire", placement: "header" }];
}

/**
 * A print page's running header (« L'ÉCHO DU NORD-ISÈRE JEUDI 6 MARS 2025 14 »,
 * taken out as a PDF's page mark) and a dated sign-off after the text's last
 * paragraph (« Fait à Chalon-sur-Saône, le 20 juin 2025 »).
 */
function edgeDates(lines: readonly string[], roles: Layout["roles"], textStart: number, pageMarks: readonly string[]): StatedDate[] {
  const found: StatedDate[] = [];
  const mark = pageMarks.map((line) => ({ line, date: fullDate(line) })).find((m) => m.date);
  if (mark) found.push({ date: mark.date!, line: mark.line, kind: "dateline", placement: "edge" });
  if (textStart < 0) return found;
  let last = -1;
  roles.forEach((r, i) => {
    if (r.kind === "text" && isProseLine(lines[i]) && !parseSignOff(lines[i])) last = i;
  });
  for (let i = Math.max(textStart, last - 1); i < Math.min(lines.length, last + 4); i++) {
    const date = i > textStart ? parseSignOff(lines[i]) : undefined;
    if (date) found.push({ date, line: lines[i], kind: "dateline", placement: "edge" });
  }
  return found;
}

/** A line that is only a page's address, without its scheme (« site.info/2019/11/06/titre »). */
const BARE_ADDRESS = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S+$/iu;

/** A share widget's copy of the page's own address, on its line. */
const OWN_LINK = /^(?:copier le lien|lien permanent|permalien|lien de (?:l['’]article|cette page))\s*:?\s*(https?:\/\/\S+)$/iu;

/**
 * The date in the page's address — the one the editor gives (`--url`), else
 * one printed alone among the page's first lines, or the one a share widget
 * gives as the page's own link (« Copier le lien : https://… », « Permalien :
 * … ») — when the site files its articles by day ("…/2025/04/22/…"). A
 * deduction, never a stated date; a link in the text is another page's.
 */
export function pageAddressDate(lines: readonly string[], url: string | undefined, textStart = -1): { date: DateMention; url: string } | undefined {
  const own = lines.flatMap((l) => l.match(OWN_LINK)?.[1] ?? []);
  // An address alone on its line above the text, with its scheme or without (« blog.info/2024/04/17/… », as a browser's bar shows
  // it): the page's own, copied with it. A link below the text's start is a share box's or another page's.
  const header = lines.slice(0, Math.max(3, textStart)).filter((l) => /^https?:\/\/\S+$/.test(l.trim()) || BARE_ADDRESS.test(l.trim()));
  const addresses = [...(url ? [url] : []), ...header, ...own];
  for (const address of addresses) {
    const date = addressDate(address);
    if (date) return { date, url: address };
  }
  return undefined;
}

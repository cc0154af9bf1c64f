import { addressDate, type DateMention, parseWireDateline } from "./dates";
import type { Layout } from "./layout";
import type { StatedDate } from "./publication-date";

/** More lines than this between a date and the headline: the date is the masthead's, not the article's. */
const MASTHEAD_GAP = 2;

/**
 * The dates the page states as its own, each with where it stands: datelines
 * and dated bylines (a date line far above the headline, in the masthead, is a
 * site's "today": `widget`), and the wire's dateline opening the lead.
 * @param lead the article's first paragraph
 */
export function statedDates(lines: readonly string[], layout: Pick<Layout, "roles" | "headlineIndex" | "textStart">, lead: string | undefined): StatedDate[] {
  const { roles, headlineIndex, textStart } = layout;
  const top = headlineIndex >= 0 ? headlineIndex : textStart;
  const stated: StatedDate[] = [];
  roles.forEach((role, i) => {
    const date = role.kind === "dateline" ? role.date : role.kind === "byline" ? role.byline.date : undefined;
    if (!date) return;
    // An issue's number with its date ("N° 142 — Jeudi 13 mars 2025") dates a letter's articles, not the day it was read.
    const issue = /\b[Nn][°º]\s*\d+/u.test(lines[i]);
    // Under the page's breadcrumb ("Accueil > Actualités > …"), the masthead is over: the date heads the article.
    const underCrumb = roles.slice(Math.max(0, i - 4), i).some((r) => r.kind === "furniture" && r.why === "breadcrumb");
    const placement = top < 0 || i > top ? "header" : top - i - 1 <= MASTHEAD_GAP || issue || underCrumb ? "above" : "widget";
    stated.push({ date, line: lines[i], kind: role.kind === "byline" ? "byline" : "dateline", placement });
  });
  const wire = lead ? parseWireDateline(lead) : undefined;
  if (wire?.date) stated.push({ date: wire.date, line: lead!, kind: "wire", placement: "header" });
  return stated;
}

/**
 * The date in the page's address — the one the editor gives (`--url`), else
 * one printed alone among the page's first lines — when the site files its
 * articles by day ("…/2025/04/22/…"). A deduction, never a stated date.
 */
export function pageAddressDate(lines: readonly string[], url: string | undefined): { date: DateMention; url: string } | undefined {
  const addresses = [...(url ? [url] : []), ...lines.slice(0, 3).filter((l) => /^https?:\/\/\S+$/.test(l))];
  for (const address of addresses) {
    const date = addressDate(address);
    if (date) return { date, url: address };
  }
  return undefined;
}

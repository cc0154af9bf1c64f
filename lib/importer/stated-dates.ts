import { parseWireDateline } from "./dates";
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
    const placement = top < 0 || i > top ? "header" : top - i - 1 <= MASTHEAD_GAP ? "above" : "widget";
    stated.push({ date, line: lines[i], kind: role.kind === "byline" ? "byline" : "dateline", placement });
  });
  const wire = lead ? parseWireDateline(lead) : undefined;
  if (wire?.date) stated.push({ date: wire.date, line: lead!, kind: "wire", placement: "header" });
  return stated;
}

import type { Role } from "./line-roles";
import { MENU_SEPARATOR } from "./line-shapes";

/*
 * Where a headline candidate stands among the page's other title-shaped lines:
 * what layout.ts's chooseHeadline weighs besides the line's own words.
 */

/** Three title-shaped lines in a row or more, each restating the text: a list of highlights (a release's key figures), none of them the headline. */
export function inList(i: number, shaped: ReadonlySet<number>): boolean {
  let from = i;
  let to = i;
  while (shaped.has(from - 1)) from--;
  while (shaped.has(to + 1)) to++;
  return to - from >= 2;
}

/**
 * The last title-shaped line right over a dateline or a byline, from line
 * `from` on (« Amendement n° CE412 … » over « Déposé le 24 mars 2026 »), or -1:
 * that line is the one "just before the text" when every title-shaped line
 * under the date is a label whose words the text does not repeat
 * (« Commission des affaires économiques »). A menu over the date (« Publier |
 * Consulter ») heads nothing, and a line under it that the text echoes
 * (« Calorion s'associe à Qarnot … » under « Publié le … ») stays the closest.
 */
export function lineOverDate(lines: readonly string[], candidates: readonly number[], shaped: ReadonlySet<number>, echoing: ReadonlySet<number>, roles: readonly Role[], from: number): number {
  const signed = (i: number) => roles[i + 1]?.kind === "byline" || roles[i + 1]?.kind === "dateline";
  const over = candidates.filter((i) => i >= from && shaped.has(i) && signed(i) && !MENU_SEPARATOR.test(lines[i])).at(-1) ?? -1;
  return over >= 0 && candidates.every((i) => i <= over || !echoing.has(i)) ? over : -1;
}

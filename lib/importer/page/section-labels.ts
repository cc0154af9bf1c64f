import { foldText } from "../../text/text";
import { isText, type Role } from "./line-roles";
import { MENU_SEPARATOR, wordCount } from "./line-shapes";

/**
 * A rubric's name printed again over its part of the text (« Carnet » under a
 * crumb « Nominations / Carnet »): the page's section label, furniture. Only a
 * short line alone, equal to an entry of a menu or crumb above the text; an
 * intertitle the navigation does not list, or a sentence naming a rubric, stays.
 */
export function markSectionLabels(lines: readonly string[], roles: Role[], start: number): void {
  if (start < 0) return;
  const entries = new Set<string>();
  for (let i = 0; i < start; i++) {
    const parts = lines[i].split(MENU_SEPARATOR);
    if (roles[i].kind === "furniture" && parts.length >= 2) for (const p of parts) if (wordCount(p) <= 3) entries.add(foldText(p.trim()));
  }
  if (entries.size === 0) return;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (isText(roles[i]) && wordCount(line) <= 3 && !/[.!?,;:]$/u.test(line) && entries.has(foldText(line))) roles[i] = { kind: "furniture", why: "section-label" };
  }
}

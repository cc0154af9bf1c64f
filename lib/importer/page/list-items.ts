import type { Role } from "./line-roles";
import { endsLikeProse, wordCount } from "./line-shapes";

/*
 * Lines that are items of a list the page's text is made of: a digest's
 * briefs, a numbered list's entries. They are text, never a headline.
 */

/**
 * A digest's briefs: a title, the brief's date alone ("11/03"), then its
 * paragraph, at least twice on the page. Their titles are the article's text
 * (intertitles), never its headline nor a label between headline and text.
 */
export function briefTitles(lines: readonly string[], roles: readonly Role[]): Set<number> {
  const found = new Set<number>();
  roles.forEach((role, i) => {
    if (role.kind !== "text" || /[.!?;:,]$/.test(lines[i].trim()) || wordCount(lines[i]) < 3 || lines[i].length > 150) return;
    if (roles[i + 1]?.kind !== "dateline" || lines[i + 1].trim().length > 20) return;
    if (roles[i + 2]?.kind === "text" && endsLikeProse(lines[i + 2])) found.add(i);
  });
  return found.size >= 2 ? found : new Set();
}

/**
 * « Délibération n° 2025-004 : … », « Article 3 : … », « Section IV : … » (a roman number), « 2. Google investit … »
 * (a number alone): an item of a numbered list, its number then its title.
 */
const THREAD_POST = /^\d{1,2}\/(\d{1,2})\s+\S/u;
const NUMBERED_ITEM = /^(?:(\p{Lu}[\p{L}]+)\s+(?:n[°º]\s*)?(?:\d[\d./-]*|[IVXLC]{1,6})\s*:\s+\S|\d{1,2}[.)]\s+\p{Lu})/u;

/**
 * The items of a numbered list (a council's deliberations, a text's articles):
 * lines opening with the same word and a number then a colon, twice or more.
 * They are the text, never its headline nor a label under it.
 */
export function numberedItems(lines: readonly string[], roles: readonly Role[]): Set<number> {
  const byWord = new Map<string, number[]>();
  roles.forEach((role, i) => {
    // A thread's posts count themselves out of the whole (« 1/7 Je suis ce matin… », « 2/7 … »).
    const m = role.kind === "text" && lines[i].length <= 250 ? lines[i].match(NUMBERED_ITEM) ?? lines[i].match(THREAD_POST)?.slice(1).map((n) => `/${n}`) : null;
    if (m) byWord.set(m[1] ?? "", [...(byWord.get(m[1] ?? "") ?? []), i]);
  });
  return new Set([...byWord.values()].filter((found) => found.length >= 2).flat());
}

import { getChronology } from "./entities/entity-pages";
import { groupByYearAndMonth } from "./entities/timeline";
import type { Article } from "./content/article";
import { paginate, type Page } from "./pagination";

export type ChronologyOrder = "asc" | "desc";

/** URL of the chronology in an order; `recents` is the reversed one. */
export const chronologyBase: Record<ChronologyOrder, string> = { asc: "/chronologie", desc: "/chronologie/recents" };

/**
 * Parses the chronology's optional segments: [], ["recents"], ["page", N] or ["recents", "page", N].
 * @example parseChronologySegments(["recents", "page", "2"]) // { order: "desc", page: 2 }
 */
export function parseChronologySegments(segments: string[] | undefined): { order: ChronologyOrder; page: number } | undefined {
  const rest = segments ?? [];
  const order: ChronologyOrder = rest[0] === "recents" ? "desc" : "asc";
  const tail = order === "desc" ? rest.slice(1) : rest;
  if (tail.length === 0) return { order, page: 1 };
  if (tail.length === 2 && tail[0] === "page" && /^[1-9]\d{0,5}$/.test(tail[1]) && tail[1] !== "1") return { order, page: Number(tail[1]) };
  return undefined;
}

export type ChronologyPage = Page<Article> & { groups: ReturnType<typeof groupByYearAndMonth<Article>> };

export function getChronologyPage(order: ChronologyOrder, page: number): ChronologyPage | undefined {
  const result = paginate(getChronology(order), page);
  return result && { ...result, groups: groupByYearAndMonth(result.items, (a) => a.date) };
}

import { getChronology } from "./entities/entity-pages";
import { groupByYearAndMonth } from "./entities/timeline";
import type { Article } from "./content/article";
import { paginate, type Page, parsePageSegments } from "./pagination";

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
  const page = parsePageSegments(tail);
  return page ? { order, page } : undefined;
}

export type ChronologyPage = Page<Article> & { groups: ReturnType<typeof groupByYearAndMonth<Article>> };

export function getChronologyPage(order: ChronologyOrder, page: number): ChronologyPage | undefined {
  const result = paginate(getChronology(order), page);
  return result && { ...result, groups: groupByYearAndMonth(result.items, (a) => a.date) };
}

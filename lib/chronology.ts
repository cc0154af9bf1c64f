import { getChronology } from "./entities/entity-pages";
import { groupByYearAndMonth } from "./entities/timeline";
import type { Article } from "./content/article";
import { paginate, type Page } from "./pagination";
import type { TimelineView } from "./timeline-view";

/*
 * The chronology is a timeline like an entity's: the same views (`recents`:
 * newest first, `titres`: headlines only), read and written by
 * lib/timeline-view.ts under `routes.chronology`.
 */

export type ChronologyOrder = TimelineView["order"];

export type ChronologyPage = Page<Article> & { groups: ReturnType<typeof groupByYearAndMonth<Article>> };

export function getChronologyPage(order: ChronologyOrder, page: number): ChronologyPage | undefined {
  const result = paginate(getChronology(order), page);
  return result && { ...result, groups: groupByYearAndMonth(result.items, (a) => a.date) };
}

import { type AnnouncementRow, rowsOf } from "./announcements/announcement-rows";
import { getArchive } from "./archive";
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

export type ChronologyPage = Page<Article> & {
  groups: ReturnType<typeof groupByYearAndMonth<Article>>;
  /** The events of each article of the page, by slug: who does what, where, in what state. */
  events: Map<string, AnnouncementRow[]>;
};

export function getChronologyPage(order: ChronologyOrder, page: number, archive = getArchive()): ChronologyPage | undefined {
  const result = paginate(getChronology(order, archive), page);
  if (!result) return undefined;
  const events = new Map<string, AnnouncementRow[]>();
  for (const row of rowsOf(result.items, archive.registry)) events.set(row.article.slug, [...(events.get(row.article.slug) ?? []), row]);
  return { ...result, groups: groupByYearAndMonth(result.items, (a) => a.date), events };
}

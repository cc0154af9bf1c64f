import type { Announcement } from "../content/announcements";
import type { Article } from "../content/article";
import { chronologicalOrder } from "../entities/timeline";
import type { Amount, AnnouncementStatus } from "../schema/announcement";

/** One announcement about a site, dated by the article that reports it. */
export type LifeEvent = { article: Article; announcement: Announcement };

/** A site's life as its page tells it. */
export type SiteLife = {
  /** Every announcement about the site, oldest article first. */
  events: LifeEvent[];
  /** Each status the texts give, in the order first reached, with the article that first gives it. */
  steps: { status: AnnouncementStatus; first: LifeEvent }[];
  /** The status of the newest dated event that gives one; undefined when none does. */
  current?: { status: AnnouncementStatus; event: LifeEvent };
  /** Capacities and amounts as the texts give them, oldest first: never added up (a later figure may restate an earlier one). */
  figures: { event: LifeEvent; mw?: number; amount?: Amount }[];
};

/**
 * The life of a site from its articles: announced, then under construction,
 * then in service, each with its date and its source; its capacity and
 * amounts over time.
 * @param articles the site's articles (any order)
 * @example siteLife("zhangbei", [a2016]).steps.map((s) => s.status) // ["operational"]
 */
export function siteLife(slug: string, articles: readonly Article[]): SiteLife {
  const events: LifeEvent[] = [...articles]
    .sort(chronologicalOrder)
    .flatMap((article) => article.announcements.filter((a) => a.site?.slug === slug).map((announcement) => ({ article, announcement })));
  const steps: SiteLife["steps"] = [];
  let current: SiteLife["current"];
  for (const event of events) {
    const { status } = event.announcement;
    if (!status) continue;
    if (!steps.some((s) => s.status === status)) steps.push({ status, first: event });
    // Undated articles sort last: they cannot say what is current.
    if (event.article.date.start) current = { status, event };
  }
  const figures = events.flatMap((event) => {
    const { mw, amount } = event.announcement;
    return mw !== undefined || amount ? [{ event, ...(mw !== undefined ? { mw } : {}), ...(amount ? { amount } : {}) }] : [];
  });
  return { events, steps, current, figures };
}

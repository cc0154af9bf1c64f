import type { AnnouncementStatus } from "../schema/announcement";
import { announcementStatuses } from "../schema/announcement";
import { type AnnouncementRow, oldestFirst } from "./announcement-rows";

/** An amount total in one currency: amounts are never added across currencies. */
export type CurrencyTotal = { currency: string; value: number; count: number };

export type Totals = {
  /** Announcements counted. */
  count: number;
  /** Megawatts, and how many announcements gave a capacity. */
  mw: number;
  withMw: number;
  /** One total per currency, largest first. */
  amounts: CurrencyTotal[];
};

/**
 * What a figure is a figure of: a site's capacity or budget is restated by
 * each article on it (100 MW announced, 120 MW under construction), and one
 * sentence split into several announcements states its figure once.
 */
const subjectOf = (row: AnnouncementRow) => (row.announcement.site ? `site:${row.announcement.site.slug}` : `phrase:${row.article.slug}:${row.announcement.evidence}`);

/**
 * Capacities and amounts added up over some announcements: each subject (a
 * site, or else one sentence) counts once, with its newest figure among
 * them; amounts only within one currency.
 * @example totalsOf(rows).amounts // [{ currency: "USD", value: 28000000000, count: 1 }, { currency: "CNY", … }]
 */
export function totalsOf(rows: readonly AnnouncementRow[]): Totals {
  const mw = new Map<string, number>();
  const amounts = new Map<string, { currency: string; value: number }>();
  // Oldest first, so that a subject's newest figure is the one kept.
  for (const row of oldestFirst(rows)) {
    const { announcement } = row;
    const subject = subjectOf(row);
    if (announcement.mw !== undefined) mw.set(subject, announcement.mw);
    if (announcement.amount) amounts.set(`${subject}|${announcement.amount.currency}`, announcement.amount);
  }
  const byCurrency = new Map<string, CurrencyTotal>();
  for (const { currency, value } of amounts.values()) {
    const total = byCurrency.get(currency) ?? byCurrency.set(currency, { currency, value: 0, count: 0 }).get(currency)!;
    total.value += value;
    total.count++;
  }
  return {
    count: rows.length,
    mw: [...mw.values()].reduce((sum, value) => sum + value, 0),
    withMw: mw.size,
    amounts: [...byCurrency.values()].sort((a, b) => b.value - a.value || a.currency.localeCompare(b.currency)),
  };
}

/** Totals per status, in the lifecycle's order; announcements without a status last. */
export function totalsByStatus(rows: readonly AnnouncementRow[]): { status?: AnnouncementStatus; totals: Totals }[] {
  const statuses: (AnnouncementStatus | undefined)[] = [...announcementStatuses, undefined];
  return statuses.flatMap((status) => {
    const some = rows.filter((r) => r.announcement.status === status);
    return some.length ? [{ status, totals: totalsOf(some) }] : [];
  });
}

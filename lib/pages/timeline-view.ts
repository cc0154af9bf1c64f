import { parsePageSegments } from "../site/pagination";

/** How a timeline is shown: its order, full entries or headlines only. Each combination has its own URL, so no JavaScript is needed. */
export type TimelineView = { order: "asc" | "desc"; compact: boolean };

/**
 * Parses an entity timeline's optional segments: `recents` (newest first),
 * then `titres` (headlines only), then `page/N`, in that order only, so each
 * view has exactly one URL.
 * @example parseTimelineSegments(["recents", "titres", "page", "2"]) // { view: { order: "desc", compact: true }, page: 2 }
 * @example parseTimelineSegments(["titres", "recents"]) // undefined
 */
export function parseTimelineSegments(segments: string[] | undefined): { view: TimelineView; page: number } | undefined {
  let rest = segments ?? [];
  const order = rest[0] === "recents" ? "desc" : "asc";
  if (order === "desc") rest = rest.slice(1);
  const compact = rest[0] === "titres";
  if (compact) rest = rest.slice(1);
  const page = parsePageSegments(rest);
  return page ? { view: { order, compact }, page } : undefined;
}

/**
 * The URL of a timeline view's page under an entity's path.
 * @example timelineHref("/entreprises/alibaba", { order: "desc", compact: false }, 2) // "/entreprises/alibaba/recents/page/2"
 */
export function timelineHref(base: string, view: TimelineView, page = 1): string {
  return [base, view.order === "desc" ? "recents" : "", view.compact ? "titres" : "", page > 1 ? `page/${page}` : ""].filter(Boolean).join("/");
}

/**
 * What the date column says beside a date known only to the month or year,
 * so a reader does not take "2020" for a day in it.
 * @example precisionNote("year") // "année seule"
 */
export function precisionNote(precision: "day" | "month" | "year" | "unknown"): string | undefined {
  return precision === "year" ? "année seule" : precision === "month" ? "mois seul" : undefined;
}

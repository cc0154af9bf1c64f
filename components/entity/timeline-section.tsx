import { notFound } from "next/navigation";
import type { TimelineEntry } from "@/lib/entities/entity-pages";
import { newestFirstOf } from "@/lib/entities/timeline";
import { paginate } from "@/lib/pagination";
import { timelineHref, type TimelineView } from "@/lib/timeline-view";
import { Pagination } from "../ui/pagination";
import { TimelineViewLinks } from "../ui/timeline-view-links";
import type { EntityKind } from "@/lib/schema/entity";
import { Timeline } from "./timeline";

type Props = {
  /** Oldest first, as the profile holds them. */
  entries: TimelineEntry[];
  page: number;
  view: TimelineView;
  basePath: string;
  self: { kind: EntityKind; slug: string };
};

/** One page of an entity's timeline, in the chosen view, with its heading and pagination; a page past the end is a 404. */
export function TimelineSection({ entries, page, view, basePath, self }: Props) {
  const ordered = view.order === "desc" ? newestFirstOf(entries, (e) => e.article.date) : entries;
  const result = paginate(ordered, page);
  if (!result) notFound();
  return (
    <section aria-labelledby="frise">
      <h2 id="frise" className="section-heading mb-2">
        Chronologie
        {result.totalPages > 1 && <span className="ml-2 text-base font-normal text-stone-600 dark:text-stone-400">page {result.page}</span>}
      </h2>
      {entries.length > 1 && <TimelineViewLinks view={view} basePath={basePath} className="mb-5" />}
      {entries.length ? (
        <Timeline entries={result.items} self={self} compact={view.compact} />
      ) : (
        <p className="text-stone-700 dark:text-stone-300">Aucun article de l’archive ne concerne encore cette entrée.</p>
      )}
      <Pagination page={result.page} totalPages={result.totalPages} hrefFor={(n) => timelineHref(basePath, view, n)} />
    </section>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import type { TimelineEntry } from "@/lib/entities/entity-pages";
import { paginate } from "@/lib/pagination";
import { timelineHref, type TimelineView } from "@/lib/timeline-view";
import { Pagination } from "../ui/pagination";
import { Timeline } from "./timeline";

type Props = {
  /** Oldest first, as the profile holds them. */
  entries: TimelineEntry[];
  page: number;
  view: TimelineView;
  basePath: string;
  self: { kind: "company" | "country" | "theme"; slug: string };
};

/** The view switches: each a plain link to the same timeline shown another way. */
function ViewLinks({ view, basePath }: { view: TimelineView; basePath: string }) {
  const option = (label: string, target: TimelineView, current: boolean) =>
    current ? (
      <span aria-current="true" className="inline-flex min-h-8 items-center font-semibold">
        {label}
      </span>
    ) : (
      <Link href={timelineHref(basePath, target)} className="link inline-flex min-h-8 items-center">
        {label}
      </Link>
    );
  return (
    <p className="mb-4 flex flex-wrap gap-x-3 text-sm text-stone-700 dark:text-stone-300">
      <span className="inline-flex min-h-8 items-center">Ordre{"\u00a0"}:</span>
      {option("plus ancien d’abord", { ...view, order: "asc" }, view.order === "asc")}
      {option("plus récent d’abord", { ...view, order: "desc" }, view.order === "desc")}
      <span aria-hidden="true" className="inline-flex min-h-8 items-center">·</span>
      {option("articles complets", { ...view, compact: false }, !view.compact)}
      {option("titres seuls", { ...view, compact: true }, view.compact)}
    </p>
  );
}

/** One page of an entity's timeline, in the chosen view, with its heading and pagination; a page past the end is a 404. */
export function TimelineSection({ entries, page, view, basePath, self }: Props) {
  const ordered = view.order === "desc" ? [...entries].reverse() : entries;
  const result = paginate(ordered, page);
  if (!result) notFound();
  return (
    <section aria-labelledby="frise">
      <h2 id="frise" className="mb-2 border-b-2 border-stone-900 pb-1 font-serif text-2xl font-bold dark:border-stone-100">
        Chronologie
        {result.totalPages > 1 && <span className="ml-2 text-base font-normal text-stone-600 dark:text-stone-400">page {result.page}</span>}
      </h2>
      {entries.length > 1 && <ViewLinks view={view} basePath={basePath} />}
      {entries.length ? (
        <Timeline entries={result.items} self={self} compact={view.compact} />
      ) : (
        <p className="text-stone-700 dark:text-stone-300">Aucun article de l’archive ne concerne encore cette entrée.</p>
      )}
      <Pagination page={result.page} totalPages={result.totalPages} hrefFor={(n) => timelineHref(basePath, view, n)} />
    </section>
  );
}

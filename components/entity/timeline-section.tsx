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

/** The view switches: each a plain link to the same timeline shown another way, the current one marked. */
function ViewLinks({ view, basePath }: { view: TimelineView; basePath: string }) {
  const option = (label: string, target: TimelineView, current: boolean) => (
    <li>
      {current ? (
        <span aria-current="true" className="inline-flex min-h-8 items-center rounded-full bg-stone-900 px-3 text-white dark:bg-stone-100 dark:text-stone-900">
          {label}
        </span>
      ) : (
        <Link href={timelineHref(basePath, target)} className="chip min-h-8 px-3">
          {label}
        </Link>
      )}
    </li>
  );
  return (
    <nav aria-label="Affichage de la chronologie" className="mb-5 flex flex-wrap gap-x-4 gap-y-2 text-sm">
      <ul aria-label="Ordre" className="flex gap-1.5">
        {option("Plus ancien d’abord", { ...view, order: "asc" }, view.order === "asc")}
        {option("Plus récent d’abord", { ...view, order: "desc" }, view.order === "desc")}
      </ul>
      <ul aria-label="Affichage" className="flex gap-1.5">
        {option("Articles complets", { ...view, compact: false }, !view.compact)}
        {option("Titres seuls", { ...view, compact: true }, view.compact)}
      </ul>
    </nav>
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

import Link from "next/link";
import { timelineHref, type TimelineView } from "@/lib/pages/timeline-view";

/**
 * A timeline's view switches (an entity's, the chronology's): each a plain
 * link to the same timeline shown another way, the current one marked, so
 * they work without JavaScript.
 */
export function TimelineViewLinks({ view, basePath, className = "" }: { view: TimelineView; basePath: string; className?: string }) {
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
    <nav aria-label="Affichage de la chronologie" className={`flex flex-wrap gap-x-4 gap-y-2 text-sm ${className}`}>
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

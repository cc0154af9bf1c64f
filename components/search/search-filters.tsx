import Link from "next/link";
import { type ActiveFilter } from "@/lib/search/filters";

/** The chosen filters as chips, each a link that removes it, and one link that removes them all. */
export function ActiveFilterChips({ filters, clearHref }: { filters: ActiveFilter[]; clearHref: string }) {
  if (!filters.length) return null;
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2 text-sm">
      <ul aria-label="Filtres choisis" className="flex flex-wrap gap-2">
        {filters.map((f) => (
          <li key={f.param}>
            <Link href={f.removeHref} prefetch={false} className="chip" aria-label={`Retirer le filtre ${f.label.toLowerCase()} ${f.name}`}>
              <span className="text-stone-600 dark:text-stone-400">{f.label}</span> {f.name} <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
      </ul>
      {filters.length > 0 && (
        <Link href={clearHref} prefetch={false} className="link">
          Tout effacer
        </Link>
      )}
    </div>
  );
}

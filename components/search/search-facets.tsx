import Link from "next/link";
import type { SearchParams } from "@/lib/search/search-params";
import { searchUrl } from "@/lib/search/search-params";
import type { Facets } from "@/lib/search/search-response";
import { searchKinds } from "@/lib/entities/entity-kinds";
import type { SearchKind } from "@/lib/site/kind-segments";

type Group = { title: string; param: SearchKind | "year"; values: { key: string; value: string | number; name: string; count: number; selected: boolean }[] };

/**
 * Filters with their counts, each a plain link: every combination has its own
 * URL, crawlable and shareable. A selected value links to its removal. Not
 * prefetched: a results page holds up to a hundred of them, each a search the
 * server would render for a reader who clicks at most one. They fold into a
 * `<details>` under the count, so on a phone the results come first; the
 * caller passes only the values that would narrow the results.
 */
export function SearchFacets({ facets, params }: { facets: Facets; params: SearchParams }) {
  const groups: Group[] = [
    ...searchKinds.map(({ kind, part, descriptor }) => ({
      title: descriptor.labels.many,
      param: kind,
      values: facets[part].map((v) => ({ key: v.slug, value: v.slug, name: v.name, count: v.count, selected: v.selected })),
    })),
    { title: "Années", param: "year", values: facets.years.map((v) => ({ key: String(v.year), value: v.year, name: v.name, count: v.count, selected: v.selected })) },
  ];
  const shown = groups.filter((group) => group.values.length > 0);
  if (!shown.length) return null;
  return (
    <details className="group mb-6 rounded border border-stone-300 bg-white dark:border-stone-700 dark:bg-stone-900">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-semibold select-none">
        Affiner les résultats
      </summary>
    <nav aria-label="Filtrer les résultats" className="grid gap-6 border-t border-stone-200 p-3 text-sm sm:grid-cols-2 lg:grid-cols-4 dark:border-stone-800">
      {shown
        .map((group) => (
          <section key={group.param}>
            <h2 className="eyebrow mb-2">{group.title}</h2>
            <ul className="space-y-1">
              {group.values.map((v) => {
                const href = searchUrl({ ...params, page: 1, [group.param]: v.selected ? undefined : v.value });
                return (
                  <li key={v.key}>
                    <Link href={href} prefetch={false} aria-current={v.selected ? "true" : undefined} className="facet-link">
                      {v.selected ? (
                        <span>
                          <span aria-hidden="true">✓ </span>
                          {v.name}
                          <span className="sr-only"> (filtre actif, cliquer pour le retirer)</span>
                        </span>
                      ) : (
                        <span>{v.name}</span>
                      )}
                      <span className="muted tabular-nums">{v.count}</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
    </nav>
    </details>
  );
}

/** Relevance or date order, as two links. */
export function SearchSort({ params }: { params: SearchParams }) {
  const option = (sort: SearchParams["sort"], label: string) =>
    params.sort === sort ? (
      <span aria-current="true" className="font-semibold">
        {label}
      </span>
    ) : (
      <Link href={searchUrl({ ...params, sort, page: 1 })} prefetch={false} className="link">
        {label}
      </Link>
    );
  return (
    <p className="text-sm text-stone-700 dark:text-stone-300">
      Trier par{"\u00a0"}: {option("relevance", "pertinence")} · {option("date", "date")}
    </p>
  );
}

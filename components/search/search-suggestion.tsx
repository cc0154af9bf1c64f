import Link from "next/link";
import { getArchive } from "@/lib/archive";
import { resolveName } from "@/lib/entities/entity-registry";
import { entityParts } from "@/lib/schema/entity";
import { suggestionLabel } from "@/lib/search-filters";
import { type SearchParams, searchUrl } from "@/lib/search/search-params";

/** The registry's own spelling of a query that names exactly one entity. */
function registryName(text: string): string | undefined {
  const { registry } = getArchive();
  const refs = resolveName(registry, text);
  if (refs.length !== 1) return undefined;
  const { kind, slug } = refs[0];
  return registry[entityParts[kind]].get(slug)?.name;
}

/**
 * The search corrected a misspelt word and shows the results of the corrected
 * query: "Résultats pour Huawei · Rechercher plutôt huaweii". The corrected
 * query links to its own page (same filters), the one to share; the query as
 * typed links to the same search without correction (`exact=1`).
 */
export function SearchSuggestion({ suggestion, params }: { suggestion?: string; params: SearchParams }) {
  if (!suggestion) return null;
  return (
    <p className="mb-4 text-lg">
      Résultats pour{" "}
      <Link href={searchUrl({ ...params, q: suggestion, page: 1 })} className="link font-semibold">
        {suggestionLabel(suggestion, params.q, registryName)}
      </Link>
      <span className="text-base text-stone-700 dark:text-stone-300">
        {" "}· Rechercher plutôt{" "}
        <Link href={searchUrl({ ...params, exact: true, page: 1 })} prefetch={false} className="link">
          {params.q}
        </Link>
      </span>
    </p>
  );
}

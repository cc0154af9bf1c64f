import type { Metadata } from "next";
import { EntityHitList } from "@/components/search/entity-hit-card";
import { completeLabel, resultCountLabel } from "@/components/search/result-count";
import { SearchEmpty } from "@/components/search/search-empty";
import { SearchFacets, SearchSort } from "@/components/search/search-facets";
import { ActiveFilterChips } from "@/components/search/search-filters";
import { SearchForm } from "@/components/search/search-form";
import { SearchNotices } from "@/components/search/search-notices";
import { SearchResultList } from "@/components/search/search-result-list";
import { SearchSuggestion } from "@/components/search/search-suggestion";
import { Pagination } from "@/components/ui/pagination";
import { getArchive } from "@/lib/archive";
import { pageMetadata } from "@/lib/metadata";
import { activeFilters, clearFiltersHref, narrowingFacets, registryFilterName, searchSubject } from "@/lib/search-filters";
import { emptyResponse, search, searchFailedNotice } from "@/lib/search/search";
import { type SearchParams, searchUrl } from "@/lib/search/search-params";
import { site } from "@/lib/site";

const nameOf = () => registryFilterName(getArchive().registry);

/**
 * The results page's metadata. Never indexed, but its links followed: any
 * text typed in a URL (`?q=Achetez+sur+arnaque.example`) would otherwise
 * become a page a search engine keeps under the archive's name.
 */
export function searchMetadata(params: SearchParams): Metadata {
  const subject = searchSubject(params, nameOf());
  return pageMetadata({
    // What is shown, not what the page is for: "Alibaba, 2020 — recherche".
    title: subject ? `${subject} — recherche` : "Recherche",
    description: `Rechercher dans les articles des ${site.name}.`,
    path: searchUrl({ q: params.q, exact: params.exact }),
    noIndex: true,
  });
}

/**
 * The results page of `/recherche`. Phone first: the
 * count and the results come right after the heading and the box; filters
 * fold into a `<details>` under the count, chosen ones show as removable
 * chips, and the entity cards go beside the results (after them on a phone).
 */
export function SearchResultsPage({ params, notices = [] }: { params: SearchParams; notices?: string[] }) {
  let response;
  try {
    response = search(params);
  } catch (error) {
    console.error("recherche", error);
    response = emptyResponse(params, searchFailedNotice);
  }
  const applied = response.params;
  const names = nameOf();
  const subject = searchSubject(applied, names);
  const filters = activeFilters(applied, names);
  return (
    <>
      <header className="mb-4">
        <p className="text-xs font-semibold tracking-widest text-red-800 uppercase dark:text-red-300">Recherche</p>
        <h1 className="mt-1 font-serif text-2xl leading-tight font-bold text-balance sm:text-3xl">
          {subject ? <>Résultats pour {subject}</> : "Rechercher dans les archives"}
        </h1>
      </header>
      <div className="mb-4 max-w-xl">
        <SearchForm defaultValue={applied.q} id="recherche-page" landmarkLabel="Modifier la recherche" />
      </div>
      <SearchNotices notices={[...notices, ...response.notices]} />
      <SearchSuggestion suggestion={response.suggestion} params={applied} />
      {response.total > 0 ? (
        <>
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2 border-b border-stone-300 pb-2 dark:border-stone-700">
            <h2 id="nombre-resultats" className="font-semibold">
              {resultCountLabel(response.total)}
              {response.complete !== undefined && <span className="font-normal"> · {completeLabel(response.complete)}</span>}
              {response.totalPages > 1 && <span className="font-normal text-stone-600 dark:text-stone-400"> · page {response.page} sur {response.totalPages}</span>}
            </h2>
            {applied.q && <SearchSort params={applied} />}
          </div>
          <ActiveFilterChips filters={filters} clearHref={clearFiltersHref(applied)} />
          <SearchFacets facets={narrowingFacets(response.facets, response.total)} params={applied} />
          <div className="grid gap-10 md:grid-cols-[1fr_16rem]">
            {/* Headed by the count above it (an <h2>), which comes first on a phone. */}
            <div>
              <SearchResultList results={response.results} start={(response.page - 1) * site.pageSize + 1} />
              <Pagination page={response.page} totalPages={response.totalPages} hrefFor={(page) => searchUrl({ ...applied, page })} prefetch={false} />
            </div>
            <aside>
              <EntityHitList hits={response.entityHits} />
            </aside>
          </div>
        </>
      ) : (
        <>
          <ActiveFilterChips filters={filters} clearHref={clearFiltersHref(applied)} />
          <SearchEmpty params={applied} popular={response.popular} />
        </>
      )}
    </>
  );
}

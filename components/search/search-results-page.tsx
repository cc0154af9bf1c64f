import type { Metadata } from "next";
import { EntityHitList } from "@/components/search/entity-hit-card";
import { resultCountLabel } from "@/components/search/result-count";
import { SearchEmpty } from "@/components/search/search-empty";
import { SearchFacets, SearchSort } from "@/components/search/search-facets";
import { SearchForm } from "@/components/search/search-form";
import { SearchNotices } from "@/components/search/search-notices";
import { SearchResultList } from "@/components/search/search-result-list";
import { SearchSuggestion } from "@/components/search/search-suggestion";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { pageMetadata } from "@/lib/metadata";
import { emptyResponse, search, searchFailedNotice } from "@/lib/search/search";
import { type SearchParams, searchUrl } from "@/lib/search/search-params";
import { site } from "@/lib/site";

/**
 * The results page's metadata. Never indexed, but its links followed: any
 * text typed in a URL (`?q=Achetez+sur+arnaque.example`) would otherwise
 * become a page a search engine keeps under the archive's name.
 */
export function searchMetadata(params: SearchParams): Metadata {
  return pageMetadata({
    title: params.q ? `Recherche : ${params.q}` : "Recherche",
    description: `Rechercher dans les articles des ${site.name}.`,
    path: searchUrl({ q: params.q }),
    noIndex: true,
  });
}

/** The results page of `/recherche`. */
export function SearchResultsPage({ params, notices = [] }: { params: SearchParams; notices?: string[] }) {
  let response;
  try {
    response = search(params);
  } catch (error) {
    console.error("recherche", error);
    response = emptyResponse(params, searchFailedNotice);
  }
  const applied = response.params;
  return (
    <>
      <PageHeading kicker="Recherche" title={applied.q ? <>Résultats pour « {applied.q} »</> : "Rechercher dans les archives"} />
      <div className="mb-6 max-w-xl">
        <SearchForm defaultValue={applied.q} id="recherche-page" landmarkLabel="Modifier la recherche" />
      </div>
      <SearchNotices notices={[...notices, ...response.notices]} />
      <SearchSuggestion suggestion={response.suggestion} params={applied} />
      <EntityHitList hits={response.entityHits} />
      {response.total > 0 ? (
        <div className="grid gap-10 md:grid-cols-[14rem_1fr]">
          <aside className="md:order-none">
            <SearchFacets facets={response.facets} params={applied} />
          </aside>
          <section aria-labelledby="nombre-resultats">
            <div className="mb-6 flex flex-wrap items-baseline justify-between gap-2 border-b border-stone-300 pb-3 dark:border-stone-700">
              <h2 id="nombre-resultats" className="font-semibold">
                {resultCountLabel(response.total)}
                {response.totalPages > 1 && <span className="font-normal text-stone-600 dark:text-stone-400"> · page {response.page} sur {response.totalPages}</span>}
              </h2>
              {applied.q && <SearchSort params={applied} />}
            </div>
            <SearchResultList results={response.results} start={(response.page - 1) * site.pageSize + 1} />
            <Pagination page={response.page} totalPages={response.totalPages} hrefFor={(page) => searchUrl({ ...applied, page })} prefetch={false} />
          </section>
        </div>
      ) : (
        <SearchEmpty params={applied} popular={response.popular} />
      )}
    </>
  );
}

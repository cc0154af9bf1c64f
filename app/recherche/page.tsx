import type { Metadata } from "next";
import { SearchResultsPage, searchMetadata } from "@/components/search/search-results-page";
import { parseSearchParams } from "@/lib/search/search-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/*
 * Rendered per request. Well-formed searches never reach it: proxy.ts sends
 * them to their cached twin, /recherche/resultats/<key>. What is left are
 * requests whose parameters had to be corrected, with notices to show.
 */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(parseSearchParams(await searchParams).params);
}

export default async function SearchPage({ searchParams }: Props) {
  const { params, notices } = parseSearchParams(await searchParams);
  return <SearchResultsPage params={params} notices={notices} />;
}

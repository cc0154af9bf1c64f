import type { Metadata } from "next";
import { CachedSearchResults } from "@/components/search/cached-search-results";
import { searchMetadata } from "@/components/search/search-results-page";
import { parseSearchParams } from "@/lib/search/search-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/*
 * The page is the query string's: there is no shell worth sending before the
 * results, and a shell streamed ahead of them would leave a reader without
 * JavaScript with the fallback only. So the route blocks until the results are
 * there (no static shell); the results themselves are a cached render keyed by
 * the parsed parameters, so every spelling of one search shares one entry.
 */
export const instant = false;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(parseSearchParams(await searchParams).params);
}

export default async function SearchPage({ searchParams }: Props) {
  const { params, notices } = parseSearchParams(await searchParams);
  return <CachedSearchResults params={params} notices={notices} />;
}

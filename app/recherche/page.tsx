import type { Metadata } from "next";
import { connection } from "next/server";
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
  /*
   * With Partial Prefetching, Next renders a dynamic page a second time
   * while answering it (a "runtime prefetch") and embeds that render in the
   * page for the client router: for a search, the whole results page again,
   * its payload sent twice (177 KB for "cloud" at 10,000 articles, 122 KB
   * without the second copy). Results belong to one query, so waiting for the
   * request here keeps them out of that second render, which then holds the
   * layout only (docs/scaling.md, "Request latencies").
   */
  await connection();
  return <CachedSearchResults params={params} notices={notices} />;
}

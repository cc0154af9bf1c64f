import { cacheArchiveRender } from "@/lib/cache/scope";
import { searchTag } from "@/lib/cache/tags";
import type { SearchParams } from "@/lib/search/search-params";
import { SearchResultsPage } from "./search-results-page";

/**
 * The results of one search, rendered once per distinct parsed search (its
 * parameters and the notices parsing them produced are the cache key) and
 * invalidated with every search on a publication.
 */
export async function CachedSearchResults({ params, notices }: { params: SearchParams; notices: string[] }) {
  "use cache";
  cacheArchiveRender(searchTag);
  return <SearchResultsPage params={params} notices={notices} />;
}

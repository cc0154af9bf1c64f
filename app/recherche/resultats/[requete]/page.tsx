import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchResultsPage, searchMetadata } from "@/components/search/search-results-page";
import { paramsFromCachedSegment } from "@/lib/search/search-cache-key";

type Props = { params: Promise<{ requete: string }> };

/*
 * The results of one well-formed search, rendered on its first request and
 * then served from Next's cache like a static page (proxy.ts rewrites
 * /recherche?… here). The cache lives in memory, bounded (next.config.ts), so
 * endless distinct queries evict old pages instead of filling a disk.
 */
export function generateStaticParams() {
  return [];
}

async function resolve(params: Props["params"]) {
  const found = paramsFromCachedSegment((await params).requete);
  if (!found) notFound();
  return found;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata(await resolve(params));
}

export default async function CachedSearchPage({ params }: Props) {
  return <SearchResultsPage params={await resolve(params)} />;
}

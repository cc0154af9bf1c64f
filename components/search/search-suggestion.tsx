import Link from "next/link";
import { type SearchParams, searchUrl } from "@/lib/search/search-params";

/** « Vouliez-vous dire : huawei ? », linking to that search with the same filters. */
export function SearchSuggestion({ suggestion, params }: { suggestion?: string; params: SearchParams }) {
  if (!suggestion) return null;
  return (
    <p className="mb-6 text-lg">
      Vouliez-vous dire :{" "}
      <Link href={searchUrl({ ...params, q: suggestion, page: 1 })} className="font-semibold text-red-800 underline underline-offset-2 dark:text-red-300">
        {suggestion}
      </Link>{" "}
      ?
    </p>
  );
}

import Link from "next/link";
import type { SearchResult } from "@/lib/search/search-response";
import { SnippetText } from "./snippet-text";

function EntityLinks({ label, links }: { label: string; links: SearchResult["companies"] }) {
  if (!links.length) return null;
  return (
    <p className="text-sm">
      <span className="text-stone-600 dark:text-stone-400">{label} : </span>
      {links.map((link, i) => (
        <span key={link.slug}>
          {i > 0 && ", "}
          <Link href={link.href} className="underline decoration-stone-400 underline-offset-2 hover:text-red-800 dark:hover:text-red-300">
            {link.name}
          </Link>
        </span>
      ))}
    </p>
  );
}

/** The results of a search, best first: headline, date, source, the matching passage and the article's companies and countries. */
export function SearchResultList({ results, start }: { results: SearchResult[]; start: number }) {
  return (
    <ol start={start} className="space-y-8" aria-label="Résultats de la recherche">
      {results.map((result) => (
        <li key={result.slug}>
          <article className="space-y-1.5">
            <h2 className="font-serif text-xl leading-snug font-bold">
              <Link href={result.href} className="hover:text-red-800 hover:underline dark:hover:text-red-300">
                {result.title}
              </Link>
            </h2>
            <p className="text-sm text-stone-600 dark:text-stone-400">
              {result.date.value ? <time dateTime={result.date.value}>{result.date.label}</time> : <span>{result.date.label}</span>}
              {result.source && <> · {result.source}</>}
            </p>
            {result.snippet.length > 0 && (
              <p className="max-w-prose text-stone-800 dark:text-stone-200">
                <SnippetText parts={result.snippet} />
              </p>
            )}
            <EntityLinks label="Entreprises" links={result.companies} />
            <EntityLinks label="Pays" links={result.countries} />
          </article>
        </li>
      ))}
    </ol>
  );
}

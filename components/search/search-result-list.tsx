import Link from "next/link";
import type { SearchResult } from "@/lib/search/search-response";
import { EntityChips } from "../ui/entity-chips";
import { SnippetText } from "./snippet-text";

/** The query's words a result lacks, struck through as the large engines show them: « sans : inauguration ». */
function MissingWords({ words }: { words: string[] }) {
  return (
    <>
      {" "}· sans{"\u00a0"}:{" "}
      {words.map((word, i) => (
        <span key={word}>
          {i > 0 && ", "}
          <s>{word}</s>
        </span>
      ))}
    </>
  );
}

/** The results of a search, best first: headline, date, source, the matching passage and the article's companies and countries. */
export function SearchResultList({ results, start }: { results: SearchResult[]; start: number }) {
  return (
    <ol start={start} className="space-y-7" aria-label="Résultats de la recherche">
      {results.map((result) => (
        <li key={result.slug}>
          <article className="space-y-1.5">
            <h2 className="font-serif text-xl leading-snug font-bold">
              <Link href={result.href} className="link-headline">
                {result.title}
              </Link>
            </h2>
            <p className="muted text-sm">
              {result.date.value ? <time dateTime={result.date.value}>{result.date.label}</time> : <span>{result.date.label}</span>}
              {result.source && <> · {result.source}</>}
              {result.missing && <MissingWords words={result.missing} />}
            </p>
            {result.snippet.length > 0 && (
              <p data-source-text className="snippet max-w-prose text-stone-800 dark:text-stone-200">
                <SnippetText parts={result.snippet} />
              </p>
            )}
            <EntityChips label="Entreprises et pays" links={[...result.companies, ...result.countries]} className="pt-1" />
          </article>
        </li>
      ))}
    </ol>
  );
}

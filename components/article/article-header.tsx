import type { Article } from "@/lib/pages/articles";
import { frenchTypography } from "@/lib/text/french-typography";
import { ArchiveDateText } from "../ui/archive-date";

const precisionNote = { day: "", month: "mois seul", year: "année seule", unknown: "" } as const;

/** Headline, standfirst and the byline on one line: author, source, date (with its precision and whether it was deduced), reading time. */
export function ArticleHeader({ article }: { article: Article }) {
  const { date, source } = article;
  const parts = [
    article.author && <span key="author">Par {article.author}</span>,
    source ? (
      <span key="source">
        {source.url ? (
          <a href={source.url} className="link" rel="noopener noreferrer">
            {source.name}
          </a>
        ) : (
          source.name
        )}
        {source.inferred && <span className="text-stone-600 dark:text-stone-400"> (source déduite)</span>}
      </span>
    ) : (
      <span key="source" className="text-stone-600 dark:text-stone-400">source non indiquée</span>
    ),
    <span key="date">
      <ArchiveDateText date={date} />
      {precisionNote[date.precision] && <span className="text-stone-600 dark:text-stone-400"> ({precisionNote[date.precision]})</span>}
    </span>,
    article.dateInferred && (
      <a key="inferred" href="#provenance" className="link" title="Comment la date a été établie">
        date déduite{" "}
        <svg aria-hidden="true" viewBox="0 0 16 16" width="13" height="13" className="inline align-[-2px]" fill="none" stroke="currentColor" strokeWidth="1.6">
          <circle cx="8" cy="8" r="6.5" />
          <path d="M8 7v4.5M8 4.6v.1" strokeLinecap="round" />
        </svg>
      </a>
    ),
    <span key="reading">
      {article.readingMinutes}
      {"\u00a0"}min<span className="sr-only"> de lecture</span>
    </span>,
  ].filter(Boolean);
  return (
    <header className="border-b border-stone-300 pb-5 dark:border-stone-700">
      <h1 className="font-serif text-3xl leading-tight font-bold text-balance sm:text-4xl">{frenchTypography(article.title)}</h1>
      <p className="mt-4 font-serif text-xl leading-relaxed text-stone-700 dark:text-stone-300">{frenchTypography(article.summary)}</p>
      <p className="mt-4 text-sm text-stone-700 dark:text-stone-300">
        {parts.map((part, i) => (
          <span key={i}>
            {i > 0 && <span aria-hidden="true"> · </span>}
            {part}
          </span>
        ))}
      </p>
    </header>
  );
}

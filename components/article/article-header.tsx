import type { Article } from "@/lib/articles";
import { frenchTypography } from "@/lib/french-typography";
import { ArchiveDateText } from "../ui/archive-date";

const precisionLabel = { day: "", month: "date connue au mois près", year: "date connue à l'année près", unknown: "" } as const;

/** Headline, standfirst and the article's byline: date, source, author, reading time. */
export function ArticleHeader({ article }: { article: Article }) {
  const { date, source } = article;
  return (
    <header className="border-b border-stone-300 pb-6 dark:border-stone-700">
      <h1 className="font-serif text-3xl leading-tight font-bold text-balance sm:text-4xl">{frenchTypography(article.title)}</h1>
      <p className="mt-4 font-serif text-xl leading-relaxed text-stone-700 dark:text-stone-300">{frenchTypography(article.summary)}</p>
      <dl className="mt-5 grid gap-x-6 gap-y-1 text-sm text-stone-700 sm:grid-cols-[auto_1fr] dark:text-stone-300">
        <dt className="font-semibold">Date</dt>
        <dd>
          <ArchiveDateText date={date} />
          {precisionLabel[date.precision] && <span className="text-stone-600 dark:text-stone-400"> ({precisionLabel[date.precision]})</span>}
          {article.dateInferred && <span className="text-stone-600 dark:text-stone-400"> — déduite du texte</span>}
        </dd>
        <dt className="font-semibold">Source</dt>
        <dd>
          {source ? (
            <>
              {source.url ? <a href={source.url} className="underline" rel="noopener noreferrer">{source.name}</a> : source.name}
              {source.date && <>, <ArchiveDateText date={source.date} /></>}
              {source.inferred && <span className="text-stone-600 dark:text-stone-400"> — déduite du texte</span>}
            </>
          ) : (
            <span className="text-stone-600 dark:text-stone-400">non indiquée dans le texte</span>
          )}
        </dd>
        {article.author && (
          <>
            <dt className="font-semibold">Auteur</dt>
            <dd>{article.author}</dd>
          </>
        )}
        <dt className="font-semibold">Lecture</dt>
        <dd>{article.readingMinutes} min</dd>
      </dl>
    </header>
  );
}


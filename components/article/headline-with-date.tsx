import Link from "next/link";
import type { Article } from "@/lib/pages/articles";
import { frenchTypography } from "@/lib/text/french-typography";
import { articlePath } from "@/lib/site/routes";
import { ArchiveDateText } from "../ui/archive-date";

/**
 * An entry of a short list of articles: the headline, linked to the article,
 * then its date, on a line of its own (`below`, with the source when asked)
 * or in brackets after the headline (`after`, where the list is dense).
 */
export function HeadlineWithDate({
  article,
  size = "base",
  date = "below",
  withSource = false,
}: {
  article: Article;
  size?: "base" | "lg";
  date?: "below" | "after";
  withSource?: boolean;
}) {
  const headline = (
    <Link href={articlePath(article.slug)} className={size === "lg" ? "link-headline font-serif text-lg leading-snug" : "link-headline font-serif text-base"}>
      {frenchTypography(article.title)}
    </Link>
  );
  if (date === "after") {
    return (
      <>
        {headline}{" "}
        <span className="text-stone-600 dark:text-stone-400">
          (<ArchiveDateText date={article.date} />)
        </span>
      </>
    );
  }
  return (
    <>
      {headline}
      <span className={`block ${size === "lg" ? "text-sm " : ""}text-stone-600 dark:text-stone-400`}>
        <ArchiveDateText date={article.date} />
        {withSource && article.source && ` · ${article.source.name}`}
      </span>
    </>
  );
}

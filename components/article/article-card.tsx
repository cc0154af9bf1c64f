import Link from "next/link";
import type { Article } from "@/lib/articles";
import { articlePath } from "@/lib/routes";
import { frenchTypography } from "@/lib/french-typography";
import { EntityLinks } from "../entity/entity-links";
import { ArchiveDateText } from "../ui/archive-date";

/** An article in a list: headline, date, publisher, standfirst and entities. */
export function ArticleCard({ article, headingLevel = 2 }: { article: Article; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="border-b border-stone-200 py-6 last:border-b-0 dark:border-stone-800">
      <p className="text-sm text-stone-600 dark:text-stone-400">
        <ArchiveDateText date={article.date} />
        {article.source && (
          <>
            <span aria-hidden="true"> · </span>
            {/* The publisher's name is the title of a work: a citation, set upright like the date beside it. */}
            <cite className="not-italic" data-publisher>
              {article.source.name}
            </cite>
          </>
        )}
      </p>
      <Heading className="mt-1 font-serif text-xl leading-snug font-semibold text-balance sm:text-2xl">
        <Link href={articlePath(article.slug)} className="link-headline">
          {frenchTypography(article.title)}
        </Link>
      </Heading>
      <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">{frenchTypography(article.summary)}</p>
      <EntityLinks article={article} />
    </article>
  );
}

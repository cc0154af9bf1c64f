import Link from "next/link";
import type { Article } from "@/lib/articles";
import { articlePath } from "@/lib/routes";
import { frenchTypography } from "@/lib/french-typography";
import { ArchiveDateText } from "../ui/archive-date";

/** A short titled list of links to articles ("Même sujet", "À lire aussi"). */
export function RelatedArticles({ id, title, articles }: { id: string; title: string; articles: Article[] }) {
  if (!articles.length) return null;
  return (
    <section aria-labelledby={id} className="">
      <h2 id={id} className="font-serif text-lg font-bold">
        {title}
      </h2>
      <ul className="mt-3 space-y-3">
        {articles.map((a) => (
          <li key={a.slug}>
            <Link href={articlePath(a.slug)} className="link-headline font-serif text-lg leading-snug">
              {frenchTypography(a.title)}
            </Link>
            <span className="block text-sm text-stone-600 dark:text-stone-400">
              <ArchiveDateText date={a.date} />
              {a.source && ` · ${a.source.name}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

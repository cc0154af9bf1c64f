import type { Article } from "@/lib/pages/articles";
import { HeadlineWithDate } from "./headline-with-date";

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
            <HeadlineWithDate article={a} size="lg" withSource />
          </li>
        ))}
      </ul>
    </section>
  );
}

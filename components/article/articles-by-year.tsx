import type { Article } from "@/lib/pages/articles";
import { groupByYear } from "@/lib/text/dates";
import { ArticleCard } from "./article-card";

/** A list of articles (already sorted) under a heading per year. */
export function ArticlesByYear({ articles }: { articles: Article[] }) {
  return (
    <div className="space-y-10">
      {groupByYear(articles, (a) => a.date).map(({ year, items }) => (
        <section key={year ?? "inconnue"} aria-labelledby={`annee-${year ?? "inconnue"}`}>
          <h2 id={`annee-${year ?? "inconnue"}`} className="section-heading">
            {year ?? "Date inconnue"}
          </h2>
          {items.map((article) => (
            <ArticleCard key={article.slug} article={article} headingLevel={3} />
          ))}
        </section>
      ))}
    </div>
  );
}

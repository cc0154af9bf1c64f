import { notFound } from "next/navigation";
import { getArticlesPage } from "@/lib/pages/articles";
import { ArticlesByYear } from "./articles-by-year";
import { PageHeading } from "../ui/page-heading";
import { Pagination } from "../ui/pagination";
import { routes } from "@/lib/site/routes";

export const articlesPageHref = (page: number) => routes.paged(routes.articles, page);

/** One page of the full article list; shared by /articles and /articles/page/N. */
export function ArticleListPage({ page }: { page: number }) {
  const result = getArticlesPage(page);
  if (!result) notFound();
  return (
    <>
      <PageHeading kicker="Archive" title="Tous les articles">
        {result.totalItems} articles, du plus récent au plus ancien.
      </PageHeading>
      <ArticlesByYear articles={result.items} />
      <Pagination page={result.page} totalPages={result.totalPages} hrefFor={articlesPageHref} />
    </>
  );
}

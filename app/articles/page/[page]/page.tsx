import { notFound, permanentRedirect } from "next/navigation";
import { ArticleListPage, articlesPageHref } from "@/components/article/article-list-page";
import { getAllArticles, getArticlesPage } from "@/lib/pages/articles";
import { pageMetadata } from "@/lib/pages/metadata";
import { extraPageSegments, parsePageSegments } from "@/lib/site/pagination";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { listsTag } from "@/lib/cache/tags";
import { routes } from "@/lib/site/routes";

type Props = { params: Promise<{ page: string }> };

/** "2" is a page; "02", "-1" or "abc" are not (404); "1" redirects to /articles. */
function pageNumber(param: string): number | undefined {
  return param === "1" ? 1 : parsePageSegments(["page", param]);
}

/** Page 2 even when the archive fits on one page: Cache Components needs one entry, and it is the first page a publication can create. */
export function generateStaticParams() {
  const pages = extraPageSegments(getAllArticles().length).map(([, page]) => ({ page }));
  return pages.length ? pages : [{ page: "2" }];
}

export async function generateMetadata({ params }: Props) {
  "use cache";
  cacheArchiveRender(listsTag);
  const page = pageNumber((await params).page);
  if (!page || !getArticlesPage(page)) return {};
  return pageMetadata({ title: `Tous les articles, page ${page}`, description: `Archive des articles, page ${page}.`, path: articlesPageHref(page) });
}

export default async function ArticlesNthPage({ params }: Props) {
  "use cache";
  cacheArchiveRender(listsTag);
  const page = pageNumber((await params).page);
  if (!page) notFound();
  if (page === 1) permanentRedirect(routes.articles);
  return <ArticleListPage page={page} />;
}

import { notFound, permanentRedirect } from "next/navigation";
import { ArticleListPage, articlesPageHref } from "@/components/article/article-list-page";
import { getAllArticles, getArticlesPage } from "@/lib/articles";
import { pageMetadata } from "@/lib/metadata";
import { extraPageSegments, parsePageSegments } from "@/lib/pagination";

type Props = { params: Promise<{ page: string }> };

/** "2" is a page; "02", "-1" or "abc" are not (404); "1" redirects to /articles. */
function pageNumber(param: string): number | undefined {
  return param === "1" ? 1 : parsePageSegments(["page", param]);
}

export function generateStaticParams() {
  return extraPageSegments(getAllArticles().length).map(([, page]) => ({ page }));
}

export async function generateMetadata({ params }: Props) {
  const page = pageNumber((await params).page);
  if (!page || !getArticlesPage(page)) return {};
  return pageMetadata({ title: `Tous les articles, page ${page}`, description: `Archive des articles, page ${page}.`, path: articlesPageHref(page) });
}

export default async function ArticlesNthPage({ params }: Props) {
  const page = pageNumber((await params).page);
  if (!page) notFound();
  if (page === 1) permanentRedirect("/articles");
  return <ArticleListPage page={page} />;
}

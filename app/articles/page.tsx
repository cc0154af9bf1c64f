import { ArticleListPage } from "@/components/article/article-list-page";
import { pageMetadata } from "@/lib/pages/metadata";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { listsTag } from "@/lib/cache/tags";
import { routes } from "@/lib/site/routes";

export const metadata = pageMetadata({
  title: "Tous les articles",
  description: "Tous les articles de l'archive, du plus récent au plus ancien.",
  path: routes.articles,
});

export default async function ArticlesPage() {
  "use cache";
  cacheArchiveRender(listsTag);
  return <ArticleListPage page={1} />;
}

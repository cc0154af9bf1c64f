import { ArticleListPage } from "@/components/article/article-list-page";
import { pageMetadata } from "@/lib/metadata";

export const metadata = pageMetadata({
  title: "Tous les articles",
  description: "Tous les articles de l'archive, du plus récent au plus ancien.",
  path: "/articles",
});

export default function ArticlesPage() {
  return <ArticleListPage page={1} />;
}

import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article/article-body";
import { ArticleEntities } from "@/components/article/article-entities";
import { ArticleHeader } from "@/components/article/article-header";
import { BackToTop } from "@/components/article/back-to-top";
import { Provenance } from "@/components/article/provenance";
import { RelatedArticles } from "@/components/article/related-articles";
import { JsonLd } from "@/components/seo/json-ld";
import { getAllArticles, getArticle, getArticleHtml, getRelatedArticles, getSameStoryArticles } from "@/lib/articles";
import { articlePath } from "@/lib/routes";
import { pageImage, pageMetadata } from "@/lib/metadata";
import { modifiedAt } from "@/lib/seo/archive-dates";
import { articleBreadcrumbJsonLd, articleJsonLd } from "@/lib/seo/json-ld";
import { site } from "@/lib/site";
import { getArchive } from "@/lib/archive";
import { ArticleAnnouncements } from "@/components/article/article-announcements";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { articlePageTags, articleTag } from "@/lib/cache/tags";

type Props = { params: Promise<{ slug: string }> };

/** The newest articles are built ahead; the others on first request, then cached. */
export function generateStaticParams() {
  return getAllArticles()
    .slice(0, site.prerenderedArticles)
    .map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props) {
  "use cache";
  const { slug } = await params;
  cacheArchiveRender(articleTag(slug));
  const article = getArticle(slug);
  if (!article) return {};
  return pageMetadata({
    title: article.title,
    description: article.summary,
    path: articlePath(article.slug),
    image: pageImage(articlePath(article.slug), article.title),
    type: "article",
    publishedTime: article.archivedAt,
    modifiedTime: modifiedAt(article),
  });
}

export default async function ArticlePage({ params }: Props) {
  "use cache";
  const { slug } = await params;
  cacheArchiveRender(articleTag(slug));
  const article = getArticle(slug);
  if (!article) notFound();
  cacheArchiveRender(...articlePageTags(article, getArchive().registry));
  return (
    <article className="grid gap-x-12 lg:grid-cols-[minmax(0,1fr)_17rem]">
      <JsonLd data={[articleJsonLd(article, site.url), articleBreadcrumbJsonLd(article, site.url)]} />
      <div className="min-w-0">
        <ArticleHeader article={article} />
        <ArticleBody html={await getArticleHtml(article)} />
        <Provenance article={article} />
        <ArticleAnnouncements article={article} />
      </div>
      <aside aria-label="Autour de l’article" className="below-fold mt-12 space-y-10 border-t border-stone-300 pt-6 lg:mt-0 lg:border-t-0 lg:border-l lg:pt-0 lg:pl-8 dark:border-stone-700">
        <ArticleEntities article={article} />
        <RelatedArticles id="meme-sujet" title="Même sujet" articles={getSameStoryArticles(article)} />
        <RelatedArticles id="a-lire-aussi" title="À lire aussi" articles={getRelatedArticles(article)} />
      </aside>
      <BackToTop />
    </article>
  );
}

import { notFound } from "next/navigation";
import { ogContentType, ogImage, ogSize } from "@/components/seo/og-card";
import { getAllArticles, getArticle } from "@/lib/articles";
import { formatArchiveDate } from "@/lib/dates";
import { site } from "@/lib/site";

export const size = ogSize;
export const contentType = ogContentType;
export const alt = "Titre de l'article, sa date et sa source";

/** The same articles as the pages built ahead; the others on first request. */
export function generateStaticParams() {
  return getAllArticles()
    .slice(0, site.prerenderedArticles)
    .map((a) => ({ slug: a.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const detail = [article.date.start ? formatArchiveDate(article.date) : undefined, article.source?.name].filter(Boolean).join(" · ");
  return ogImage({ kicker: "Article", title: article.title, detail });
}

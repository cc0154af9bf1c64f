import { notFound } from "next/navigation";
import { ogContentType, ogImage, ogSize } from "@/components/seo/og-card";
import { getArticle } from "@/lib/articles";
import { formatArchiveDate } from "@/lib/dates";

export const size = ogSize;
export const contentType = ogContentType;
export const alt = "Titre de l'article, sa date et sa source";

/** None built ahead: sharing crawlers, not readers, ask for them; each renders on first request, then is cached. */
export function generateStaticParams() {
  return [];
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const detail = [article.date.start ? formatArchiveDate(article.date) : undefined, article.source?.name].filter(Boolean).join(" · ");
  return ogImage({ kicker: "Article", title: article.title, detail });
}

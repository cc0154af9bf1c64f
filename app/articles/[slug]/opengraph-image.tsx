import { notFound } from "next/navigation";
import { ogContentType, ogImage, ogSize } from "@/components/seo/og-card";
import { getAllArticles, getArticle } from "@/lib/pages/articles";
import { formatArchiveDate } from "@/lib/text/dates";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { articleTag } from "@/lib/cache/tags";

export const size = ogSize;
export const contentType = ogContentType;
export const alt = "Titre de l'article, sa date et sa source";

/** Sharing crawlers, not readers, ask for these: only the newest article's is built ahead (Cache Components needs one). */
export function generateStaticParams() {
  return getAllArticles().slice(0, 1).map((a) => ({ slug: a.slug }));
}

/** What the card says, read in a cached scope tagged with the article. */
async function cardText(slug: string) {
  "use cache";
  cacheArchiveRender(articleTag(slug));
  const article = getArticle(slug);
  if (!article) return undefined;
  const detail = [article.date.start ? formatArchiveDate(article.date) : undefined, article.source?.name].filter(Boolean).join(" · ");
  return { title: article.title, detail };
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const card = await cardText((await params).slug);
  if (!card) notFound();
  return ogImage({ kicker: "Article", ...card });
}

import { getArchive } from "./archive";
import type { Article } from "./content/article";
import { renderMarkdown } from "./markdown";
import { type Page, paginate } from "./pagination";

export type { Article } from "./content/article";

/** Every article, newest first. */
export function getAllArticles(): Article[] {
  return getArchive().articles;
}

export function getArticle(slug: string): Article | undefined {
  return getArchive().bySlug.get(slug);
}

export function getArticlesPage(page: number): Page<Article> | undefined {
  return paginate(getAllArticles(), page);
}

const htmlCache = new Map<string, string>();

/** The article body as sanitized HTML, rendered on first use and kept. */
export function getArticleHtml(article: Article): string {
  let html = htmlCache.get(article.slug);
  if (html === undefined) {
    html = renderMarkdown(article.body);
    htmlCache.set(article.slug, html);
  }
  return html;
}

/** Other articles about the same event (same `story`), oldest first. */
export function getSameStoryArticles(article: Article): Article[] {
  if (!article.story) return [];
  return getAllArticles()
    .filter((a) => a.story === article.story && a.slug !== article.slug)
    .reverse();
}

/**
 * The articles sharing most entities with this one (companies count double:
 * they say best what an article is about), excluding its own story.
 */
export function getRelatedArticles(article: Article, limit = 3): Article[] {
  const weights = new Map<string, number>();
  article.companies.forEach((c) => weights.set(`c:${c.slug}`, 2));
  article.countries.forEach(({ country }) => weights.set(`p:${country.slug}`, 1));
  article.themes.forEach((t) => weights.set(`t:${t.slug}`, 1));
  const keys = (a: Article) => [
    ...a.companies.map((c) => `c:${c.slug}`),
    ...a.countries.map(({ country }) => `p:${country.slug}`),
    ...a.themes.map((t) => `t:${t.slug}`),
  ];
  return getAllArticles()
    .filter((a) => a.slug !== article.slug && !(article.story && a.story === article.story))
    .map((a) => ({ a, score: keys(a).reduce((sum, k) => sum + (weights.get(k) ?? 0), 0) }))
    .filter(({ score }) => score > 0)
    .sort((x, y) => y.score - x.score)
    .slice(0, limit)
    .map(({ a }) => a);
}

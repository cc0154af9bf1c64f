import { getArchive } from "./archive";
import type { Article } from "./content/article";
import { renderMarkdown } from "./markdown";
import { entityIndexOf, entityKeys } from "./entities/entity-index";
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
  return (entityIndexOf(getArchive()).stories.get(article.story) ?? []).filter((a) => a.slug !== article.slug);
}

/** Companies say best what an article is about: a shared one counts double. */
const keyWeight = (key: string) => (key.startsWith("c:") ? 2 : 1);

/**
 * The articles sharing most entities with this one, newest first among
 * equals, excluding its own story. Only articles that share something are
 * visited, through the entity index.
 */
export function getRelatedArticles(article: Article, limit = 3): Article[] {
  const archive = getArchive();
  const { articlesByKey } = entityIndexOf(archive);
  const scores = new Map<number, number>();
  for (const key of entityKeys(article)) {
    for (const position of articlesByKey.get(key) ?? []) scores.set(position, (scores.get(position) ?? 0) + keyWeight(key));
  }
  return [...scores]
    .map(([position, score]) => ({ candidate: archive.articles[position], position, score }))
    .filter(({ candidate }) => candidate.slug !== article.slug && !(article.story && candidate.story === article.story))
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

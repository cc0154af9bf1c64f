import { type Patch, derive, getArchive } from "./archive";
import type { Article } from "./content/article";
import { quotedName } from "./content/content-error";
import { renderWithLimit } from "./markdown-render";
import { textParagraphsHtml } from "./markdown-text";
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

/**
 * The article body as sanitized HTML, rendered once per version of the
 * article (kept with the archive version, and the next ones while it is
 * unchanged), off the server's thread and within a time limit
 * (lib/markdown-render.ts): every visitor shares the one render, begun by the
 * publication. A render that fails is remembered as failed, never tried again
 * for the next visitor: the text is then served as plain paragraphs.
 */
export function getArticleHtml(article: Article, archive = getArchive()): Promise<string> {
  return derive(archive, `${htmlKey}${article.slug}`, () => renderArticle(article), keepUnchangedHtml);
}

async function renderArticle(article: Article): Promise<string> {
  const rendered = await renderWithLimit(article.body);
  if (rendered.ok) return rendered.html;
  console.error(`Archives du Cloud : ${quotedName(article.file)} › corps : ${rendered.reason} ; le texte est servi sans mise en forme.`);
  return textParagraphsHtml(article.body);
}

const htmlKey = "html:";
const keepUnchangedHtml: Patch<Promise<string>> = (html, { slugs }, _archive, key) => (slugs.has(key.slice(htmlKey.length)) ? undefined : html);

/** Other articles about the same event (same `story`), oldest first. */
export function getSameStoryArticles(article: Article): Article[] {
  if (!article.story) return [];
  return (entityIndexOf(getArchive()).stories.get(article.story) ?? []).filter((a) => a.slug !== article.slug);
}

/** Companies say best what an article is about: a shared one counts double. */
const keyWeight = (key: string) => (key.startsWith("c:") ? 2 : 1);

/*
 * Scores of the current getRelatedArticles call, by article position; kept
 * between calls (and reset entry by entry) so that a 10,000-article archive
 * does not allocate and zero a new array per page. The function is
 * synchronous, so calls never share it.
 */
let scores = new Uint16Array(0);

/**
 * The articles sharing most entities with this one, newest first among
 * equals, excluding its own story. Only articles that share something are
 * visited, through the entity index; at 10,000 articles a broad theme holds
 * thousands, so the best few are kept in one pass over the scores instead of
 * sorting every candidate, and an article is only looked at once its score
 * could place it.
 */
export function getRelatedArticles(article: Article, limit = 3, archive = getArchive()): Article[] {
  const { articlesByKey } = entityIndexOf(archive);
  if (scores.length < archive.articles.length) scores = new Uint16Array(archive.articles.length);
  const touched: number[] = [];
  for (const key of entityKeys(article)) {
    const weight = keyWeight(key);
    for (const position of articlesByKey.get(key) ?? []) {
      if (scores[position] === 0) touched.push(position);
      scores[position] += weight;
    }
  }
  // `best` stays ordered: higher score first, then lower position (newer).
  const best: number[] = [];
  const beats = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
  for (const position of touched) {
    if (best.length === limit && !beats(position, best[limit - 1])) continue;
    const candidate = archive.articles[position];
    if (candidate === article || (article.story && candidate.story === article.story)) continue;
    if (best.length === limit) best.pop();
    let at = best.length;
    while (at > 0 && beats(position, best[at - 1])) at--;
    best.splice(at, 0, position);
  }
  for (const position of touched) scores[position] = 0;
  return best.map((position) => archive.articles[position]);
}

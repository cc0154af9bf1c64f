import type { Article } from "../content/article";
import { kinds, pagesOf } from "../entities/entity-kinds";
import type { EntityRegistry } from "../entities/entity-registry";
import type { EntityKind } from "../schema/entity";

/*
 * Cache tags: what each cached render read, so that a publication invalidates
 * exactly the pages that show it. Every cached render also carries
 * `archiveTag`, invalidated when the registry changes (names, parents) or the
 * whole archive is reloaded.
 */

export const archiveTag = "archive";
/** Home, /articles, the chronology, the entity indexes, the site feed, the sitemap. */
export const listsTag = "lists";
/** Every search result page. */
export const searchTag = "search";
export const articleTag = (slug: string) => `article:${slug}`;
export const entityTag = (kind: EntityKind, slug: string) => `entity:${kind}:${slug}`;
export const storyTag = (story: string) => `story:${story}`;

/**
 * The entity pages an article appears on, of every kind (lib/entities/kinds/):
 * its companies and their parents (a subsidiary's article is on its parent's
 * page), its countries, themes, the sites its announcements name.
 * @example entityTagsOf(article, registry) // ["entity:company:bcx", "entity:company:telkom", "entity:country:afrique-du-sud", …]
 */
export function entityTagsOf(article: Article, registry: EntityRegistry): string[] {
  const pages = pagesOf(article, registry);
  return kinds.flatMap((kind) => pages[kind].map(({ slug }) => entityTag(kind, slug)));
}

/**
 * What an article page reads: the article, the articles of its story
 * ("Même sujet") and those sharing its entities ("À lire aussi").
 */
export function articlePageTags(article: Article, registry: EntityRegistry): string[] {
  return [articleTag(article.slug), ...(article.story ? [storyTag(article.story)] : []), ...entityTagsOf(article, registry)];
}

/**
 * What a publication invalidates when an article goes from `before` to
 * `after` (either missing for an addition or a removal): its page, every page
 * listing it under its old or new entities and story, the lists and searches.
 */
export function publicationTags(slug: string, before: Article | undefined, after: Article | undefined, registry: EntityRegistry): string[] {
  const tags = new Set([articleTag(slug), listsTag, searchTag]);
  for (const version of [before, after]) {
    if (!version) continue;
    for (const tag of articlePageTags(version, registry)) tags.add(tag);
  }
  return [...tags];
}

import type { Archive } from "../archive/archive";
import { getEntityProfile } from "../entities/entity-pages";
import type { ParsedRoute } from "../site/routes";
import { site } from "../site/site";

const pageCount = (items: number) => Math.max(1, Math.ceil(items / site.pageSize));

/**
 * Whether an address of the archive's dynamic routes names something in this
 * archive version: an article, an entity, a page of a list that has that
 * many pages. Addresses of other routes are the router's business (true).
 */
export function routeExists(route: ParsedRoute, archive: Archive): boolean {
  switch (route.kind) {
    case "article":
      return archive.bySlug.has(route.slug);
    case "articles-page":
    case "chronology":
      return route.page <= pageCount(archive.articles.length);
    case "entity": {
      const profile = getEntityProfile(route.entity, route.slug, archive);
      return !!profile && route.page <= pageCount(profile.timeline.length);
    }
    case "malformed":
      return false;
    case "other":
      return true;
  }
}

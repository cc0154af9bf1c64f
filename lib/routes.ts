import { kindSegments } from "./entities/kinds/segments";
import type { EntityKind } from "./schema/entity";

/*
 * The site's URL scheme, in one place: every link, feed, sitemap entry and
 * sharing image builds its address here, and `proxy.ts` reads addresses back
 * with `parseRoute` to refuse the ones that name nothing.
 */

/** French URL prefix of each kind of entity page ("/entreprises"), from its descriptor's segment. */
export const entityRoutes = Object.fromEntries(Object.entries(kindSegments).map(([kind, segment]) => [kind, `/${segment}`])) as Record<EntityKind, string>;

export const routes = {
  home: "/",
  articles: "/articles",
  chronology: "/chronologie",
  chronologyReversed: "/chronologie/recents",
  search: "/recherche",
  map: "/carte",
  announcements: "/annonces",
  announcementsCsv: "/annonces.csv",
  announcementsJson: "/annonces.json",
  siteFeed: "/feed.xml",
  siteImage: "/opengraph-image",
  /** @example routes.article("mon-article") // "/articles/mon-article" */
  article: (slug: string) => `/articles/${slug}`,
  entityIndex: (kind: EntityKind) => entityRoutes[kind],
  /** @example routes.entity("country", "afrique-du-sud") // "/pays/afrique-du-sud" */
  entity: (kind: EntityKind, slug: string) => `${entityRoutes[kind]}/${slug}`,
  /** @example routes.paged("/pays/chine", 2) // "/pays/chine/page/2"; page 1 is the base itself */
  paged: (base: string, page: number) => (page <= 1 ? base : `${base === "/" ? "" : base}/page/${page}`),
  /** @example routes.feed("/pays/chine") // "/pays/chine/feed.xml" */
  feed: (pagePath: string) => (pagePath === "/" ? "/feed.xml" : `${pagePath}/feed.xml`),
  /** @example routes.image("/pays/chine") // "/pays/chine/opengraph-image" */
  image: (pagePath: string) => (pagePath === "/" ? "/opengraph-image" : `${pagePath}/opengraph-image`),
} as const;

/** @example entityPath("country", "afrique-du-sud") // "/pays/afrique-du-sud" */
export const entityPath = routes.entity;
/** @example articlePath("mon-article") // "/articles/mon-article" */
export const articlePath = routes.article;

/** What a path of one of the archive's dynamic routes names; anything else is left to the router. */
export type ParsedRoute =
  | { kind: "article"; slug: string }
  | { kind: "articles-page"; page: number }
  | { kind: "entity"; entity: EntityKind; slug: string; page: number }
  | { kind: "chronology"; page: number }
  | { kind: "other" }
  | { kind: "malformed" };

const pageNumber = (text: string) => (/^[1-9]\d{0,5}$/.test(text) ? Number(text) : undefined);
const kindOfPrefix = new Map(Object.entries(entityRoutes).map(([kind, prefix]) => [prefix.slice(1), kind as EntityKind]));

/**
 * Reads a path of the archive's dynamic routes back into what it names, so
 * that an address naming no article, entity or page can get its 404 before
 * any render. Sharing images and feeds name their page.
 * @example parseRoute("/pays/chine/page/2") // { kind: "entity", entity: "country", slug: "chine", page: 2 }
 * @example parseRoute("/articles/x/opengraph-image") // { kind: "article", slug: "x" }
 */
export function parseRoute(pathname: string): ParsedRoute {
  const parts = pathname.split("/").filter(Boolean);
  const [section, ...rest] = parts;
  if (rest.length && (rest.at(-1) === "feed.xml" || rest.at(-1) === "opengraph-image")) rest.pop();
  if (section === "articles") {
    if (rest.length === 2 && rest[0] === "page") {
      const page = pageNumber(rest[1]);
      return page ? { kind: "articles-page", page } : { kind: "malformed" };
    }
    if (rest.length === 1) return { kind: "article", slug: rest[0] };
    return rest.length === 0 ? { kind: "other" } : { kind: "malformed" };
  }
  const entity = section ? kindOfPrefix.get(section) : undefined;
  if (entity && rest.length) {
    const [slug, ...views] = rest;
    const page = timelinePage(views);
    return page ? { kind: "entity", entity, slug, page } : { kind: "malformed" };
  }
  if (section === "chronologie" && rest.length) {
    const page = timelinePage(rest);
    return page ? { kind: "chronology", page } : { kind: "malformed" };
  }
  return { kind: "other" };
}

/**
 * The page number of a timeline's segments (an entity's, the chronology's),
 * or undefined when they name no view: the views come first, in this order
 * only, "recents" (newest first) then "titres" (headlines only), as
 * lib/timeline-view.ts writes them.
 * @example timelinePage(["recents", "titres", "page", "2"]) // 2
 * @example timelinePage(["titres", "recents"]) // undefined
 */
function timelinePage(segments: string[]): number | undefined {
  const tail = segments.slice(segments[0] === "recents" ? 1 : 0);
  const remaining = tail.slice(tail[0] === "titres" ? 1 : 0);
  if (remaining.length === 0) return 1;
  return remaining.length === 2 && remaining[0] === "page" ? pageNumber(remaining[1]) : undefined;
}

import { routes } from "./routes";
import { site } from "./site";

export type Page<T> = {
  items: T[];
  page: number;
  totalPages: number;
  totalItems: number;
};

/**
 * Parses a page number from a URL parameter; anything that is not a plain
 * positive integer is page 1 rather than an error.
 * @example parsePageParam("3") // 3
 * @example parsePageParam("-1") // 1
 */
export function parsePageParam(value: string | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value;
  return text && /^\d{1,6}$/.test(text) && Number(text) > 0 ? Number(text) : 1;
}

/** One page of a list, or undefined when the page is past the end (the route answers 404). */
export function paginate<T>(items: readonly T[], page: number, size: number = site.pageSize): Page<T> | undefined {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return { items: items.slice((page - 1) * size, page * size), page, totalPages, totalItems: items.length };
}

/**
 * The page number of an optional `[[...page]]` route segment: none is page 1,
 * `page/N` is page N (N ≥ 2); anything else is not a page (undefined → 404),
 * so every page has exactly one URL.
 * @example parsePageSegments(["page", "3"]) // 3
 * @example parsePageSegments(["page", "1"]) // undefined
 */
export function parsePageSegments(segments: string[] | undefined): number | undefined {
  if (!segments || segments.length === 0) return 1;
  if (segments.length === 2 && segments[0] === "page" && /^[1-9]\d{0,5}$/.test(segments[1]) && segments[1] !== "1") {
    return Number(segments[1]);
  }
  return undefined;
}

/** The URL of page N under a base path: the base itself for page 1. */
export function pageHref(base: string, page: number): string {
  return routes.paged(base, page);
}

/**
 * Route params for pages 2..N of a list, for generateStaticParams; capped at
 * `site.prerenderedListPages`, the rest render on first request.
 */
export function extraPageSegments(totalItems: number, cap: number = site.prerenderedListPages, size: number = site.pageSize): string[][] {
  const pages = Math.min(Math.ceil(totalItems / size), cap);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ["page", String(i + 2)]);
}

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

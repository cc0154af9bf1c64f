import { cacheLife, cacheTag } from "next/cache";
import { archiveProfile } from "./policy";
import { archiveTag } from "./tags";

/**
 * Marks the enclosing `"use cache"` render as the archive's: kept under the
 * archive's cache policy and invalidated by these tags (lib/cache/tags.ts) or
 * by a registry change. Call it before anything that may throw `notFound()`,
 * so that even a 404 is tagged and a later publication under the same slug
 * replaces it.
 */
export function cacheArchiveRender(...tags: string[]): void {
  cacheLife(archiveProfile);
  cacheTag(archiveTag, ...tags);
}

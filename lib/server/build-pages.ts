import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { archiveTag } from "../cache/tags";

/**
 * Makes every page the build prerendered out of date in this process, before
 * it answers its first request: they show the archive as the build read it.
 * Without this, a server started on content changed since the build answered
 * its first `/`, `/chronologie` or `/feed.xml` with the build's articles
 * (Next serves a stale prerendered page, then renders it again in the
 * background), and for five minutes if the build was recent.
 *
 * Every cached render carries `archiveTag` (lib/cache/scope.ts). Next's own
 * invalidation, `revalidateTag`, needs a request, and the first request is
 * the one to protect; so the tag is marked expired where Next's response
 * cache reads it, its process-wide tag manifest (the one a `revalidateTag`
 * writes to without a cache handler). A page rendered from now on is newer
 * than the mark, so only what existed before is touched. With REDIS_URL, a
 * build page is still read from the build's files, through the same check; a
 * page another instance rendered and stored in Redis came from the same
 * content, and stays.
 */
export function expireBuildPages(now = Date.now()): void {
  tagsManifest.set(archiveTag, { ...tagsManifest.get(archiveTag), expired: now });
}

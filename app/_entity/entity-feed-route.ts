import { cacheArchiveRender } from "@/lib/cache/scope";
import { entityTag } from "@/lib/cache/tags";
import { getEntitySlugs } from "@/lib/entities/entity-pages";
import { slugsOrPlaceholder } from "./entity-page";
import { getEntityFeed, rssResponse } from "@/lib/feeds/feeds";
import type { EntityKind } from "@/lib/schema/entity";

/** The feed document of an entity, a cached render tagged like its page. */
async function cachedEntityFeed(kind: EntityKind, slug: string): Promise<string | undefined> {
  "use cache";
  cacheArchiveRender(entityTag(kind, slug));
  return getEntityFeed(kind, slug);
}

/**
 * The route of an entity's feed (`/<segment>/<slug>/feed.xml`).
 * None is built ahead: each renders on its first request, then is cached.
 */
export function entityFeedRoute(kind: EntityKind) {
  return {
    // Only the most covered entity's is built ahead (Cache Components needs at least one); the others on first request.
    generateStaticParams: () => slugsOrPlaceholder(getEntitySlugs(kind)).slice(0, 1).map((slug) => ({ slug })),
    async GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
      return rssResponse(await cachedEntityFeed(kind, (await params).slug));
    },
  };
}

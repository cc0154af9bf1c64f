import { notFound } from "next/navigation";
import { ogImage } from "@/components/seo/og-card";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { entityTag } from "@/lib/cache/tags";
import { getEntityProfile, getEntitySlugs } from "@/lib/entities/entity-pages";
import { slugsOrPlaceholder } from "./entity-page";
import { articleCount } from "@/lib/format";
import { entityKinds } from "@/lib/entities/entity-kinds";
import type { EntityKind } from "@/lib/schema/entity";

/** What an entity's sharing card says, read in a cached scope tagged with the entity. */
async function cardText(kind: EntityKind, slug: string) {
  "use cache";
  cacheArchiveRender(entityTag(kind, slug));
  const profile = getEntityProfile(kind, slug);
  return profile && { name: profile.name, count: profile.facts.articleCount };
}

/** The sharing-image route of an entity page (`/<segment>/<slug>/opengraph-image`): its kind, name and article count. */
export function entityImageRoute(kind: EntityKind) {
  return {
    // Sharing crawlers, not readers, ask for these: only the most covered entity's is built ahead (Cache Components needs one).
    generateStaticParams: () => slugsOrPlaceholder(getEntitySlugs(kind)).slice(0, 1).map((slug) => ({ slug })),
    async Image({ params }: { params: Promise<{ slug: string }> }) {
      const card = await cardText(kind, (await params).slug);
      if (!card) notFound();
      return ogImage({ kicker: entityKinds[kind].labels.one, title: card.name, detail: `${articleCount(card.count)} dans l'archive` });
    },
  };
}

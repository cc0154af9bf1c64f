import { notFound } from "next/navigation";
import { ogImage } from "@/components/seo/og-card";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { entityTag } from "@/lib/cache/tags";
import { getEntityProfile, getEntitySlugs } from "@/lib/entities/entity-pages";
import { articleCount } from "@/lib/format";
import type { EntityKind } from "@/lib/schema/entity";

const kickers: Record<EntityKind, string> = { company: "Entreprise", country: "Pays", theme: "Thème" };

/** What an entity's sharing card says, read in a cached scope tagged with the entity. */
async function cardText(kind: EntityKind, slug: string) {
  "use cache";
  cacheArchiveRender(entityTag(kind, slug));
  const profile = getEntityProfile(kind, slug);
  return profile && { name: profile.name, count: profile.facts.articleCount };
}

/** The sharing-image route of an entity page (`/entreprises|pays|themes/<slug>/opengraph-image`): its name and article count. */
export function entityImageRoute(kind: EntityKind) {
  return {
    // Sharing crawlers, not readers, ask for these: only the most covered entity's is built ahead (Cache Components needs one).
    generateStaticParams: () => getEntitySlugs(kind).slice(0, 1).map((slug) => ({ slug })),
    async Image({ params }: { params: Promise<{ slug: string }> }) {
      const card = await cardText(kind, (await params).slug);
      if (!card) notFound();
      return ogImage({ kicker: kickers[kind], title: card.name, detail: `${articleCount(card.count)} dans l'archive` });
    },
  };
}

import { EntityCountList } from "@/components/entity/entity-count-list";
import { PageHeading } from "@/components/ui/page-heading";
import { getArchive } from "@/lib/archive";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { listsTag } from "@/lib/cache/tags";
import { describe } from "@/lib/entities/entity-kinds";
import { getEntityIndex } from "@/lib/entities/entity-pages";
import { pageMetadata } from "@/lib/metadata";
import { entityPath, routes } from "@/lib/routes";
import type { EntityKind } from "@/lib/schema/entity";

/*
 * The index of a kind of entity (`/<segment>`), each entity with its article
 * count, most covered first: the route files of /pays, /themes and /sites
 * are thin files calling these (the companies' index, with subsidiaries under
 * their parent, is its own).
 */

export const entityIndexMetadata = (kind: EntityKind) =>
  pageMetadata({ title: describe(kind).labels.many, description: describe(kind).indexPage.description, path: routes.entityIndex(kind) });

export function EntityIndexView({ kind }: { kind: EntityKind }) {
  cacheArchiveRender(listsTag);
  const { labels, indexPage, summary } = describe(kind);
  const { registry } = getArchive();
  return (
    <>
      <PageHeading kicker="Index" title={labels.many}>
        {indexPage.intro}
      </PageHeading>
      <EntityCountList
        label={labels.many}
        items={getEntityIndex(kind).map(({ entity, count }) => ({ href: entityPath(kind, entity.slug), name: entity.name, count, detail: summary(entity, registry) }))}
      />
    </>
  );
}

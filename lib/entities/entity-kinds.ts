import type { Article } from "../model/article";
import { type EntityKind, entityKindList, entityParts } from "../model/schema/entity";
import { kindSearch, searchKindList } from "../site/kind-segments";
import type { EntityRegistry } from "../model/entity-registry";
import { companyKind } from "./kinds/company";
import { countryKind } from "./kinds/country";
import type { EntryOf, KindDescriptor } from "./kinds/kind-descriptor";
import { siteKind } from "./kinds/site";
import { themeKind } from "./kinds/theme";

export type { EntryOf, FactExclude, KindDescriptor } from "./kinds/kind-descriptor";

/**
 * One descriptor per kind of entity with pages (lib/entities/kinds/), in the
 * order the site lists them: the one place that names every kind. Routes,
 * navigation, feeds, the sitemap, structured data, sharing images, cache
 * tags, timelines and search filters read them.
 */
export const entityKinds = { company: companyKind, country: countryKind, theme: themeKind, site: siteKind } as const satisfies {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [K in EntityKind]: KindDescriptor<K, any>;
};

type EntityKinds = typeof entityKinds;
/** What a kind's profile adds: a company's parent and subsidiaries, a site's life. */
export type ProfileExtra<K extends EntityKind> = ReturnType<EntityKinds[K]["profile"]>["extra"];

/** Every kind, in the order the site lists them. */
export const kinds: readonly EntityKind[] = entityKindList;

/** The descriptor of a kind, typed as any kind's: for code that treats every kind alike. */
export const describe = (kind: EntityKind): KindDescriptor<EntityKind, unknown> => entityKinds[kind] as unknown as KindDescriptor<EntityKind, unknown>;

/** The kinds search filters by, in its facets' order, each with its descriptor. */
export const searchKinds = searchKindList.map((kind) => ({ kind, ...kindSearch[kind], descriptor: describe(kind), part: entityParts[kind] }));

/**
 * Every page an article is on, with why, kind by kind (timelines, cache tags).
 * @example pagesOf(article, registry).company // [{ slug: "bcx" }, { slug: "telkom", via: bcx }]
 */
export function pagesOf(article: Article, registry: EntityRegistry): Record<EntityKind, EntryOf[]> {
  return Object.fromEntries(
    kinds.map((kind) => {
      const entries: EntryOf[] = [];
      describe(kind).eachEntry(article, registry, (slug, via, roles) => entries.push(via ? { slug, via } : roles ? { slug, roles } : { slug }));
      return [kind, entries];
    }),
  ) as Record<EntityKind, EntryOf[]>;
}

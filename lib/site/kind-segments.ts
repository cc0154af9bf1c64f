import type { EntityKind } from "../model/schema/entity";

/**
 * The French URL segment of each kind's pages (`/entreprises/<slug>`): the
 * one part of a kind's descriptor that lib/site/routes.ts reads, kept apart
 * because routes are bundled into client code too (the search form), where
 * the descriptors' schemas and functions have no business.
 */
export const kindSegments = { company: "entreprises", country: "pays", theme: "themes", site: "sites" } as const satisfies Record<EntityKind, string>;

/**
 * The kinds search filters by, in the order its facets show them, each with
 * its French query parameter (`/recherche?entreprise=huawei`), the word a
 * notice names it with, and how many of its most cited entities an empty
 * search suggests. Beside the segments for the same reason: the search
 * form's URLs are written in client code. A kind not here is no filter.
 */
export const kindSearch = {
  company: { param: "entreprise", noun: "entreprise", popular: 3 },
  country: { param: "pays", noun: "pays", popular: 2 },
  theme: { param: "theme", noun: "thème", popular: 2 },
} as const satisfies Partial<Record<EntityKind, { param: string; noun: string; popular: number }>>;

/** A kind search filters by: also the name of its filter in `SearchParams`. */
export type SearchKind = keyof typeof kindSearch;
export const searchKindList = Object.keys(kindSearch) as SearchKind[];

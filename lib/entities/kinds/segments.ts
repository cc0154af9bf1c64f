import type { EntityKind } from "../../schema/entity";

/**
 * The French URL segment of each kind's pages (`/entreprises/<slug>`): the
 * one part of a kind's descriptor that lib/routes.ts reads, kept apart
 * because routes are bundled into client code too (the search form), where
 * the descriptors' schemas and functions have no business.
 */
export const kindSegments = { company: "entreprises", country: "pays", theme: "themes", site: "sites" } as const satisfies Record<EntityKind, string>;

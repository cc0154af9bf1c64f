import type { EntityKind } from "../schema/entity";

/** French URL prefix of each kind of entity page. */
export const entityRoutes: Record<EntityKind, string> = {
  company: "/entreprises",
  country: "/pays",
  theme: "/themes",
};

/** @example entityPath("country", "afrique-du-sud") // "/pays/afrique-du-sud" */
export function entityPath(kind: EntityKind, slug: string): string {
  return `${entityRoutes[kind]}/${slug}`;
}

export function articlePath(slug: string): string {
  return `/articles/${slug}`;
}

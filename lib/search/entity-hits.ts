import { entityPath } from "../routes";
import { type Entity, type EntityRef, type EntityRegistry, subsidiariesOf } from "../entities/entity-registry";
import { describe, entityKinds, kinds } from "../entities/entity-kinds";
import { type Company, type EntityKind, entityParts } from "../schema/entity";
import { words } from "../text";
import type { EntityHit } from "./search-response";

export const entityKindLabels = Object.fromEntries(kinds.map((kind) => [kind, entityKinds[kind].labels.one])) as Record<EntityKind, string>;

/** Longest name looked for, in words ("le groupe chinois Alibaba" has 4). */
const maxNameWords = 6;

/**
 * The registry's names keyed the way queries are split: "sud-africaine" and
 * "JD.com" become "sud africaine" and "jd com", as a reader may type them.
 */
export function buildNameTable(registry: EntityRegistry): Map<string, EntityRef[]> {
  const table = new Map<string, EntityRef[]>();
  for (const [name, refs] of registry.names) {
    const key = words(name).join(" ");
    if (!key) continue;
    const existing = table.get(key) ?? [];
    for (const ref of refs) if (!existing.some((r) => r.kind === ref.kind && r.slug === ref.slug)) existing.push(ref);
    table.set(key, existing);
  }
  return table;
}

/**
 * The entities a query names, in the order it names them: its longest runs of
 * words that are a name, alias or adjective ("DT", "chinoise", "afrique du sud").
 * @example findEntityRefs(table, "huawei en allemagne") // [{kind:"company",slug:"huawei"},{kind:"country",slug:"allemagne"}]
 */
export function findEntityRefs(table: Map<string, EntityRef[]>, query: string): EntityRef[] {
  const tokens = words(query).slice(0, 50);
  const found: EntityRef[] = [];
  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    for (let n = Math.min(maxNameWords, tokens.length - i); n > 0; n--) {
      const refs = table.get(tokens.slice(i, i + n).join(" "));
      if (refs) {
        for (const ref of refs) if (!found.some((r) => r.kind === ref.kind && r.slug === ref.slug)) found.push(ref);
        matched = n;
        break;
      }
    }
    i += matched || 1;
  }
  return found;
}

function entityOf(registry: EntityRegistry, ref: EntityRef): Entity | undefined {
  return registry[entityParts[ref.kind]].get(ref.slug);
}

/** The card of one entity: its name, kind, article count and, for a group, its subsidiaries. */
export function entityHit(registry: EntityRegistry, ref: EntityRef, articleCount: number): EntityHit | undefined {
  const entity = entityOf(registry, ref);
  if (!entity) return undefined;
  const link = (c: Company) => ({ slug: c.slug, name: c.name, href: entityPath("company", c.slug) });
  const description = describe(ref.kind).summary(entity, registry);
  let parent: EntityHit["parent"];
  let subsidiaries: EntityHit["subsidiaries"] = [];
  if (ref.kind === "company") {
    const company = entity as Company;
    const parentCompany = company.parent ? registry.companies.get(company.parent) : undefined;
    if (parentCompany) parent = link(parentCompany);
    subsidiaries = subsidiariesOf(registry, company.slug).map(link);
  }
  return {
    kind: ref.kind,
    kindLabel: entityKindLabels[ref.kind],
    slug: entity.slug,
    name: entity.name,
    href: entityPath(ref.kind, entity.slug),
    articleCount,
    description,
    subsidiaries,
    parent,
  };
}

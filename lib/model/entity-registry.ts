import { ContentError, type ContentProblem } from "./content-error";
import {
  type Company,
  type Entity,
  type EntityKind,
  entityParts,
  type RegistryData,
  type RegistryPart,
  registryFiles,
  registryParts,
} from "./schema/entity";
import { foldText } from "../text/text";

export type { Entity } from "./schema/entity";
export type EntityRef = { kind: EntityKind; slug: string };

/**
 * What the archive knows, by slug, one map per part of the registry (companies,
 * countries, themes, sites, and places with their coordinates), with the names
 * of its entities for lookup.
 */
export type EntityRegistry = { [P in RegistryPart]: Map<string, RegistryData[P][number]> } & {
  /** Folded name, alias or adjective → entities it names. */
  names: Map<string, EntityRef[]>;
};

/** Where a problem of one part of the registry is, for the editor (relative to the content directory). */
const fileOf = (part: keyof RegistryData) => `entities/${registryFiles[part].name}`;

/** What the registry's files get wrong together: a slug twice in one file, a parent or country no file defines. */
function registryProblems(data: RegistryData, registry: EntityRegistry): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const part of registryParts) {
    const seen = new Set<string>();
    data[part].forEach((entity, i) => {
      if (seen.has(entity.slug)) problems.push({ file: fileOf(part), field: `[${i}].slug`, message: "slug en double", found: entity.slug });
      seen.add(entity.slug);
    });
  }
  data.companies.forEach((company, i) => {
    if (company.parent && !registry.companies.has(company.parent)) {
      problems.push({ file: fileOf("companies"), field: `[${i}].parent`, message: "entreprise inconnue du registre", found: company.parent });
    }
    if (company.country && !registry.countries.has(company.country)) {
      problems.push({ file: fileOf("companies"), field: `[${i}].country`, message: "pays inconnu du registre", found: company.country });
    }
  });
  data.places.forEach((place, i) => {
    if (!registry.countries.has(place.country)) {
      problems.push({ file: fileOf("places"), field: `[${i}].country`, message: "pays inconnu du registre", found: place.country });
    }
  });
  data.sites.forEach((site, i) => {
    const problem = (field: string, message: string, found: unknown) => problems.push({ file: fileOf("sites"), field: `[${i}].${field}`, message, found });
    site.operators.forEach((slug, j) => registry.companies.has(slug) || problem(`operators[${j}]`, "entreprise inconnue du registre", slug));
    if (!registry.countries.has(site.country)) problem("country", "pays inconnu du registre", site.country);
    const place = site.place ? registry.places.get(site.place) : undefined;
    if (site.place && !place) problem("place", "lieu inconnu du registre (places.yaml)", site.place);
    if (place && place.country !== site.country) problem("country", `ne correspond pas au pays du lieu (${place.country})`, site.country);
  });
  return problems;
}

/** Every way the texts name an entity, folded for lookup. */
export function namesOf(entity: Entity): string[] {
  return [entity.name, entity.slug.replace(/-/g, " "), ...entity.aliases, ...entity.adjectives];
}

/**
 * The registry from its parsed, validated files, whether read from a content
 * directory (lib/content/load-registry.ts) or made in memory (lib/synthetic/);
 * throws a ContentError naming each entry that points to nothing.
 */
export function buildRegistry(data: RegistryData): EntityRegistry {
  const registry = Object.fromEntries([
    ...registryParts.map((part) => [part, new Map(data[part].map((entry) => [entry.slug, entry]))]),
    ["names", new Map()],
  ]) as EntityRegistry;
  const problems = registryProblems(data, registry);
  if (problems.length) throw new ContentError(problems);

  const add = (kind: EntityKind, entity: Entity) => {
    for (const name of namesOf(entity)) {
      const key = foldText(name).trim();
      const refs = registry.names.get(key) ?? [];
      if (!refs.some((r) => r.kind === kind && r.slug === entity.slug)) refs.push({ kind, slug: entity.slug });
      registry.names.set(key, refs);
    }
  };
  for (const [kind, part] of Object.entries(entityParts) as [EntityKind, RegistryPart][]) data[part].forEach((entity) => add(kind, entity as Entity));
  return registry;
}

/**
 * The entities a name, alias or adjective designates, whatever its accents or case.
 * Only whole names match: "Alibaba Group" is Alibaba, "Alibaba Cloud" its subsidiary.
 * @example resolveName(registry, "ALIBABA GROUP") // [{ kind: "company", slug: "alibaba" }]
 */
export function resolveName(registry: EntityRegistry, name: string): EntityRef[] {
  const key = foldText(name).replace(/\s+/g, " ").trim();
  // "le groupe chinois Alibaba" names what "groupe chinois Alibaba" names.
  return registry.names.get(key) ?? registry.names.get(key.replace(/^(?:le |la |les |l')/, "")) ?? [];
}

/** The company and the chain of its parents, nearest first (BCX → [bcx, telkom]). */
export function companyLineage(registry: EntityRegistry, slug: string): Company[] {
  const lineage: Company[] = [];
  let current = registry.companies.get(slug);
  while (current && !lineage.includes(current)) {
    lineage.push(current);
    current = current.parent ? registry.companies.get(current.parent) : undefined;
  }
  return lineage;
}

export function subsidiariesOf(registry: EntityRegistry, slug: string): Company[] {
  return [...registry.companies.values()].filter((c) => c.parent === slug);
}

/**
 * What the registry's entities say, as one comparable string (names, aliases,
 * parents, places: all an article shows of them): a publication and a start
 * from the build's snapshot both ask whether the registry changed.
 */
export function registrySignature(registry: EntityRegistry): string {
  return JSON.stringify(registryParts.map((part) => [...registry[part].values()]));
}

/**
 * The registry a signature was made of: the snapshot of a build keeps its
 * registry this way, so that a server restarted after a registry file broke
 * serves the build's registry, the last good one, as a running server keeps
 * its own (lib/archive/archive.ts).
 */
export function registryFromSignature(signature: string): EntityRegistry {
  const parts = JSON.parse(signature) as unknown[][];
  return buildRegistry(Object.fromEntries(registryParts.map((part, i) => [part, parts[i] ?? []])) as RegistryData);
}

import fs from "node:fs";
import path from "node:path";
import { parseYaml } from "../content/yaml";
import type { z } from "zod";
import { ContentError, type ContentProblem, problemsFromZod } from "../content/content-error";
import {
  type Company,
  companiesFileSchema,
  type Country,
  countriesFileSchema,
  type EntityKind,
  type Place,
  placesFileSchema,
  type Theme,
  themesFileSchema,
} from "../schema/entity";
import { foldText } from "../text";

export type Entity = Company | Country | Theme;
export type EntityRef = { kind: EntityKind; slug: string };

/** The companies, countries and themes the archive knows, by slug, with their names for lookup. */
export type EntityRegistry = {
  companies: Map<string, Company>;
  countries: Map<string, Country>;
  themes: Map<string, Theme>;
  /** Cities, regions and campuses the articles name, with coordinates (entities/places.yaml). */
  places: Map<string, Place>;
  /** Folded name, alias or adjective → entities it names. */
  names: Map<string, EntityRef[]>;
};

const files = {
  company: "companies.yaml",
  country: "countries.yaml",
  theme: "themes.yaml",
  place: "places.yaml",
} as const;

function readEntityFile<T extends { slug: string }>(
  dir: string,
  name: string,
  schema: z.ZodType<T[]>,
  problems: ContentProblem[],
  optional = false,
): T[] {
  const file = path.join(dir, name);
  const label = path.relative(process.cwd(), file) || file;
  if (optional && !fs.existsSync(file)) return [];
  if (!fs.existsSync(file)) {
    problems.push({ file: label, message: "fichier du registre introuvable" });
    return [];
  }
  let data: unknown;
  try {
    data = parseYaml(fs.readFileSync(file, "utf8"));
  } catch (error) {
    problems.push({ file: label, message: `YAML illisible : ${(error as Error).message}` });
    return [];
  }
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    problems.push(...problemsFromZod(label, result.error));
    return [];
  }
  const seen = new Set<string>();
  result.data.forEach((entity, i) => {
    if (seen.has(entity.slug)) problems.push({ file: label, field: `[${i}].slug`, message: "slug en double", found: entity.slug });
    seen.add(entity.slug);
  });
  return result.data;
}

/** Every way the texts name an entity, folded for lookup. */
export function namesOf(entity: Entity): string[] {
  return [entity.name, entity.slug.replace(/-/g, " "), ...entity.aliases, ...entity.adjectives];
}

/** Loads `entities/*.yaml` under a content directory; throws a ContentError naming each bad entry. */
export function loadRegistry(dir: string): EntityRegistry {
  const problems: ContentProblem[] = [];
  const entitiesDir = path.join(dir, "entities");
  const companies = readEntityFile(entitiesDir, files.company, companiesFileSchema, problems);
  const countries = readEntityFile(entitiesDir, files.country, countriesFileSchema, problems);
  const themes = readEntityFile(entitiesDir, files.theme, themesFileSchema, problems);
  // An archive whose articles name no place needs no places file.
  const places = readEntityFile(entitiesDir, files.place, placesFileSchema, problems, true);
  const registry: EntityRegistry = {
    companies: new Map(companies.map((c) => [c.slug, c])),
    countries: new Map(countries.map((c) => [c.slug, c])),
    themes: new Map(themes.map((t) => [t.slug, t])),
    places: new Map(places.map((p) => [p.slug, p])),
    names: new Map(),
  };
  const companiesFile = path.join("entities", files.company);
  companies.forEach((company, i) => {
    if (company.parent && !registry.companies.has(company.parent)) {
      problems.push({ file: companiesFile, field: `[${i}].parent`, message: "entreprise inconnue du registre", found: company.parent });
    }
    if (company.country && !registry.countries.has(company.country)) {
      problems.push({ file: companiesFile, field: `[${i}].country`, message: "pays inconnu du registre", found: company.country });
    }
  });
  const placesFile = path.join("entities", files.place);
  places.forEach((place, i) => {
    if (!registry.countries.has(place.country)) {
      problems.push({ file: placesFile, field: `[${i}].country`, message: "pays inconnu du registre", found: place.country });
    }
  });
  if (problems.length) throw new ContentError(problems);

  const add = (kind: EntityKind, entity: Entity) => {
    for (const name of namesOf(entity)) {
      const key = foldText(name).trim();
      const refs = registry.names.get(key) ?? [];
      if (!refs.some((r) => r.kind === kind && r.slug === entity.slug)) refs.push({ kind, slug: entity.slug });
      registry.names.set(key, refs);
    }
  };
  companies.forEach((c) => add("company", c));
  countries.forEach((c) => add("country", c));
  themes.forEach((t) => add("theme", t));
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

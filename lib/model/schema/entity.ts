import { z } from "zod";
import { slugPattern } from "../../text/text";
import { plainText } from "./plain-text";

const slug = z.string().regex(slugPattern, "slug attendu : minuscules sans accents, mots séparés par des tirets");
const names = z.array(plainText().min(1)).default([]);

/** Fields every entity of the registry shares: the names used to display, detect and search it. */
const baseEntity = z.object({
  slug,
  name: plainText().min(1),
  /** Other names the texts use for the same entity ("Alibaba Group", "DT"). */
  aliases: names,
  /** Adjective forms ("chinois", "allemande") that point to the entity in search. */
  adjectives: names,
});

const companySchema = baseEntity.extend({
  /** Slug of the parent company (BCX → Telkom). */
  parent: slug.optional(),
  /** Slug of the country the texts say the company is from. */
  country: slug.optional(),
  /** What the company does, in plain French. */
  kind: z.string().optional(),
  /** Proposed by the importer from an article's text: an editor has to confirm it. */
  review: z.boolean().optional(),
});

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

/*
 * Codes and coordinates are optional so a small hand-written archive (tests,
 * generated benchmarks) needs none; content/entities/countries.yaml has them all.
 */
const countrySchema = baseEntity.extend({
  continent: z.string().min(1),
  /** ISO 3166-1 alpha-2 ("CN"). */
  code: z.string().regex(/^[A-Z]{2}$/, "code ISO 3166-1 alpha-2 attendu (« CN »)").optional(),
  /** ISO 3166-1 numeric, three digits ("156"): the ids of world-atlas's shapes. */
  numeric: z.string().regex(/^\d{3}$/, "code ISO 3166-1 numérique à trois chiffres attendu (« 156 »)").optional(),
  /** A representative point of the country, in degrees. */
  lat: latitude.optional(),
  lon: longitude.optional(),
});

/** A city, region, business park or campus the archive's texts name, with coordinates for maps. */
const placeSchema = z.object({
  slug,
  /** The French name ("Pékin", "Le Cap"). */
  name: z.string().min(1),
  /** Slug of the country the place is in. */
  country: slug,
  kind: z.string().min(1),
  lat: latitude,
  lon: longitude,
  /** Other spellings and exonyms ("Beijing", "Peking"). */
  aliases: names,
  /** GeoNames id when the coordinates come from the gazetteer. */
  geonames: z.number().int().positive().optional(),
  /** Added by the importer from the gazetteer: an editor has to confirm it. */
  review: z.boolean().optional(),
});

/** Kinds of facility a site is. */
const siteKinds = ["campus", "datacenter", "cloud-region", "cable-landing"] as const;
export type SiteKind = (typeof siteKinds)[number];

/**
 * A facility (campus, data center, cloud region, cable landing) that
 * announcements of several articles and years point to (`site:`): one
 * place in the archive for its whole life. Its coordinates are its place's.
 */
const siteSchema = baseEntity
  .extend({
    kind: z.enum(siteKinds),
    /** Companies that run it (slugs of companies.yaml). */
    operators: z.array(slug).min(1),
    /** Slug of its place (places.yaml), which gives its coordinates. */
    place: slug.optional(),
    country: slug,
    /** Added by the importer: an editor has to confirm it. */
    review: z.boolean().optional(),
  })
  .strict();

const themeSchema = baseEntity.extend({
  description: z.string().min(1),
});

const companiesFileSchema = z.array(companySchema);
export const countriesFileSchema = z.array(countrySchema);
const themesFileSchema = z.array(themeSchema);
export const placesFileSchema = z.array(placeSchema);
const sitesFileSchema = z.array(siteSchema);

export type Company = z.infer<typeof companySchema>;
export type Country = z.infer<typeof countrySchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Site = z.infer<typeof siteSchema>;
/** The registry as its files hold it, each file validated by its schema: what `buildRegistry` turns into lookups. */
export type RegistryData = { companies: Company[]; countries: Country[]; themes: Theme[]; sites: Site[]; places: Place[] };

/**
 * The registry's files under `entities/`, one per part; an archive whose
 * articles name no place or site needs no places.yaml or sites.yaml.
 */
export const registryFiles = {
  companies: { name: "companies.yaml", schema: companiesFileSchema, optional: false },
  countries: { name: "countries.yaml", schema: countriesFileSchema, optional: false },
  themes: { name: "themes.yaml", schema: themesFileSchema, optional: false },
  sites: { name: "sites.yaml", schema: sitesFileSchema, optional: true },
  places: { name: "places.yaml", schema: placesFileSchema, optional: true },
} as const;

export type RegistryPart = keyof RegistryData;
export const registryParts = Object.keys(registryFiles) as RegistryPart[];

/**
 * The part of the registry each kind of entity with pages is kept in (places
 * have none: they are shown on their country's). Everything else about a
 * kind, its routes, labels, feeds and search filter, is its descriptor's
 * (lib/entities/entity-kinds.ts).
 */
export const entityParts = { company: "companies", country: "countries", theme: "themes", site: "sites" } as const;
export type EntityKind = keyof typeof entityParts;
export const entityKindList = Object.keys(entityParts) as EntityKind[];
/** The registry entry of a kind: `EntityOf<"company">` is a Company. */
export type EntityOf<K extends EntityKind> = RegistryData[(typeof entityParts)[K]][number];
export type Entity = EntityOf<EntityKind>;

/**
 * The kinds a raw text names by their names, aliases and adjectives, in the
 * order the importer looks for them, with their registry part; a site is
 * found from the announcements instead. Here rather than in the kinds'
 * descriptors because the importer, a tool, reads the model, not the pages' layer.
 */
export const namedKinds = (["company", "country", "theme"] as const).map((kind) => ({ kind, part: entityParts[kind] }));

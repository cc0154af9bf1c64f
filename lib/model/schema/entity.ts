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
 * How a text names an entry of a kind, for the importer: a kind whose names
 * are `commonNouns` (themes: "partenaires" names "partenaire") is matched in
 * the singular, capital or not, in a pass of its own; a kind whose
 * adjectives `qualify` another ("le groupe chinois Alibaba") counts an
 * adjective only beside a name of that kind in the same clause; a kind whose
 * names are `neverHyphenated` is not read inside a longer hyphenated name (a
 * country in « Saint-Martin-d'Hères » or « Jersey-City » is a town's).
 */
type Naming = { commonNouns?: true; qualify?: EntityKind; neverHyphenated?: true };

/**
 * The kinds a raw text names by their names, aliases and adjectives, in the
 * order the importer looks for them, with their registry part and how it
 * finds them; a site is found from the announcements instead. Here rather
 * than in the kinds' descriptors because the importer, a tool, reads the
 * model, not the pages' layer.
 */
const namings = { company: {}, country: { qualify: "company", neverHyphenated: true }, theme: { commonNouns: true } } as const satisfies Partial<Record<EntityKind, Naming>>;
export const namedKinds = (Object.keys(namings) as (keyof typeof namings)[]).map((kind) => ({ kind, part: entityParts[kind], ...(namings[kind] as Naming) }));
/** A registry part the importer finds in a text: the keys of what it detects. */
export type NamedPart = (typeof namedKinds)[number]["part"];

/**
 * A country's or place's part in an article: the company's home (`headquarters`),
 * where something is built, opened or hosted (`site`) or will be (`planned`),
 * where its customers are (`market`), or only named (`mentioned`).
 */
const countryRoles = ["site", "planned", "headquarters", "market", "mentioned"] as const;
export type CountryRole = (typeof countryRoles)[number];

const slugs = z.array(slug).default([]);

/**
 * An article's front matter fields that name entries of the registry, with
 * their schema (lib/model/schema/article.ts spreads them into the front
 * matter's, in this order), the part each names, the word a problem calls
 * one by, and, for a list of `{ slug, role }`, the key its resolved entry
 * goes under (`countries: [{ country, role }]`). The Article type and its
 * resolution (lib/model/article.ts), the check against the registry at load
 * (lib/content/load-articles.ts) and the front matter the importer writes
 * read it; a field whose slugs must be in another (`announcedBy`) is checked
 * through it. Beside the parts because it is the model's one list of what
 * an article says of each kind.
 */
export const entityFields = {
  companies: { part: "companies", noun: "entreprise", schema: slugs },
  /** The companies that make the announcement, a subset of `companies`. */
  announcedBy: { part: "companies", noun: "entreprise", within: "companies", schema: slugs },
  countries: { part: "countries", noun: "pays", entry: "country", schema: z.array(z.object({ slug, role: z.enum(countryRoles) })).default([]) },
  /** Places of the registry (entities/places.yaml), each with its part in the article. */
  places: { part: "places", noun: "lieu", entry: "place", schema: z.array(z.object({ slug, role: z.enum(countryRoles).default("mentioned") })).default([]) },
  themes: { part: "themes", noun: "thème", schema: slugs },
} as const satisfies Record<string, { part: RegistryPart; noun: string; entry?: string; within?: string; schema: z.ZodType }>;
export type EntityField = keyof typeof entityFields;
export const entityFieldList = Object.keys(entityFields) as EntityField[];

/** Each entity field's schema under its key: the front matter's part that names the registry. */
export const entityFieldShape = Object.fromEntries(entityFieldList.map((field) => [field, entityFields[field].schema])) as {
  [F in EntityField]: (typeof entityFields)[F]["schema"];
};

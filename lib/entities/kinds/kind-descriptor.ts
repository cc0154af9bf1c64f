import type { Article } from "../../model/article";
import type { CountryRole } from "../../model/schema/article";
import type { Company, EntityKind, EntityOf, entityParts } from "../../model/schema/entity";
import type { EntityRegistry } from "../../model/entity-registry";

/** A place on an entity's timeline, with why it is there. */
export type EntryOf = { slug: string; via?: Company; roles?: CountryRole[] };

/** What a fact sheet leaves out of its co-cited lists: the entity itself, a company's subsidiaries. */
export type FactExclude = { companies?: string[]; country?: string };

/** What a kind's profile is computed from, beyond its entity. */
type ProfileContext = {
  registry: EntityRegistry;
  /** The entity's articles, oldest first. */
  articles: readonly Article[];
  /** Whether an entity has a page (an index entry, a link). */
  hasPage: (kind: EntityKind, slug: string) => boolean;
};

/**
 * Everything the site says and does differently for one kind of entity: its
 * addresses, its names in French, its registry part, which articles its
 * pages list, what its feed, sharing card and structured data say (its
 * URL segment and search filter, read by client code too, are in
 * lib/site/kind-segments.ts). Every module that would otherwise switch on the kind reads
 * this instead, so a new kind is one more descriptor (lib/entities/kinds/).
 */
export type KindDescriptor<K extends EntityKind, Extra = object> = {
  kind: K;
  part: (typeof entityParts)[K];
  /** French URL segment: `/${segment}` is the index, `/${segment}/<slug>` a page. */
  segment: string;
  labels: {
    /** "Entreprise": a page's kicker, a sharing card's, a search card's. */
    one: string;
    /** "Entreprises": the index's title, the navigation, breadcrumbs, a search facet. */
    many: string;
    /** "L’entreprise": the start of a sentence about one. */
    the: string;
    /** "Toutes les entreprises": a link to the index. */
    all: string;
  };
  /** In the header's navigation. */
  nav: boolean;
  /** The front page lists its most cited, under this title; `listed` says which stand for themselves there (a group, not its subsidiaries). */
  frontPage?: { title: string; listed?(entity: EntityOf<K>): boolean };
  /** The front page files dossiers under its entities (a theme's), after the stories. */
  dossiers?: boolean;
  /** An article "is about" its entities of this kind in the narrow sense: chips on its cards, JSON-LD `about`. */
  subject: boolean;
  /** The fact sheet lists the cities and places its articles name. */
  factPlaces: boolean;
  /** The fact sheet lists the countries and companies its articles name beside it (a site's would be its articles' bystanders). */
  factCoCited: boolean;
  /** "À lire aussi": the key prefix and weight of a shared entity of this kind; none: not counted. */
  related?: { prefix: string; weight: number };
  /** An article's entities of this kind, once each, in the article's order. */
  of(article: Article): readonly EntityOf<K>[];
  /** What an article's chip of one says beside its name: a country's part in it. */
  noteIn?(article: Article, entity: EntityOf<K>): string | undefined;
  /**
   * The timeline entries an article puts on this kind's pages, each given to
   * `emit` (the entity index calls this for every article at start: no list
   * is made per article and kind).
   */
  eachEntry(article: Article, registry: EntityRegistry, emit: (slug: string, via?: Company, roles?: CountryRole[]) => void): void;
  /** What the page of one entity adds to every page's profile, and what its fact sheet leaves out. */
  profile(entity: EntityOf<K>, context: ProfileContext): { extra: Extra; exclude: FactExclude };
  /** What one is, in a few words (a company's activity, a country's continent): a search card's line, an index's. */
  summary(entity: EntityOf<K>, registry: EntityRegistry): string | undefined;
  /** Its index page (`/${segment}`): what search engines show, and the line under its title. */
  indexPage: { description: string; intro: string };
  /** The description of its RSS feed. */
  feedDescription(entity: EntityOf<K>): string;
  /** The schema.org type of its page's subject, and of an article's `about` entry. */
  schemaType: "Organization" | "Country" | "DefinedTerm" | "Place";
  /** What its page's subject says beyond its type, name, url and other names. */
  jsonLd?(entity: EntityOf<K>, context: { registry: EntityRegistry; urlOf: (kind: EntityKind, slug: string) => string; indexUrl: string }): Record<string, unknown>;
};

/** Each item once, first occurrence kept. */
export const once = <T>(items: readonly T[]): T[] => (items.length > 1 ? [...new Set(items)] : [...items]);

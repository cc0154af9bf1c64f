/*
 * What a search answers, as plain JSON-safe data: the results page renders it
 * and /api/search sends it as is. No server-only import here, so the client
 * search box can import these types.
 */
import type { EntityKind, entityParts } from "../model/schema/entity";
import type { SearchKind } from "../site/kind-segments";
import type { SearchParams } from "./search-params";
import type { SnippetPart } from "./snippet";

export type { SnippetPart } from "./snippet";

type EntityLink = { slug: string; name: string; href: string };

export type SearchResult = {
  slug: string;
  href: string;
  title: string;
  /** As a reader reads it ("11 octobre 2023", "avril 2020") and as written in the front matter ("2023-10-11"), null when unknown. */
  date: { label: string; value: string | null };
  source?: string;
  /** The passage that matched, matched words marked. */
  snippet: SnippetPart[];
  companies: EntityLink[];
  countries: EntityLink[];
  /** The query's words the article does not hold, as the reader wrote them (« sans : inauguration »); absent when it holds them all. */
  missing?: string[];
};

export type FacetValue = { slug: string; name: string; count: number; selected: boolean };
export type YearFacetValue = { year: number; name: string; count: number; selected: boolean };

/** A facet's name in a response: the registry part of a kind search filters by ("companies"), as /api/search has always answered. */
export type SearchPart = (typeof entityParts)[SearchKind];

export type Facets = { [P in SearchPart]: FacetValue[] } & { years: YearFacetValue[] };

/** A company, country or theme the query names, shown as a card above the results. */
export type EntityHit = {
  kind: EntityKind;
  /** "Entreprise", "Pays", "Thème". */
  kindLabel: string;
  slug: string;
  name: string;
  href: string;
  articleCount: number;
  /** What the company does, the country's continent, the theme's description. */
  description?: string;
  /** For a parent company: its subsidiaries, whose articles its filter does not include. */
  subsidiaries: EntityLink[];
  /** For a subsidiary: its parent company. */
  parent?: EntityLink;
};

export type SearchResponse = {
  /** The parameters actually applied (unknown filters dropped, page clamped). */
  params: SearchParams;
  results: SearchResult[];
  total: number;
  /** How many of the results hold every word of the query, when some do not (they come after). */
  complete?: number;
  page: number;
  totalPages: number;
  facets: Facets;
  entityHits: EntityHit[];
  /** The query with misspelt or unfinished words replaced, when they were ("huawei" for "huaweii"). */
  suggestion?: string;
  /** French messages for the reader about what was changed or ignored. */
  notices: string[];
  /** Entities worth a visit when nothing was found. */
  popular: EntityHit[];
};

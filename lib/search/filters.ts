/**
 * A search's filters: how they apply to the index (applyFilters), then what
 * the results page shows of them, as plain data: the facets worth offering,
 * the filters chosen (each with the URL that removes it) and the words that
 * say what the page lists.
 */
import { searchKinds } from "../entities/entity-kinds";
import type { SearchKind } from "../site/kind-segments";
import type { FacetFilter, FacetTables } from "./facets";
import { type SearchParams, searchUrl } from "./search-params";
import type { Facets, SearchPart } from "./search-response";
import { entityParts } from "../model/schema/entity";

/**
 * The search as it will run: its filters (exact entity slugs or a year) as
 * facet positions; values the archive does not hold are dropped, each with a
 * notice for the reader, and the parameters say only what was applied.
 * @example applyFilters({ q: "", sort: "relevance", page: 1, company: "inconnue" }, tables).notices // ["L’entreprise «\u00a0inconnue\u00a0» n’existe pas…"]
 */
export function applyFilters(input: SearchParams, tables: FacetTables): { params: SearchParams; filter: FacetFilter; notices: string[] } {
  const notices: string[] = [];
  const params: SearchParams = { q: input.q ?? "", sort: input.sort === "date" ? "date" : "relevance", page: Math.max(1, Math.floor(input.page) || 1) };
  if (input.exact && params.q) params.exact = true;
  const filter: FacetFilter = {};
  for (const { kind, part, descriptor } of searchKinds) {
    const slug = input[kind];
    if (!slug) continue;
    const position = tables.positions[part].get(slug);
    if (position === undefined) notices.push(`${descriptor.labels.the} «\u00a0${slug}\u00a0» n’existe pas dans les archives\u00a0: ce filtre est ignoré.`);
    else {
      filter[part] = position;
      params[kind] = slug;
    }
  }
  if (input.year !== undefined) {
    if (tables.articlesOfYear.has(input.year)) {
      filter.year = input.year;
      params.year = input.year;
    } else notices.push(`Aucun article n’est daté de ${input.year}\u00a0: le filtre par année est ignoré.`);
  }
  return { params, filter, notices };
}

type FilterParam = SearchKind | "year";

export type ActiveFilter = { param: FilterParam; label: string; name: string; removeHref: string };

/** The filters in URL order, each with the word that names it. */
const filterLabels: [FilterParam, string][] = [...searchKinds.map(({ kind, descriptor }): [FilterParam, string] => [kind, descriptor.labels.one]), ["year", "Année"]];

/**
 * Keeps, in each facet, only the values that would change the results: one
 * carried by every result (its count equals the total) would narrow nothing.
 * A chosen value stays, shown as chosen.
 * @example narrowingFacets({ companies: [{ slug: "a", count: 3, … }, { slug: "b", count: 1, … }], … }, 3).companies // [b]
 */
export function narrowingFacets(facets: Facets, total: number): Facets {
  const keep = <T extends { count: number; selected: boolean }>(values: T[]) => values.filter((v) => v.selected || (v.count > 0 && v.count < total));
  return { ...(Object.fromEntries(searchKinds.map(({ part }) => [part, keep(facets[part])])) as Omit<Facets, "years">), years: keep(facets.years) };
}

/**
 * The filters in force, in URL order, each named and with the URL of the same
 * search without it.
 * @example activeFilters({ q: "cloud", company: "alibaba", sort: "relevance", page: 1 }, () => "Alibaba")
 * // [{ param: "company", label: "Entreprise", name: "Alibaba", removeHref: "/recherche?q=cloud" }]
 */
export function activeFilters(params: SearchParams, nameOf: (param: FilterParam, value: string) => string | undefined): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  for (const [param, label] of filterLabels) {
    const value = params[param];
    if (value === undefined || value === "") continue;
    filters.push({
      param,
      label,
      name: nameOf(param, String(value)) ?? String(value),
      removeHref: searchUrl({ ...params, [param]: undefined, page: 1 }),
    });
  }
  return filters;
}

/** The same search with no filter: the "clear all" link. */
export function clearFiltersHref(params: SearchParams): string {
  return searchUrl({ q: params.q, exact: params.exact, sort: params.sort });
}

/**
 * What the page lists, in words: the query in guillemets, then each filter's
 * name. Empty when nothing is asked.
 * @example searchSubject({ q: "", company: "alibaba", year: 2020, … }, names) // "Alibaba, 2020"
 * @example searchSubject({ q: "cloud", … }, names) // "« cloud »"
 */
export function searchSubject(params: SearchParams, nameOf: (param: FilterParam, value: string) => string | undefined): string {
  const parts = [
    ...(params.q ? [`«\u00a0${params.q}\u00a0»`] : []),
    ...activeFilters(params, nameOf).map((f) => f.name),
  ];
  return parts.join(", ");
}

/** A filter's value named as the registry writes it (a year names itself). */
export function registryFilterName(registry: Record<SearchPart, Map<string, { name: string }>>): (param: FilterParam, value: string) => string | undefined {
  return (param, value) => (param === "year" ? value : registry[entityParts[param]].get(value)?.name);
}

/**
 * A corrected query as the registry writes it when it names one entity
 * ("huawei" → "Huawei", "deutsche telekom" → "Deutsche Telekom"); else each
 * corrected word that names one entity written so, the others as they are.
 * @example suggestionLabel("cloud huawei", "cloud huaweii", names) // "cloud Huawei"
 */
export function suggestionLabel(suggestion: string, typed: string, nameOfWhole: (text: string) => string | undefined): string {
  const whole = nameOfWhole(suggestion);
  if (whole) return whole;
  const typedWords = typed.split(" ");
  return suggestion
    .split(" ")
    .map((word, i) => (word !== typedWords[i] ? (nameOfWhole(word) ?? word) : word))
    .join(" ");
}

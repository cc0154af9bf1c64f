/**
 * What the search page shows about its filters, as plain data: the facets
 * worth offering, the filters chosen (each with the URL that removes it) and
 * the words that say what the page lists. Pure: the page gives it the search's
 * answer and a way to name a slug.
 */
import type { Facets } from "./search/search-response";
import { type SearchParams, searchUrl } from "./search/search-params";

type FilterParam = "company" | "country" | "theme" | "year";

export type ActiveFilter = { param: FilterParam; label: string; name: string; removeHref: string };

const filterLabels: Record<FilterParam, string> = { company: "Entreprise", country: "Pays", theme: "Thème", year: "Année" };

/**
 * Keeps, in each facet, only the values that would change the results: one
 * carried by every result (its count equals the total) would narrow nothing.
 * A chosen value stays, shown as chosen.
 * @example narrowingFacets({ companies: [{ slug: "a", count: 3, … }, { slug: "b", count: 1, … }], … }, 3).companies // [b]
 */
export function narrowingFacets(facets: Facets, total: number): Facets {
  const keep = <T extends { count: number; selected: boolean }>(values: T[]) => values.filter((v) => v.selected || (v.count > 0 && v.count < total));
  return {
    companies: keep(facets.companies),
    countries: keep(facets.countries),
    themes: keep(facets.themes),
    years: keep(facets.years),
  };
}

/** Whether any filter (entity or year) narrows the search. */
export function hasFilters(params: SearchParams): boolean {
  return Boolean(params.company || params.country || params.theme || params.year !== undefined);
}

/**
 * The filters in force, in URL order, each named and with the URL of the same
 * search without it.
 * @example activeFilters({ q: "cloud", company: "alibaba", sort: "relevance", page: 1 }, () => "Alibaba")
 * // [{ param: "company", label: "Entreprise", name: "Alibaba", removeHref: "/recherche?q=cloud" }]
 */
export function activeFilters(params: SearchParams, nameOf: (param: FilterParam, value: string) => string | undefined): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  for (const param of ["company", "country", "theme", "year"] as const) {
    const value = params[param];
    if (value === undefined || value === "") continue;
    filters.push({
      param,
      label: filterLabels[param],
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
export function registryFilterName(
  registry: { companies: Map<string, { name: string }>; countries: Map<string, { name: string }>; themes: Map<string, { name: string }> },
): (param: FilterParam, value: string) => string | undefined {
  return (param, value) =>
    param === "year" ? value : { company: registry.companies, country: registry.countries, theme: registry.themes }[param].get(value)?.name;
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

import type { FacetFilter, FacetTables } from "./facets";
import type { SearchParams } from "./search-params";

/** Filter parameters, the facet they select and how a reader is told a value is unknown. */
const checks = [
  ["company", "companies", "L’entreprise"],
  ["country", "countries", "Le pays"],
  ["theme", "themes", "Le thème"],
] as const;

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
  for (const [param, kind, label] of checks) {
    const slug = input[param];
    if (!slug) continue;
    const position = tables.positions[kind].get(slug);
    if (position === undefined) notices.push(`${label} «\u00a0${slug}\u00a0» n’existe pas dans les archives\u00a0: ce filtre est ignoré.`);
    else {
      filter[kind] = position;
      params[param] = slug;
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

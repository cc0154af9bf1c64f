/**
 * The search's URL: French parameter names (`q`, `exact`, each kind's filter
 * as lib/site/kind-segments.ts names it, `annee`, `tri`, `page`), parsed leniently (a bad value is dropped with a
 * notice, never an error) and written back in one stable order.
 */
import { slugPattern } from "../text/text";
import { routes } from "../site/routes";
import { type SearchKind, kindSearch, searchKindList } from "../site/kind-segments";

export type SearchParams = {
  q: string;
  /** Search the words as typed: no correction ("huaweii" stays "huaweii"), no completion. Only with a query. */
  exact?: boolean;
  year?: number;
  sort: "relevance" | "date";
  page: number;
} & {
  /** The slug a kind's filter asks for (`company: "huawei"`). */
  [K in SearchKind]?: string;
};

/** Longest query searched; longer ones are cut with a notice. */
const maxQueryLength = 200;
const maxPage = 100_000;
const minYear = 1900;
const maxYear = 2100;

type RawParams = Record<string, string | string[] | undefined>;

/** A URL's query as the record pages receive as `searchParams`: a string, or an array for a repeated name. */
export function rawSearchParams(query: URLSearchParams): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = {};
  for (const name of new Set(query.keys())) {
    const values = query.getAll(name);
    raw[name] = values.length > 1 ? values : values[0];
  }
  return raw;
}

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/**
 * Cleans what a reader typed: Unicode well-formed and NFC, control characters
 * and runs of spaces made single spaces, trimmed.
 * @example cleanQuery("  sécurité\u0000\tdes\n données ") // "sécurité des données"
 */
export function cleanQuery(text: string): string {
  return text
    .toWellFormed()
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function cutQuery(text: string): string {
  if (text.length <= maxQueryLength) return text;
  const cut = text.slice(0, maxQueryLength);
  const space = cut.lastIndexOf(" ");
  return (space > maxQueryLength / 2 ? cut.slice(0, space) : cut).trim();
}

function slugParam(raw: RawParams, name: string, label: string, notices: string[]): string | undefined {
  const value = first(raw[name])?.trim().toLowerCase();
  if (!value) return undefined;
  if (value.length <= 80 && slugPattern.test(value)) return value;
  notices.push(`Filtre ${label} «\u00a0${value.slice(0, 40)}\u00a0» invalide\u00a0: il est ignoré.`);
  return undefined;
}

/**
 * Reads the search's URL parameters. Never throws: what cannot be used is
 * dropped or corrected, and `notices` says so in French.
 * @example parseSearchParams({ q: "huawei", annee: "2015", tri: "date" }).params
 * // { q: "huawei", year: 2015, sort: "date", page: 1 }
 */
export function parseSearchParams(input: RawParams): { params: SearchParams; notices: string[] } {
  const notices: string[] = [];
  const raw = input ?? {};
  let q = cleanQuery(first(raw.q) ?? "");
  if (q.length > maxQueryLength) {
    q = cutQuery(q);
    notices.push(`Votre recherche était trop longue\u00a0: seuls ses ${maxQueryLength} premiers caractères ont été utilisés.`);
  }
  const params: SearchParams = { q, sort: "relevance", page: 1 };

  const exact = first(raw.exact)?.trim();
  if (exact === "1") {
    if (q) params.exact = true;
  } else if (exact && exact !== "0") {
    notices.push(`Valeur «\u00a0${exact.slice(0, 20)}\u00a0» du paramètre exact inconnue\u00a0: les mots mal orthographiés sont corrigés.`);
  }

  for (const kind of searchKindList) {
    const slug = slugParam(raw, kindSearch[kind].param, kindSearch[kind].noun, notices);
    if (slug) params[kind] = slug;
  }

  const year = first(raw.annee)?.trim();
  if (year) {
    if (/^\d{4}$/.test(year) && Number(year) >= minYear && Number(year) <= maxYear) params.year = Number(year);
    else notices.push(`Année «\u00a0${year.slice(0, 20)}\u00a0» invalide\u00a0: le filtre est ignoré.`);
  }

  const sort = first(raw.tri)?.trim();
  if (sort === "date") params.sort = "date";
  else if (sort && sort !== "pertinence") notices.push(`Tri «\u00a0${sort.slice(0, 20)}\u00a0» inconnu\u00a0: les résultats sont classés par pertinence.`);

  const page = first(raw.page)?.trim();
  if (page) {
    if (/^\d{1,9}$/.test(page) && Number(page) >= 1) params.page = Math.min(Number(page), maxPage);
    else notices.push(`Numéro de page «\u00a0${page.slice(0, 20)}\u00a0» invalide\u00a0: voici la première page.`);
  }
  return { params, notices };
}

/**
 * For /api/search: the French reason a request is not worth answering, if it is not.
 * Lenient like the page, except for what a program should not send.
 */
export function apiRequestProblem(input: RawParams): string | undefined {
  const q = first(input.q) ?? "";
  if (q.length > 1000) return "Le paramètre q est trop long (1 000 caractères au plus).";
  const page = first(input.page);
  if (page !== undefined && !/^\d{1,9}$/.test(page.trim())) return "Le paramètre page doit être un entier positif.";
  const sort = first(input.tri);
  if (sort !== undefined && sort !== "pertinence" && sort !== "date") return "Le paramètre tri vaut « pertinence » ou « date ».";
  const exact = first(input.exact);
  if (exact !== undefined && exact !== "" && exact !== "0" && exact !== "1") return "Le paramètre exact vaut « 1 » (sans correction) ou « 0 ».";
  const year = first(input.annee);
  if (year !== undefined && year !== "" && !/^\d{4}$/.test(year.trim())) return "Le paramètre annee doit être une année sur quatre chiffres.";
  return undefined;
}

/**
 * The results page URL for these parameters, in a stable order with defaults
 * left out, so each combination of filters has exactly one address.
 * @example searchUrl({ q: "cloud public", company: "alibaba", sort: "relevance", page: 1 })
 * // "/recherche?q=cloud+public&entreprise=alibaba"
 */
export function searchUrl(params: Partial<SearchParams>): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  if (params.q && params.exact) query.set("exact", "1");
  for (const kind of searchKindList) {
    const slug = params[kind];
    if (slug) query.set(kindSearch[kind].param, slug);
  }
  if (params.year !== undefined) query.set("annee", String(params.year));
  if (params.sort === "date") query.set("tri", "date");
  if (params.page !== undefined && params.page > 1) query.set("page", String(params.page));
  const text = query.toString();
  return text ? `${routes.search}?${text}` : routes.search;
}

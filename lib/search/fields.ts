import type { Article } from "../content/article";
import { monthName } from "../dates";
import { namesOf } from "../entities/entity-registry";
import { plainText } from "./snippet";

/** One field of the search index: what text of an article it holds, and what a match in it is worth. */
export type SearchFieldSpec = {
  /** What a match counts: the headline says most what an article is about, the body least. */
  weight: number;
  /** Score slots: flexsearch ranks a term by where it first appears in the field (1: anywhere is the same). */
  resolution: number;
  /**
   * Whether the field keeps each word as written beside its stem, so that an
   * exact match ranks above a stem's. Short fields only: the body, most of
   * the index, would double it (and the export read at each server start).
   */
  exact: boolean;
  text: (article: Article) => string;
};

/** Every way the article's companies, countries, themes and places are named, so "DT", "chinoise" or "Beijing" finds it. */
function entityText(article: Article): string {
  const entities = [...article.companies, ...article.countries.map((c) => c.country), ...article.themes];
  const places = article.places.flatMap(({ place }) => [place.name, ...place.aliases]);
  return [...entities.flatMap(namesOf), ...places].join(" ; ");
}

/** The publisher and the article's own date as readers name them: « Les Echos », « 2019 », « mars 2019 ». */
function publicationText(article: Article): string {
  const { date } = article;
  const month = date.start && (date.precision === "day" || date.precision === "month") ? monthName(date.start.getMonth() + 1) : undefined;
  return [article.source?.name, month, date.year ?? undefined].filter(Boolean).join(" ; ");
}

/**
 * The fields of the search index, by weight: title > standfirst > entities
 * and publication > body. A new field is one line here (its text, weight,
 * resolution); the index, its export and the scoring read this table.
 * Changing it changes the export's layout: bump its version (index-snapshot.ts).
 */
export const searchFieldSpecs = {
  title: { weight: 3, resolution: 3, exact: true, text: (a) => a.title },
  summary: { weight: 2.5, resolution: 5, exact: true, text: (a) => a.summary },
  entities: { weight: 2, resolution: 3, exact: true, text: entityText },
  publication: { weight: 2, resolution: 1, exact: true, text: publicationText },
  body: { weight: 1, resolution: 9, exact: false, text: (a) => plainText(a.body) },
} satisfies Record<string, SearchFieldSpec>;

export type SearchField = keyof typeof searchFieldSpecs;
export const searchFields = Object.keys(searchFieldSpecs) as SearchField[];

/** The text an article is indexed by, field by field. */
export function fieldsOf(article: Article): Record<SearchField, string> {
  const fields = {} as Record<SearchField, string>;
  for (const field of searchFields) fields[field] = searchFieldSpecs[field].text(article);
  return fields;
}

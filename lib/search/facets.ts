import type { Article } from "../model/article";
import type { EntityRegistry } from "../model/entity-registry";
import type { PositionShift } from "../archive/version-change";
import { searchKinds } from "../entities/entity-kinds";
import type { FacetValue, Facets, SearchPart, YearFacetValue } from "./search-response";

type FacetKind = SearchPart;
const facetKinds: FacetKind[] = searchKinds.map((k) => k.part);
/** An article's entities of one kind, each once (a country whatever its roles), as its descriptor reads them. */
const entitiesOf = Object.fromEntries(searchKinds.map((k) => [k.part, k.descriptor.of])) as unknown as Record<FacetKind, (article: Article) => readonly { slug: string }[]>;

/** The slugs of one kind an article carries, as the facets count them. */
function valuesOf(kind: FacetKind, article: Article): string[] {
  return entitiesOf[kind](article).map((entity) => entity.slug);
}

function grown(values: Uint16Array<ArrayBuffer>): Uint16Array<ArrayBuffer> {
  const bigger = new Uint16Array(values.length * 2);
  bigger.set(values);
  return bigger;
}

/**
 * Each article's companies, countries, themes (as small integers) and year,
 * and each value's articles: built once with the index so filtering and
 * counting 100,000 results is array work, not object walking.
 */
export type FacetTables = {
  slugs: Record<FacetKind, string[]>;
  /** Per kind: slug → position in `slugs`. */
  positions: Record<FacetKind, Map<string, number>>;
  /**
   * Per kind: the value positions each article carries, packed (article id's
   * values are `values[offsets[id]]` to `values[offsets[id + 1] - 1]`): one
   * flat array walks far faster than 100,000 small ones.
   */
  ofArticle: Record<FacetKind, { offsets: Uint32Array; values: Uint16Array }>;
  /** Per article id: its year, 0 when unknown. */
  years: Uint16Array;
  /** Per kind and value position: ids of its articles, ascending (newest first). */
  articlesOf: Record<FacetKind, Uint32Array[]>;
  articlesOfYear: Map<number, Uint32Array>;
};

export function buildFacetTables(articles: readonly Article[], registry: EntityRegistry): FacetTables {
  const slugs = Object.fromEntries(facetKinds.map((kind) => [kind, [...registry[kind].keys()]])) as FacetTables["slugs"];
  const positions = Object.fromEntries(facetKinds.map((kind) => [kind, new Map(slugs[kind].map((s, i) => [s, i]))])) as FacetTables["positions"];
  const ofArticle = {} as FacetTables["ofArticle"];
  const articlesOf = {} as FacetTables["articlesOf"];
  // Typed arrays filled in two passes (values, then each value's articles)
  // rather than lists of small arrays: half the time at 100,000 articles.
  for (const kind of facetKinds) {
    const position = positions[kind];
    const of = entitiesOf[kind];
    const counts = new Uint32Array(slugs[kind].length);
    const offsets = new Uint32Array(articles.length + 1);
    let values = new Uint16Array(articles.length * 4);
    let size = 0;
    for (let id = 0; id < articles.length; id++) {
      const entities = of(articles[id]);
      for (let i = 0; i < entities.length; i++) {
        const v = position.get(entities[i].slug)!;
        if (size === values.length) values = grown(values);
        values[size++] = v;
        counts[v]++;
      }
      offsets[id + 1] = size;
    }
    const lists = Array.from(counts, (count) => new Uint32Array(count));
    const filled = new Uint32Array(counts.length);
    for (let id = 0; id < articles.length; id++) {
      for (let at = offsets[id]; at < offsets[id + 1]; at++) lists[values[at]][filled[values[at]]++] = id;
    }
    ofArticle[kind] = { offsets, values: values.slice(0, size) };
    articlesOf[kind] = lists;
  }
  const years = Uint16Array.from(articles, (a) => a.date.year ?? 0);
  const byYear = new Map<number, number[]>();
  years.forEach((year, id) => {
    if (year) (byYear.get(year) ?? byYear.set(year, []).get(year)!).push(id);
  });
  const articlesOfYear = new Map([...byYear].map(([y, ids]) => [y, Uint32Array.from(ids)]));
  return { slugs, positions, ofArticle, years, articlesOf, articlesOfYear };
}

function push<K>(map: Map<K, number[]>, key: K, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The tables of the next version (same registry) from the previous one's:
 * blocks of kept articles are copied, the changed ones filled in, the
 * positions in each value's list moved. Typed-array work only.
 */
export function patchFacetTables(previous: FacetTables, shift: PositionShift, articles: readonly Article[]): FacetTables {
  const runs = [...shift.runs(previous.years.length, articles.length)];
  const ofArticle = {} as FacetTables["ofArticle"];
  const articlesOf = {} as FacetTables["articlesOf"];
  for (const kind of facetKinds) {
    const old = previous.ofArticle[kind];
    const fresh = new Map<number, number[]>();
    let size = 0;
    for (const run of runs) {
      if ("inserted" in run) {
        const values = valuesOf(kind, articles[run.inserted]).map((slug) => previous.positions[kind].get(slug)!);
        fresh.set(run.inserted, values);
        size += values.length;
      } else size += old.offsets[run.to] - old.offsets[run.from];
    }
    const offsets = new Uint32Array(articles.length + 1);
    const values = new Uint16Array(size);
    let cursor = 0;
    for (const run of runs) {
      if ("inserted" in run) {
        values.set(fresh.get(run.inserted)!, cursor);
        cursor += fresh.get(run.inserted)!.length;
        offsets[run.inserted + 1] = cursor;
        continue;
      }
      const base = old.offsets[run.from];
      values.set(old.values.subarray(base, old.offsets[run.to]), cursor);
      for (let id = run.from; id < run.to; id++) offsets[run.at + id - run.from + 1] = old.offsets[id + 1] - base + cursor;
      cursor += old.offsets[run.to] - base;
    }
    ofArticle[kind] = { offsets, values };
    const added = new Map<number, number[]>();
    for (const [id, list] of fresh) for (const value of list) push(added, value, id);
    articlesOf[kind] = previous.articlesOf[kind].map((ids, value) => shift.remap(ids, added.get(value)));
  }
  const years = new Uint16Array(articles.length);
  const addedYears = new Map<number, number[]>();
  for (const run of runs) {
    if ("inserted" in run) {
      years[run.inserted] = articles[run.inserted].date.year ?? 0;
      if (years[run.inserted]) push(addedYears, years[run.inserted], run.inserted);
    } else years.set(previous.years.subarray(run.from, run.to), run.at);
  }
  const articlesOfYear = new Map<number, Uint32Array>();
  for (const year of new Set([...previous.articlesOfYear.keys(), ...addedYears.keys()])) {
    const ids = shift.remap(previous.articlesOfYear.get(year) ?? [], addedYears.get(year));
    if (ids.length) articlesOfYear.set(year, ids);
  }
  return { slugs: previous.slugs, positions: previous.positions, ofArticle, years, articlesOf, articlesOfYear };
}

/** The filters of a search as facet positions (undefined: no filter on that facet). */
export type FacetFilter = { [K in FacetKind]?: number } & { year?: number };

function carries(tables: FacetTables, kind: FacetKind, id: number, value: number): boolean {
  const { offsets, values } = tables.ofArticle[kind];
  for (let i = offsets[id]; i < offsets[id + 1]; i++) if (values[i] === value) return true;
  return false;
}

export function passesFilter(tables: FacetTables, id: number, filter: FacetFilter): boolean {
  for (const kind of facetKinds) {
    const value = filter[kind];
    if (value !== undefined && !carries(tables, kind, id, value)) return false;
  }
  if (filter.year !== undefined && tables.years[id] !== filter.year) return false;
  return true;
}

/** Ids of the articles that pass a filter with no query: its shortest list, checked against the rest. */
export function filteredIds(tables: FacetTables, filter: FacetFilter): number[] {
  const lists: Uint32Array[] = [];
  for (const kind of facetKinds) {
    const value = filter[kind];
    if (value !== undefined) lists.push(tables.articlesOf[kind][value]);
  }
  if (filter.year !== undefined) lists.push(tables.articlesOfYear.get(filter.year) ?? new Uint32Array());
  if (lists.length === 0) return [];
  const shortest = lists.reduce((a, b) => (b.length < a.length ? b : a));
  const result: number[] = [];
  for (const id of shortest) if (passesFilter(tables, id, filter)) result.push(id);
  return result;
}

const maxFacetValues = 12;
const collator = new Intl.Collator("fr");

/**
 * Counts per facet value over the matching articles, most frequent first
 * (years newest first), the selected value always kept.
 */
export function countFacets(
  tables: FacetTables,
  ids: readonly number[],
  filter: FacetFilter,
  nameOf: (kind: FacetKind, slug: string) => string,
): Facets {
  const list = Int32Array.from(ids);
  const count = (kind: FacetKind): FacetValue[] => {
    const counts = new Uint32Array(tables.slugs[kind].length);
    const { offsets, values: packed } = tables.ofArticle[kind];
    for (let n = 0; n < list.length; n++) {
      const id = list[n];
      for (let i = offsets[id]; i < offsets[id + 1]; i++) counts[packed[i]]++;
    }
    const values: FacetValue[] = [];
    counts.forEach((n, position) => {
      if (n > 0 || position === filter[kind]) {
        const slug = tables.slugs[kind][position];
        values.push({ slug, name: nameOf(kind, slug), count: n, selected: position === filter[kind] });
      }
    });
    values.sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
    const shown = values.slice(0, maxFacetValues);
    const selected = values.find((v) => v.selected);
    if (selected && !shown.includes(selected)) shown.push(selected);
    return shown;
  };
  const perYear = new Uint32Array(65536);
  for (let n = 0; n < list.length; n++) perYear[tables.years[list[n]]]++;
  const yearCounts = new Map<number, number>();
  for (const year of tables.articlesOfYear.keys()) if (perYear[year]) yearCounts.set(year, perYear[year]);
  if (filter.year !== undefined && !yearCounts.has(filter.year)) yearCounts.set(filter.year, 0);
  const years: YearFacetValue[] = [...yearCounts]
    .sort((a, b) => b[0] - a[0])
    .map(([year, n]) => ({ year, name: String(year), count: n, selected: year === filter.year }));
  return { ...(Object.fromEntries(facetKinds.map((kind) => [kind, count(kind)])) as Record<FacetKind, FacetValue[]>), years };
}

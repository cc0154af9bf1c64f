import { type Archive, type VersionChange, derive } from "../archive";
import type { Article } from "../content/article";
import type { CountryRole } from "../schema/article";
import type { Company, EntityKind } from "../schema/entity";
import { applyToSorted, lowerBound, newestFirst, positionIn } from "../version-change";
import { describe, kinds } from "./entity-kinds";
import type { EntityRegistry } from "./entity-registry";
import { chronologicalOrder, sortChronologically } from "./timeline";

/** An article on an entity's timeline, with why it is there. */
export type TimelineEntry = {
  article: Article;
  /** On a parent's page: the subsidiary the article is about (BCX on Telkom's page). */
  via?: Company;
  /** On a country's page: the country's part in the article. */
  roles?: CountryRole[];
};

type TimelineMaps = Record<EntityKind, Map<string, TimelineEntry[]>>;

/** Who appears where, computed in one pass over the archive. Timelines are oldest first. */
export type EntityIndex = {
  chronological: Article[];
  /** Per kind, per slug: the entity's timeline. */
  timelines: TimelineMaps;
  stories: Map<string, Article[]>;
  /** Entity key ("c:alibaba", "p:chine", "t:cloud-public") → positions in `archive.articles`, ascending. */
  articlesByKey: Map<string, Uint32Array>;
};

const emptyTimelines = (): TimelineMaps => Object.fromEntries(kinds.map((kind) => [kind, new Map()])) as TimelineMaps;

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The keys an article is related to others by: its entities of each kind that counts (lib/entities/kinds/). */
export function entityKeys(article: Article): string[] {
  return kinds.flatMap((kind) => {
    const { related, of } = describe(kind);
    return related ? of(article).map((entity) => `${related.prefix}:${(entity as { slug: string }).slug}`) : [];
  });
}

/**
 * Adds the timeline entries one article puts in the index to `into`, per
 * entity, in the order the index holds them. The build adds straight into the
 * index: a set of maps per article was a third of the entity index's time at
 * 100,000 articles.
 */
function addEntriesOf(article: Article, registry: EntityRegistry, into: TimelineMaps): void {
  for (const kind of kinds) {
    const timelines = into[kind];
    describe(kind).eachEntry(article, registry, (slug, via, roles) => push(timelines, slug, via ? { article, via } : roles ? { article, roles } : { article }));
  }
}

/** The timeline entries one article puts in the index, on their own. */
function entriesOf(article: Article, registry: EntityRegistry): TimelineMaps {
  const entries = emptyTimelines();
  addEntriesOf(article, registry, entries);
  return entries;
}

function buildEntityIndex(archive: Archive): EntityIndex {
  const index: EntityIndex = { chronological: sortChronologically(archive.articles), timelines: emptyTimelines(), stories: new Map(), articlesByKey: new Map() };
  for (const article of index.chronological) {
    addEntriesOf(article, archive.registry, index.timelines);
    if (article.story) push(index.stories, article.story, article);
  }
  const byKey = new Map<string, number[]>();
  archive.articles.forEach((article, position) => {
    for (const key of entityKeys(article)) push(byKey, key, position);
  });
  for (const [key, positions] of byKey) index.articlesByKey.set(key, Uint32Array.from(positions));
  return index;
}

/**
 * Copy on write of a Map of lists: `edit` gets the list of a key, copied the
 * first time it is edited; a list left empty is removed, as a fresh build has
 * no key without articles.
 */
function editor<V>(source: Map<string, V[]>) {
  const map = new Map(source);
  const copied = new Set<V[]>();
  return {
    map,
    edit(key: string, change: (list: V[]) => void) {
      let list = map.get(key);
      if (!list || !copied.has(list)) copied.add((list = list ? list.slice() : []));
      change(list);
      if (list.length) map.set(key, list);
      else map.delete(key);
    },
  };
}

/** Removes an article's items from a chronological list (they sit together), or inserts them at its place. */
function without<V>(list: V[], article: Article, articleOf: (item: V) => Article) {
  const at = positionIn(list, article, (item, a) => chronologicalOrder(articleOf(item), a), (item) => articleOf(item) === article);
  if (at < 0) return;
  let end = at;
  while (end < list.length && articleOf(list[end]) === article) end++;
  list.splice(at, end - at);
}

function withArticle<V>(list: V[], article: Article, items: V[], articleOf: (item: V) => Article) {
  list.splice(lowerBound(list, article, (item, a) => chronologicalOrder(articleOf(item), a)), 0, ...items);
}

/** The entity index of the next version: only the timelines, stories and keys of the changed articles are edited. */
function patchEntityIndex(previous: EntityIndex, { changes, shift }: VersionChange, archive: Archive): EntityIndex {
  const entryArticle = (e: TimelineEntry) => e.article;
  const itself = (a: Article) => a;
  const editors = Object.fromEntries(kinds.map((kind) => [kind, editor(previous.timelines[kind])])) as Record<EntityKind, ReturnType<typeof editor<TimelineEntry>>>;
  const stories = editor(previous.stories);
  for (const { before } of changes) {
    if (!before) continue;
    for (const kind of kinds) for (const slug of entriesOf(before, archive.registry)[kind].keys()) editors[kind].edit(slug, (l) => without(l, before, entryArticle));
    if (before.story) stories.edit(before.story, (l) => without(l, before, itself));
  }
  const added = new Map<string, number[]>();
  for (const { after } of changes) {
    if (!after) continue;
    const entries = entriesOf(after, archive.registry);
    for (const kind of kinds) for (const [slug, items] of entries[kind]) editors[kind].edit(slug, (l) => withArticle(l, after, items, entryArticle));
    if (after.story) stories.edit(after.story, (l) => withArticle(l, after, [after], itself));
    const position = positionIn(archive.articles, after, newestFirst);
    for (const key of entityKeys(after)) push(added, key, position);
  }
  const articlesByKey = new Map<string, Uint32Array>();
  for (const key of new Set([...previous.articlesByKey.keys(), ...added.keys()])) {
    const positions = shift.remap(previous.articlesByKey.get(key) ?? [], (added.get(key) ?? []).sort((a, b) => a - b));
    if (positions.length) articlesByKey.set(key, positions);
  }
  return {
    chronological: applyToSorted(previous.chronological, changes, chronologicalOrder).list,
    timelines: Object.fromEntries(kinds.map((kind) => [kind, editors[kind].map])) as TimelineMaps,
    stories: stories.map,
    articlesByKey,
  };
}

/** The entity index of an archive version, built on first use (or patched from the previous version's) and kept with it. */
export function entityIndexOf(archive: Archive): EntityIndex {
  return derive(archive, "entity-index", () => buildEntityIndex(archive), patchEntityIndex);
}

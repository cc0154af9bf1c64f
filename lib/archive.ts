import { type Article } from "./content/article";
import { buildFingerprints, restoreArticles } from "./content/archive-snapshot";
import { readArchiveSnapshot } from "./content/archive-snapshot-file";
import { contentDir } from "./content/content-dir";
import { loadRegistry } from "./content/load-registry";
import { validateArticles } from "./content/load-articles";
import { type ArchiveContent, readContent } from "./content/read-content";
import { compareNewestFirst } from "./dates";
import { buildRegistry, type EntityRegistry } from "./entities/entity-registry";

/**
 * One version of the archive: everything loaded from the content directory,
 * validated. Never changed once built: a publication builds the next version
 * (lib/publishing/), so whatever was derived from this one stays true of it.
 */
export type Archive = {
  dir: string;
  registry: EntityRegistry;
  /** Newest first. */
  articles: Article[];
  bySlug: Map<string, Article>;
  /** What pages derive from this version (entity index, profiles, rendered bodies), computed on first use: see `derive`. */
  derived: Map<string, unknown>;
};

/** An archive version from validated articles and their registry. */
export function archiveOf(dir: string, registry: EntityRegistry, articles: Article[]): Archive {
  const sorted = [...articles].sort((a, b) => compareNewestFirst(a, b, (x) => x.date, (x) => x.slug));
  return { dir, registry, articles: sorted, bySlug: new Map(sorted.map((a) => [a.slug, a])), derived: new Map() };
}

/**
 * The one assembly of an archive version from parsed content, read from a
 * directory (`buildArchive`) or generated (lib/synthetic/): the registry is
 * built, then every article validated against it; throws a ContentError
 * listing every problem.
 */
export function assembleArchive(content: ArchiveContent): Archive {
  const registry = buildRegistry(content.registry);
  return archiveOf(content.dir, registry, validateArticles(content.articles, registry, content));
}

/** The archive of a content directory (articles, registry, raw texts). */
export function buildArchive(dir: string): Archive {
  return assembleArchive(readContent(dir));
}

/**
 * The archive of a content directory as a production server starts: from the
 * build's snapshot when there is one (lib/content/archive-snapshot.ts), the
 * files changed since read and validated as `buildArchive` does; else
 * `buildArchive`. Not while building: the snapshot is the previous build's.
 */
function loadArchive(dir: string): Archive {
  const usable = process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build";
  const started = performance.now();
  const snapshot = usable ? readArchiveSnapshot() : undefined;
  if (!snapshot) return buildArchive(dir);
  const registry = loadRegistry(dir);
  const { articles, fingerprints, read, removed } = restoreArticles(dir, snapshot, registry);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Archives du Cloud : archive reprise de la construction en ${seconds} s (${read} fichiers relus, ${removed} retirés)`);
  const archive = archiveOf(dir, registry, articles);
  // Known of this version from the start, not computed: the search index's import compares them instead of hashing every article.
  archive.derived.set(buildFingerprints, fingerprints);
  return archive;
}

/**
 * A value derived from one archive version, computed once and kept with that
 * version: the next version starts empty, so nothing derived can outlive the
 * data it came from.
 * @example derive(archive, "entity-index", () => buildEntityIndex(archive))
 */
export function derive<T>(archive: Archive, key: string, compute: () => T): T {
  if (!archive.derived.has(key)) archive.derived.set(key, compute());
  return archive.derived.get(key) as T;
}

/*
 * Kept on globalThis: Next bundles routes, route handlers and instrumentation
 * separately, and a module-level variable could exist once per bundle.
 */
const holder = globalThis as typeof globalThis & { __archivesDuCloud?: Archive };

/**
 * The current version of the archive of CONTENT_DIR (or `content/`), loaded on
 * first use; a publication replaces it (`setArchive`).
 */
export function getArchive(): Archive {
  const dir = contentDir();
  if (holder.__archivesDuCloud?.dir !== dir) holder.__archivesDuCloud = loadArchive(dir);
  return holder.__archivesDuCloud;
}

/** Makes `next` the version every getter reads from now on. */
export function setArchive(next: Archive): void {
  holder.__archivesDuCloud = next;
}

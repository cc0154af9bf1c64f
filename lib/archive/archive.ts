import { ArticlesBySlug } from "./articles-by-slug";
import { type Article } from "../model/article";
import { buildFingerprints, restoreArticles } from "../content/archive-snapshot";
import { readArchiveSnapshot } from "../content/archive-snapshot-file";
import { contentDir } from "../content/content-dir";
import { ContentError, type ContentProblem } from "../model/content-error";
import { loadRegistry } from "../content/load-registry";
import { judgeArticles, validateArticles } from "../content/load-articles";
import { type ArchiveContent, readContent } from "../content/read-content";
import { buildRegistry, type EntityRegistry, registryFromSignature, registrySignature } from "../model/entity-registry";
import { type ArticleChange, type PositionShift, applyToSorted, newestFirst } from "./version-change";
import { processSlot } from "../runtime/process-slots";

export type { ArticleChange } from "./version-change";

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
  bySlug: ArticlesBySlug;
  /**
   * The files of the content directory refused when this version was made,
   * each with all its problems (paths relative to the directory): left out,
   * or kept at their last good version by a publication.
   */
  refused?: RefusedFiles;
  /** What pages derive from this version (entity index, profiles, rendered bodies), computed on first use: see `derive`. */
  derived: Map<string, Derived>;
  /**
   * For a version made by a publication, until its derived tables are carried
   * over (`settleVersion`): the version it was made from and what changed.
   */
  origin?: VersionChange;
};

/** How a version differs from the one it was published from. */
export type VersionChange = {
  previous: Archive;
  changes: readonly ArticleChange[];
  /** Slugs of every article added, changed or withdrawn. */
  slugs: ReadonlySet<string>;
  /** How positions in `articles` moved from the previous version to this one. */
  shift: PositionShift;
};

/**
 * Updates a value derived from the previous version into this version's, or
 * returns undefined to have it computed from scratch. It must equal what
 * `compute` would give for the new version, and must not change `previous`
 * (an older version may still be read: copy on write).
 */
export type Patch<T> = (previous: T, change: VersionChange, archive: Archive, key: string) => T | undefined;

/** A derived value and its patch (a method here: parameters are compared both ways, so any Patch<T> fits). */
type Derived = { value: unknown; patch?(previous: unknown, change: VersionChange, archive: Archive, key: string): unknown };

/** File (relative to the content directory) → its problems. */
export type RefusedFiles = ReadonlyMap<string, readonly ContentProblem[]>;

/** Problems grouped by the file they are about. */
export function refusedFiles(problems: readonly ContentProblem[]): Map<string, ContentProblem[]> {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  return byFile;
}

/** An archive version from validated articles and their registry. */
export function archiveOf(dir: string, registry: EntityRegistry, articles: Article[], refused?: RefusedFiles): Archive {
  const sorted = [...articles].sort(newestFirst);
  return { dir, registry, articles: sorted, bySlug: ArticlesBySlug.of(sorted), refused, derived: new Map() };
}

/** Beyond this many changed articles a new version is built and derived from scratch: patching would cost more. */
const maxPatchedChanges = (size: number) => Math.max(64, size / 50);

/**
 * The version after some articles were added, changed or withdrawn
 * (`before` must be the previous version's article): the changed articles
 * are moved in a copy of the sorted list rather than every article sorted
 * again, and the new version keeps its origin so that what was derived from
 * the previous one can be patched instead of computed again (`derive`).
 */
export function nextVersion(previous: Archive, changes: readonly ArticleChange[], refused = previous.refused): Archive {
  if (!changes.length) return refused === previous.refused ? previous : { ...previous, refused };
  if (changes.length > maxPatchedChanges(previous.articles.length)) {
    const changed = new Set(changes.map((c) => c.slug));
    const afters = changes.flatMap(({ after }) => (after ? [after] : []));
    return archiveOf(previous.dir, previous.registry, [...previous.articles.filter((a) => !changed.has(a.slug)), ...afters], refused);
  }
  const bySlug = previous.bySlug.with(changes);
  const { list: articles, shift } = applyToSorted(previous.articles, changes, newestFirst);
  const origin = { previous, changes, slugs: new Set(changes.map((c) => c.slug)), shift };
  return { dir: previous.dir, registry: previous.registry, articles, bySlug, refused, derived: new Map(), origin };
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

/** The archive of a content directory (articles, registry, raw texts); throws a ContentError listing every problem: the build's guard. */
export function buildArchive(dir: string): Archive {
  return assembleArchive(readContent(dir));
}

/**
 * The archive of a content directory as a server serves it: every valid
 * article, each file refused left out and listed in `refused` with all its
 * problems. Throws only when no article can be judged: no `articles/`, or a
 * registry that cannot be built.
 */
export function readArchive(dir: string): Archive {
  const content = readContent(dir);
  const registry = buildRegistry(content.registry);
  const { articles, problems } = judgeArticles(content.articles, registry, content);
  return archiveOf(dir, registry, articles, refusedFiles(problems));
}

/** How the archive a server started with compares with its build's: when it differs, the pages the build prerendered are out of date. */
export type ArchiveStart = { fromSnapshot: boolean; differsFromBuild: boolean };

/**
 * The archive of a content directory as a server starts: from the build's
 * snapshot when there is one (lib/content/archive-snapshot.ts), the files
 * changed since read and judged as `readArchive` does; else `readArchive`.
 * While building, `buildArchive`: an invalid file fails the build.
 */
function loadArchive(dir: string): Archive {
  if (process.env.NEXT_PHASE === "phase-production-build") return buildArchive(dir);
  const usable = process.env.NODE_ENV === "production";
  const started = performance.now();
  const snapshot = usable ? readArchiveSnapshot(undefined, undefined, (reason) => console.warn(`Archives du Cloud : ${reason} ; chaque fichier est lu et validé.`)) : undefined;
  if (!snapshot) {
    atStart.set({ fromSnapshot: false, differsFromBuild: true });
    return readArchive(dir);
  }
  const { registry, refusals } = registryAtStart(dir, snapshot.registry);
  const { articles, fingerprints, read, removed, problems } = restoreArticles(dir, snapshot, registry);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Archives du Cloud : archive reprise de la construction en ${seconds} s (${read} fichiers relus, ${removed} retirés)`);
  const differsFromBuild = read > 0 || removed > 0 || problems.length > 0 || registrySignature(registry) !== snapshot.registry;
  atStart.set({ fromSnapshot: true, differsFromBuild });
  const archive = archiveOf(dir, registry, articles, refusedFiles([...refusals, ...problems]));
  // Known of this version from the start, not computed: the search index's import compares them instead of hashing every article.
  archive.derived.set(buildFingerprints, { value: fingerprints });
  return archive;
}

/**
 * The registry of the content directory, or, when its files are refused, the
 * build's (kept in the snapshot) with the files' problems: a restart keeps the
 * last good registry as a running server does (lib/publishing/sync.ts), rather
 * than taking the whole site down for one broken entry. A directory that is
 * not there still stops the start.
 */
function registryAtStart(dir: string, built: string): { registry: EntityRegistry; refusals: ContentProblem[] } {
  try {
    return { registry: loadRegistry(dir), refusals: [] };
  } catch (error) {
    if (!(error instanceof ContentError) || !error.problems.every((p) => p.file.startsWith("entities/"))) throw error;
    console.warn("Archives du Cloud : registre refusé, celui de la construction est servi jusqu'à sa correction");
    return { registry: registryFromSignature(built), refusals: error.problems };
  }
}

/**
 * A value derived from one archive version, computed once and kept with that
 * version. A version made by a publication starts empty too, but a value with
 * a `patch` is carried from the previous version (patched for the changed
 * articles) instead of computed again over the whole archive: on first use,
 * or when the publication settles the version (`settleVersion`). A patch is
 * kept with its value, so it must be a module-level function: a closure over
 * an archive version would keep that version alive.
 * @example derive(archive, "entity-index", () => buildEntityIndex(archive), patchEntityIndex)
 */
export function derive<T>(archive: Archive, key: string, compute: () => T, patch?: Patch<T>): T {
  let entry = archive.derived.get(key);
  if (!entry) {
    entry = { value: carried(archive, key) ?? compute(), patch: patch as Derived["patch"] };
    archive.derived.set(key, entry);
  }
  return entry.value as T;
}

function carried(archive: Archive, key: string): unknown {
  const origin = archive.origin;
  const from = origin?.previous.derived.get(key);
  return from?.patch ? from.patch(from.value, origin!, archive, key) : undefined;
}

/**
 * Carries every patchable value of the previous version into this one, then
 * forgets the previous version so that a chain of versions never stays in
 * memory. A value never computed in the previous version is computed from
 * scratch on first use.
 */
export function settleVersion(archive: Archive): void {
  const origin = archive.origin;
  if (!origin) return;
  for (const [key, from] of [...origin.previous.derived]) {
    if (!from.patch || archive.derived.has(key)) continue;
    const value = from.patch(from.value, origin, archive, key);
    if (value !== undefined) archive.derived.set(key, { value, patch: from.patch });
  }
  archive.origin = undefined;
}

/* One per process, whichever bundle asks (lib/runtime/process-slots.ts). */
const current = processSlot<Archive>("archive");
const atStart = processSlot<ArchiveStart>("archiveStart");

/**
 * The current version of the archive of CONTENT_DIR (or `content/`), loaded on
 * first use; a publication replaces it (`setArchive`).
 */
export function getArchive(): Archive {
  const dir = contentDir();
  if (current.get()?.dir !== dir) setArchive(loadArchive(dir));
  return current.get()!;
}

/** The current version if one is loaded, without loading one (a health check must not load the archive). */
export function loadedArchive(): Archive | undefined {
  const loaded = current.get();
  return loaded?.dir === contentDir() ? loaded : undefined;
}

/** Makes `next` the version every getter reads from now on. */
export function setArchive(next: Archive): void {
  current.set(next);
}

/** How the archive loaded at start compares with the build's (undefined before it is loaded, or when it was not loaded from a build). */
export function archiveStart(): ArchiveStart | undefined {
  return atStart.get();
}

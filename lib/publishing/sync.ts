import path from "node:path";
import { type Archive, type ArticleChange, buildArchive, nextVersion } from "../archive";
import type { Article } from "../content/article";
import { ContentError, type ContentProblem } from "../content/content-error";
import { loadArticle } from "../content/load-articles";
import { loadRegistry } from "../content/load-registry";
import { registrySignature } from "../entities/entity-registry";

/** The next version of an archive after changes on disk, what changed, and what was refused. */
export type SyncResult = {
  archive: Archive;
  changes: ArticleChange[];
  /** Files that failed validation: their last good version stays published. */
  problems: ContentProblem[];
  registryChanged: boolean;
};

const articleFile = /^articles\/([^/]+)\.md$/;

/** A comparable form of an article: its validated front matter and body (the registry objects it points to included). */
const signature = (article: Article) => JSON.stringify(article);


function problemsOf(error: unknown): ContentProblem[] {
  if (error instanceof ContentError) return error.problems;
  return [{ file: "(archive)", message: error instanceof Error ? error.message : String(error) }];
}

/** Every article that differs between two versions, added, changed or removed. */
function diff(before: Archive, after: Archive): ArticleChange[] {
  const changes: ArticleChange[] = [];
  for (const article of after.articles) {
    const old = before.bySlug.get(article.slug);
    if (!old || signature(old) !== signature(article)) changes.push({ slug: article.slug, before: old, after: article });
  }
  for (const old of before.articles) if (!after.bySlug.has(old.slug)) changes.push({ slug: old.slug, before: old });
  return changes;
}

/** Reads the whole directory again (a registry change, or a publication that names no file). */
function fullSync(current: Archive): SyncResult {
  let next: Archive;
  try {
    next = buildArchive(current.dir);
  } catch (error) {
    return { archive: current, changes: [], problems: problemsOf(error), registryChanged: false };
  }
  const registryChanged = registrySignature(current.registry) !== registrySignature(next.registry);
  const changes = diff(current, next);
  // Same registry: the unchanged articles stay the same objects, and what was derived from them is carried over.
  if (!registryChanged) return { archive: changes.length ? nextVersion(current, changes) : current, changes, problems: [], registryChanged };
  return { archive: next, changes, problems: [], registryChanged };
}

/**
 * The archive after the given files changed on disk (paths relative to the
 * content directory, as "articles/x.md"; none: look at everything). An
 * article file is validated alone against the current registry: a file that
 * fails is reported and its last good version kept, a missing file is a
 * withdrawal. A registry change reloads the whole archive, since every
 * article's entities may read differently; an invalid registry changes
 * nothing.
 */
export function syncArchive(current: Archive, files?: readonly string[]): SyncResult {
  const relative = files?.map((f) => f.split(path.sep).join("/"));
  if (!relative || relative.some((f) => f.startsWith("entities/"))) {
    if (relative) {
      try {
        const registry = loadRegistry(current.dir);
        if (registrySignature(registry) === registrySignature(current.registry)) {
          return syncArticles(current, relative);
        }
      } catch (error) {
        return { archive: current, changes: [], problems: problemsOf(error), registryChanged: false };
      }
    }
    return fullSync(current);
  }
  return syncArticles(current, relative);
}

function syncArticles(current: Archive, files: readonly string[]): SyncResult {
  const changes: ArticleChange[] = [];
  const problems: ContentProblem[] = [];
  for (const file of new Set(files)) {
    const slug = articleFile.exec(file)?.[1];
    if (!slug) continue;
    const before = current.bySlug.get(slug);
    const result = loadArticle(current.dir, file, current.registry);
    if (!result) {
      if (before) changes.push({ slug, before });
      continue;
    }
    if (!result.ok) problems.push(...result.problems);
    else if (!before || signature(before) !== signature(result.article)) changes.push({ slug, before, after: result.article });
  }
  if (!changes.length) return { archive: current, changes, problems, registryChanged: false };
  return { archive: nextVersion(current, changes), changes, problems, registryChanged: false };
}

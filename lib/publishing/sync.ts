import path from "node:path";
import { type Archive, type ArticleChange, archiveOf, nextVersion, type RefusedFiles, refusedFiles } from "../archive";
import { type Article, relinkArticle } from "../content/article";
import { ContentError, type ContentProblem } from "../content/content-error";
import { judgeArticles, loadArticle, readArticleFiles } from "../content/load-articles";
import { loadRegistry } from "../content/load-registry";
import { listRawTexts } from "../content/raw-texts";
import { realDir } from "../content/read-regular";
import { type EntityRegistry, registrySignature } from "../entities/entity-registry";

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

/** The refused files of `current`, those of `prefix` ("entities/") replaced by the problems given. */
function withRefused(current: RefusedFiles | undefined, prefix: string, problems: readonly ContentProblem[]): Map<string, ContentProblem[]> {
  const refused = new Map([...(current ?? [])].filter(([file]) => !file.startsWith(prefix))) as Map<string, ContentProblem[]>;
  for (const [file, listed] of refusedFiles(problems)) refused.set(file, listed);
  return refused;
}

/** A registry that cannot be read changes nothing: the current one stays, and its files are reported refused. */
function registryRefused(current: Archive, error: unknown): SyncResult {
  const problems = problemsOf(error);
  return { archive: nextVersion(current, [], withRefused(current.refused, "entities/", problems)), changes: [], problems, registryChanged: false };
}

/**
 * Reads the whole directory again (a registry change, or a publication that
 * names no file), judging every file as at start: a file refused keeps its
 * last good version, linked to the new registry (dropped, and reported, if
 * the registry no longer has one of its entities), so that one invalid
 * article never holds back another file or a registry change.
 */
function fullSync(current: Archive): SyncResult {
  let registry: EntityRegistry;
  try {
    registry = loadRegistry(current.dir);
  } catch (error) {
    return registryRefused(current, error);
  }
  const registryChanged = registrySignature(current.registry) !== registrySignature(registry);
  const { sources, refused } = readArticleFiles(current.dir);
  const { articles, problems } = judgeArticles(sources, registry, { rawTexts: listRawTexts(current.dir), refused });
  for (const file of refusedFiles(problems).keys()) {
    const previous = current.bySlug.get(articleFile.exec(file)?.[1] ?? "");
    if (!previous) continue;
    const kept = registryChanged ? relinkArticle(previous, registry) : previous;
    if (kept) articles.push(kept);
    else problems.push({ file, message: "sa version précédente nomme une entité que le registre n'a plus : retirée du site" });
  }
  const next = archiveOf(current.dir, registry, articles, refusedFiles(problems));
  const changes = diff(current, next);
  // Same registry: the unchanged articles stay the same objects, and what was derived from them is carried over.
  const archive = registryChanged ? next : nextVersion(current, changes, next.refused);
  return { archive, changes, problems, registryChanged };
}

/**
 * The archive after the given files changed on disk (paths relative to the
 * content directory, as "articles/x.md"; none: look at everything). An
 * article file is judged alone against the current registry, as at start: a
 * file that fails is reported and its last good version kept, a missing file
 * is a withdrawal. A registry change reloads the whole archive, since every
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
          return syncArticles(nextVersion(current, [], withRefused(current.refused, "entities/", [])), relative);
        }
      } catch (error) {
        return registryRefused(current, error);
      }
    }
    return fullSync(current);
  }
  return syncArticles(current, relative);
}

function syncArticles(current: Archive, files: readonly string[]): SyncResult {
  const changes: ArticleChange[] = [];
  const problems: ContentProblem[] = [];
  const refused = new Map(current.refused ?? []);
  let refusedChanged = false;
  const rawTexts = listRawTexts(current.dir);
  const root = realDir(current.dir);
  for (const file of new Set(files)) {
    const slug = articleFile.exec(file)?.[1];
    if (!slug) continue;
    const before = current.bySlug.get(slug);
    const result = loadArticle(current.dir, file, current.registry, rawTexts, root);
    refusedChanged = refused.delete(file) || refusedChanged;
    if (!result) {
      if (before) changes.push({ slug, before });
      continue;
    }
    if (!result.ok) {
      problems.push(...result.problems);
      refused.set(file, result.problems);
      refusedChanged = true;
    } else if (!before || signature(before) !== signature(result.article)) changes.push({ slug, before, after: result.article });
  }
  return { archive: nextVersion(current, changes, refusedChanged ? refused : current.refused), changes, problems, registryChanged: false };
}

import { type Article } from "./content/article";
import { contentDir } from "./content/content-dir";
import { loadArticles } from "./content/load-articles";
import { compareNewestFirst } from "./dates";
import { type EntityRegistry, loadRegistry } from "./entities/entity-registry";

/** Everything loaded from the content directory, validated once per process. */
export type Archive = {
  dir: string;
  registry: EntityRegistry;
  /** Newest first. */
  articles: Article[];
  bySlug: Map<string, Article>;
};

export function buildArchive(dir: string): Archive {
  const registry = loadRegistry(dir);
  const articles = loadArticles(dir, registry).sort((a, b) =>
    compareNewestFirst(a, b, (x) => x.date, (x) => x.slug),
  );
  return { dir, registry, articles, bySlug: new Map(articles.map((a) => [a.slug, a])) };
}

/*
 * Kept on globalThis: Next bundles routes, route handlers and instrumentation
 * separately, and a module-level variable could exist once per bundle.
 */
const holder = globalThis as typeof globalThis & { __archivesDuCloud?: Archive };

/**
 * The archive of CONTENT_DIR (or `content/`), loaded on first use and kept for
 * the life of the process: a build worker or server validates the files once.
 */
export function getArchive(): Archive {
  const dir = contentDir();
  if (holder.__archivesDuCloud?.dir !== dir) holder.__archivesDuCloud = buildArchive(dir);
  return holder.__archivesDuCloud;
}

import path from "node:path";

/**
 * What an archive that loaded may still get wrong, worded for whoever starts
 * the server: an empty `articles/` (a CONTENT_DIR pointed at the wrong folder)
 * would otherwise serve an empty site without a word.
 */
export function contentWarnings({ dir, articles }: { dir: string; articles: readonly unknown[] }): string[] {
  if (articles.length) return [];
  return [`Attention : aucun article dans ${path.join(dir, "articles")} ; le site sera vide (vérifier CONTENT_DIR).`];
}

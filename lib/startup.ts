import { getArchive } from "./archive";
import { searchFor } from "./search/search";

/**
 * Loads and validates the archive and builds the search index before the
 * first request: a bad or missing CONTENT_DIR stops the server with a clear
 * message instead of failing page by page, and no reader waits for the index.
 */
export function prepareServer(): void {
  try {
    const archive = getArchive();
    const started = performance.now();
    // Not while building: static pages do not search.
    if (process.env.NEXT_PHASE !== "phase-production-build") searchFor(archive);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Archives du Cloud : ${archive.articles.length} articles chargés depuis ${archive.dir}, index de recherche prêt en ${seconds} s`);
  } catch (error) {
    console.error(`\nArchives du Cloud ne peut pas démarrer.\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

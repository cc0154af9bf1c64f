import { getArchive } from "./archive";
import { contentWarnings } from "./content/content-warnings";
import { markServerReady } from "./server/readiness";
import { guardResponses, headersForEveryPath } from "./server/response-guard";
import { stopOnSignals } from "./server/shutdown";
import { entityIndexOf } from "./entities/entity-index";
import { publishThroughServer } from "./publishing/notify-server";
import { internalPublishToken } from "./publishing/publish-auth";
import { watchContent } from "./publishing/watch";
import { searchFor } from "./search/search";
import { builtOrigin, siteOriginWarnings } from "./site";

/**
 * Loads and validates the archive and builds what pages share (the entity
 * index, the search index) before the first request: a bad or missing
 * CONTENT_DIR stops the server with a clear message instead of failing page by
 * page, and no reader waits for an index to be built. Then watches the
 * content directory, so that a file added, changed or removed is published
 * within a second (ARCHIVE_WATCH=0 turns it off: use POST /api/publish).
 */
export function prepareServer(): void {
  // First, before the archive loads: an operator reads the top of the log.
  for (const warning of siteOriginWarnings(process.env, builtOrigin)) console.warn(warning);
  const building = process.env.NEXT_PHASE === "phase-production-build";
  try {
    const archive = getArchive();
    contentWarnings(archive).forEach((warning) => console.warn(warning));
    const started = performance.now();
    // Timelines, stories and "À lire aussi" of every article page: 0.2 s at 10,000 articles.
    entityIndexOf(archive);
    // Not while building: static pages do not search.
    if (!building) searchFor(archive);
    if (process.env.NODE_ENV === "production" && !building) guardResponses(headersForEveryPath(process.env.NEXT_DIST_DIR ?? ".next"));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Archives du Cloud : ${archive.articles.length} articles chargés depuis ${archive.dir}, index prêts en ${seconds} s`);
    let stopWatching: (() => void) | undefined;
    if (!building && process.env.ARCHIVE_WATCH !== "0") {
      internalPublishToken();
      stopWatching = watchContent(archive.dir, publishThroughServer);
      console.log(`Archives du Cloud : publication en direct, ${archive.dir} est surveillé`);
    }
    if (!building) {
      stopOnSignals(stopWatching);
      markServerReady();
    }
  } catch (error) {
    console.error(`\nArchives du Cloud ne peut pas démarrer.\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

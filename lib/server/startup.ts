import { archiveStart, getArchive } from "../archive/archive";
import { describeProblem } from "../model/content-error";
import { contentWarnings } from "../content/content-warnings";
import { expireBuildPages } from "./build-pages";
import { markReady } from "./readiness";
import { guardResponses, headersForEveryPath } from "./http-patches";
import { stopOnSignals } from "./shutdown";
import { entityIndexOf } from "../entities/entity-index";
import { publishThroughServer } from "../publishing/notify-server";
import { internalPublishToken } from "../publishing/publish-auth";
import { watchContent } from "../publishing/watch";
import { searchFor } from "../search/search";
import { builtOrigin, siteOriginWarnings } from "../site/site";
import { counted } from "../text/plural";

/**
 * Loads and judges the archive and builds what pages share (the entity
 * index, the search index) before the first request: Next holds every
 * request until this returns. A file refused is left out and each of its
 * problems logged (`fichier › champ : problème`), the other files served; a
 * registry file refused since the build leaves the build's registry in
 * service. A missing CONTENT_DIR, or a registry that cannot be built and no
 * build to fall back on, against which no article can be judged, stops the
 * server with a clear message. When the
 * content differs from the build's, the pages the build prerendered are made
 * out of date first (lib/server/build-pages.ts). Then watches the content
 * directory, so that a file added, changed or removed is published within a
 * second (ARCHIVE_WATCH=0 turns it off: use POST /api/publish).
 */
export function prepareServer(): void {
  // First, before the archive loads: an operator reads the top of the log.
  for (const warning of siteOriginWarnings(process.env, builtOrigin)) console.warn(warning);
  const building = process.env.NEXT_PHASE === "phase-production-build";
  try {
    const archive = getArchive();
    contentWarnings(archive).forEach((warning) => console.warn(warning));
    const refused = [...(archive.refused ?? [])];
    for (const [, problems] of refused) for (const problem of problems) console.error(`Archives du Cloud : fichier refusé, non publié : ${describeProblem(problem)}`);
    if (!building && archiveStart()?.differsFromBuild) expireBuildPages();
    const started = performance.now();
    // Timelines, stories and "À lire aussi" of every article page: 0.2 s at 10,000 articles.
    entityIndexOf(archive);
    // Not while building: static pages do not search.
    if (!building) searchFor(archive);
    if (process.env.NODE_ENV === "production" && !building) guardResponses(headersForEveryPath(process.env.NEXT_DIST_DIR ?? ".next"));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const refusals = refused.length ? `, ${counted(refused.length, "fichier refusé", "fichiers refusés")}` : "";
    console.log(`Archives du Cloud : ${counted(archive.articles.length, "article chargé", "articles chargés")} depuis ${archive.dir}${refusals}, index prêts en ${seconds} s`);
    let stopWatching: (() => void) | undefined;
    if (!building && process.env.ARCHIVE_WATCH !== "0") {
      internalPublishToken();
      stopWatching = watchContent(archive.dir, publishThroughServer);
      console.log(`Archives du Cloud : publication en direct, ${archive.dir} est surveillé`);
    }
    if (!building) {
      stopOnSignals(stopWatching);
      markReady();
    }
  } catch (error) {
    console.error(`\nArchives du Cloud ne peut pas démarrer.\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

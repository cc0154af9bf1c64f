import { derive, getArchive, type Archive } from "../archive";
import { newestChange } from "../seo/archive-dates";

/*
 * Whether this server has loaded its archive, and what it serves. Kept on
 * globalThis: instrumentation (which loads the archive) and the route
 * handlers (which report it) are separate bundles.
 */
const holder = globalThis as typeof globalThis & { __archivesDuCloudReady?: boolean };

export type ServerState = { ready: boolean; archiveVersion?: string; articles?: number; refusedFiles?: number };

/** Called once the archive and its indexes are loaded (lib/startup.ts): from then on the server answers from them. */
export function markServerReady(): void {
  holder.__archivesDuCloudReady = true;
}

/** The newest publication or correction in a version: two servers saying the same serve the same archive. Computed once per version. */
const archiveVersion = (archive: Archive) => derive(archive, "archive-version", () => newestChange(archive.articles) ?? "vide");

/**
 * What the health endpoint reports. `refusedFiles` counts the files a start
 * refused; today a start stops on any invalid file, so it is 0 whenever the
 * server is ready (issue 28, item 4 makes a start refuse them one by one).
 */
export function serverState(): ServerState {
  if (!holder.__archivesDuCloudReady) return { ready: false };
  const archive = getArchive();
  return { ready: true, archiveVersion: archiveVersion(archive), articles: archive.articles.length, refusedFiles: 0 };
}

import { derive, loadedArchive, type Archive } from "../archive";
import { newestChange } from "../seo/archive-dates";

/*
 * Whether this server is ready to answer from its own archive, for a health
 * check: false until the start (lib/startup.ts) has loaded and judged the
 * archive and built what pages share. Kept on globalThis: instrumentation
 * and route handlers are separate bundles.
 */
const holder = globalThis as typeof globalThis & { __archivesDuCloudReady?: boolean };

/** Called once the start is done. */
export function markReady(): void {
  holder.__archivesDuCloudReady = true;
}

export type ServerState = {
  ready: boolean;
  /** The newest publication or correction of the version served: two instances saying the same serve the same articles. */
  archiveVersion?: string;
  /** Articles published. */
  articles?: number;
  /** Files of the content directory refused (invalid, special, outside it), their last good version served if they have one. */
  refusedFiles?: number;
};

/** Computed once per version. */
const archiveVersion = (archive: Archive) => derive(archive, "archive-version", () => newestChange(archive.articles) ?? "vide");

/**
 * What a health check reports: never loads the archive itself.
 * @example serverState() // { ready: true, archiveVersion: "2026-11-23T14:08:27+00:00", articles: 27, refusedFiles: 1 }
 */
export function serverState(): ServerState {
  const archive = loadedArchive();
  if (!holder.__archivesDuCloudReady || !archive) return { ready: false };
  return { ready: true, archiveVersion: archiveVersion(archive), articles: archive.articles.length, refusedFiles: archive.refused?.size ?? 0 };
}

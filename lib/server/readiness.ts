import { archiveVersionCount, loadedArchive } from "../archive";

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
  /** The number of the archive version served, 1 at start, one more at each publication that changed something. */
  archiveVersion?: string;
  /** Articles published. */
  articles?: number;
  /** Files of the content directory refused (invalid, special, outside it), their last good version served if they have one. */
  refusedFiles?: number;
};

/**
 * What a health check reports: never loads the archive itself.
 * @example serverState() // { ready: true, archiveVersion: "3", articles: 27, refusedFiles: 1 }
 */
export function serverState(): ServerState {
  const archive = loadedArchive();
  if (!holder.__archivesDuCloudReady || !archive) return { ready: false };
  return { ready: true, archiveVersion: String(archiveVersionCount()), articles: archive.articles.length, refusedFiles: archive.refused?.size ?? 0 };
}

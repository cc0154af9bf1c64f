import fs from "node:fs";
import path from "node:path";

/** The folders a publication can change, and the files in them that count. */
const watched = { articles: /^[^/]+\.md$/, entities: /^[^/]+\.ya?ml$/ } as const;

/** Editors' saves come in bursts (temporary file, rename, metadata): wait for the burst to end. */
const settleMs = 60;

/**
 * Watches a content directory and calls `publish` with the files changed
 * (relative paths, "articles/x.md"), once each burst of changes has settled.
 * One non-recursive `fs.watch` (inotify) per folder: Node 20's recursive mode
 * on Linux loses the removal of a file that was replaced by a rename (what
 * `sed -i` and most editors do). Hosts where watching is impossible use
 * POST /api/publish instead.
 * @returns a function that stops watching
 */
export function watchContent(dir: string, publish: (files: string[]) => Promise<void>): () => void {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const flush = () => {
    const files = [...pending];
    pending.clear();
    // One publication at a time, in order: a burst arriving meanwhile waits for the previous one.
    running = running.then(() => publish(files)).catch((error) => console.error("Publication automatique impossible :", error));
  };
  const watchers = Object.entries(watched).map(([folder, pattern]) => {
    const watcher = fs.watch(path.join(dir, folder), (_event, name) => {
      if (!name || !pattern.test(name.toString())) return;
      pending.add(`${folder}/${name}`);
      clearTimeout(timer);
      timer = setTimeout(flush, settleMs);
    });
    watcher.on("error", (error) => console.error(`Surveillance de ${path.join(dir, folder)} interrompue :`, error));
    return watcher;
  });
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}

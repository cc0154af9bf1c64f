import { closeSharedCache } from "../cache/shared-cache-state";

/** Past this, the process exits whatever is still running: a container runtime kills it at 10 s. */
const deadlineMs = 8000;

/**
 * On SIGTERM or SIGINT (what systemd, a container runtime or Ctrl-C send),
 * stops what this server started beside Next: the content watcher first, so
 * that no publication begins, then the Redis connection (requests still
 * running use this process's caches). Next itself stops accepting, lets the
 * requests under way finish and exits (its own handler, in next start); if
 * one hangs, the process exits at `deadlineMs` anyway.
 */
export function stopOnSignals(stopWatching?: () => void): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`Archives du Cloud : ${signal} reçu, arrêt après les requêtes en cours.`);
    stopWatching?.();
    void closeSharedCache().catch(() => {});
    setTimeout(() => {
      console.error(`Archives du Cloud : arrêt forcé, des requêtes duraient encore ${deadlineMs / 1000} s après ${signal}.`);
      process.exit(signal === "SIGINT" ? 130 : 143);
    }, deadlineMs).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

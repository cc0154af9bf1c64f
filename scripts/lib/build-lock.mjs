// One `npm start` builds at a time per build folder: two instances started
// together after a code change would otherwise both run `next build` into
// the same folder, and the second stopped ("Another next build process is
// already running"). The second waits, then serves what the first built.
import fs from "node:fs";
import path from "node:path";

/**
 * Where the lock lives: in the build folder's `cache/`, which `next build`
 * keeps when it empties the folder.
 */
export const buildLockPath = (distDir) => path.join(distDir, "cache", "npm-start-build.lock");

/** Whether a process with this id runs (one of another user's counts). */
function running(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** The id of the process holding the lock, or undefined if it is free or left by a process that ended. */
function holder(file) {
  try {
    const pid = Number(fs.readFileSync(file, "utf8"));
    return running(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock, waiting (`pollMs` apart) while another running process
 * holds it; `onWait(pid)` is called once if it had to wait. A lock left by a
 * process that died is taken over. Resolves with `{ waited, release }`.
 * The lock file is created whole with the holder's id (written beside, then
 * linked: a link fails if the name exists), so no reader sees it empty.
 */
export async function acquireBuildLock(file, { pollMs = 500, onWait = () => {} } = {}) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const mine = `${file}.${process.pid}`;
  fs.writeFileSync(mine, String(process.pid));
  const forget = () => fs.rmSync(mine, { force: true });
  // A signal may end this process while it waits.
  process.once("exit", forget);
  let waited = false;
  try {
    for (;;) {
      try {
        fs.linkSync(mine, file);
        const release = () => {
          try {
            if (fs.readFileSync(file, "utf8") === String(process.pid)) fs.unlinkSync(file);
          } catch {
            // already gone
          }
        };
        return { waited, release };
      } catch (error) {
        if (error.code !== "EEXIST") throw error;
      }
      const pid = holder(file);
      if (pid === undefined) {
        // Left by a process that ended: remove it, unless another waiter already replaced it.
        const stale = fs.readFileSync(file, "utf8");
        if (!running(Number(stale))) fs.rmSync(file, { force: true });
        continue;
      }
      if (!waited) onWait(pid);
      waited = true;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  } finally {
    process.off("exit", forget);
    forget();
  }
}

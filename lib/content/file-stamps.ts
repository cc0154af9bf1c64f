import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";

/**
 * What a file's content is taken to be the same by: size and modification
 * time, as make and rsync judge, the time rounded to the millisecond: a copy
 * that keeps times through Node (`fs.cpSync`'s `preserveTimestamps`, `utimes`
 * with a Date) keeps them so rounded.
 */
export type FileStamp = { size: number; mtimeMs: number };

/** A file's stamp, the file itself and not what a symlink leads to: a symlink put in a file's place never passes for the file. */
export function stampOf(full: string): FileStamp | undefined {
  const stats = fs.lstatSync(full, { throwIfNoEntry: false });
  return stats && { size: stats.size, mtimeMs: Math.round(stats.mtimeMs) };
}

/*
 * The same stamps taken by a worker thread, written into shared memory: a
 * server starting from the archive snapshot stats every article file (1 s
 * and more at 100,000) while it decodes the articles on its own thread.
 */
const workerCode = `
const { workerData } = require("node:worker_threads");
const fs = require("node:fs");
const path = require("node:path");
const { dir, names, shared } = workerData;
const done = new Int32Array(shared, 0, 1);
const stamps = new Float64Array(shared, 8);
try {
  for (let i = 0; i < names.length; i++) {
    const stats = fs.lstatSync(path.join(dir, names[i]), { throwIfNoEntry: false });
    stamps[2 * i] = stats ? stats.size : NaN;
    stamps[2 * i + 1] = stats ? Math.round(stats.mtimeMs) : NaN;
  }
  Atomics.store(done, 0, 1);
} catch {
  Atomics.store(done, 0, 2);
}
Atomics.notify(done, 0);
`;

/** How long to wait for the worker before taking the stamps here: it stats files, it does not stall. */
const workerPatienceMs = 120_000;

/**
 * The stamps of `names` in `dir`, in their order, taken on a worker thread
 * when there are at least `threshold` of them (else here, at once: a thread
 * costs more than a few stats): start it, do other work, then call the
 * function returned. Falls back to taking them here if the worker fails.
 */
export function stampFiles(dir: string, names: readonly string[], threshold = 2000): () => (FileStamp | undefined)[] {
  const here = () => names.map((name) => stampOf(path.join(dir, name)));
  if (names.length < threshold) {
    const stamps = here();
    return () => stamps;
  }
  const shared = new SharedArrayBuffer(8 + 16 * names.length);
  let worker: Worker;
  try {
    worker = new Worker(workerCode, { eval: true, workerData: { dir, names, shared } });
  } catch {
    return here;
  }
  worker.unref();
  return () => {
    const done = new Int32Array(shared, 0, 1);
    Atomics.wait(done, 0, 0, workerPatienceMs);
    void worker.terminate();
    if (Atomics.load(done, 0) !== 1) return here();
    const stamps = new Float64Array(shared, 8);
    return names.map((_, i) => (Number.isNaN(stamps[2 * i]) ? undefined : { size: stamps[2 * i], mtimeMs: stamps[2 * i + 1] }));
  };
}

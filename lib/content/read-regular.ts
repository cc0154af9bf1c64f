import fs from "node:fs";
import path from "node:path";
import { megabytes } from "../text/file-size";

/*
 * Reading a file that someone else put in a directory: a content file, a raw
 * text, a page given to the importer. A symlink could lead out of the archive
 * (raw/x.txt → /etc/passwd), a FIFO never ends its read and blocks the whole
 * server, a device such as /dev/zero fills the memory. So the file is opened
 * without following a final symlink and without blocking (a FIFO opens at
 * once with O_NONBLOCK), judged through the open descriptor (what is read is
 * what was judged, even if the name is swapped meanwhile), and read through
 * that descriptor up to its limit, never beyond.
 */

export type RefusalReason = "missing" | "link" | "directory" | "special" | "outside" | "too-large" | "unreadable";

export type RegularFile = { ok: true; bytes: Buffer } | { ok: false; reason: RefusalReason; message: string; size?: number };

const refusals: Record<Exclude<RefusalReason, "too-large" | "unreadable">, string> = {
  missing: "fichier introuvable",
  link: "lien symbolique refusé : un fichier ordinaire est attendu",
  directory: "c'est un dossier : un fichier ordinaire est attendu",
  special: "fichier spécial refusé (tube nommé, périphérique ou socket) : un fichier ordinaire est attendu",
  outside: "hors du dossier du contenu : refusé",
};

const refuse = (reason: keyof typeof refusals): RegularFile => ({ ok: false, reason, message: refusals[reason] });

/** The path the descriptor really designates (Linux), else the file's resolved path. */
function openedPath(fd: number, full: string): string {
  try {
    return fs.readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return fs.realpathSync(full);
  }
}

/** Whether `file` is `root` or inside it (both resolved paths). */
const inside = (root: string, file: string) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);

export type ReadOptions = {
  /** Most bytes accepted; a file larger is refused without reading it. */
  limit: number;
  /** A resolved directory (fs.realpathSync) the file must be in, symlinked folders on the way included. */
  within?: string;
  /** Follow a final symlink (an importer's input, named by the operator), still requiring a regular file at its end. */
  followLinks?: boolean;
};

/**
 * The bytes of a regular file, or why it is refused, without ever blocking or
 * reading past `limit`. Messages are in French and never quote the file's content.
 * @example readRegularFile("/tmp/fifo.md", { limit: 1024 }) // { ok: false, reason: "special", … }
 */
export function readRegularFile(full: string, { limit, within, followLinks = false }: ReadOptions): RegularFile {
  let fd: number;
  try {
    fd = fs.openSync(full, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | (followLinks ? 0 : fs.constants.O_NOFOLLOW));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return refuse("missing");
    if (code === "ELOOP") return refuse("link");
    if (code === "EISDIR") return refuse("directory");
    if (code === "ENXIO" || code === "ENODEV") return refuse("special");
    return { ok: false, reason: "unreadable", message: `lecture impossible (${code ?? "erreur inconnue"})` };
  }
  try {
    const stats = fs.fstatSync(fd);
    if (stats.isDirectory()) return refuse("directory");
    if (!stats.isFile()) return refuse("special");
    if (within !== undefined && !inside(within, openedPath(fd, full))) return refuse("outside");
    if (stats.size > limit) return { ok: false, reason: "too-large", message: tooLargeMessage(stats.size, limit), size: stats.size };
    // One byte more than the file's size, up to the limit: a file that grows while it is read is seen growing, and refused past the limit, not cut.
    let buffer = Buffer.allocUnsafe(Math.min(limit, stats.size) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) return { ok: false, reason: "too-large", message: tooLargeMessage(length, limit), size: length };
        const larger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, reason: "unreadable", message: `lecture impossible (${(error as NodeJS.ErrnoException).code ?? "erreur inconnue"})` };
  } finally {
    fs.closeSync(fd);
  }
}

export function tooLargeMessage(bytes: number, limit: number): string {
  return `fichier trop volumineux : ${megabytes(bytes)}, au plus ${megabytes(limit)} acceptés`;
}

/** The kind of a directory entry as the archive judges it, without following a symlink: "file" for a regular file only. */
export function entryKind(full: string): "file" | "missing" | Exclude<RefusalReason, "missing" | "too-large" | "unreadable" | "outside"> {
  const stats = fs.lstatSync(full, { throwIfNoEntry: false });
  if (!stats) return "missing";
  if (stats.isSymbolicLink()) return "link";
  if (stats.isDirectory()) return "directory";
  return stats.isFile() ? "file" : "special";
}

/** A directory as the kernel resolves it (symlinks on the way followed), to check that files stay inside; itself when it does not exist. */
export function realDir(dir: string): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}

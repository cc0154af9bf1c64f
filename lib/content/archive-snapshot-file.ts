import fs from "node:fs";
import path from "node:path";
import type { ArchiveSnapshot, BodiesInFile } from "./archive-snapshot";

/*
 * The archive snapshot's file (lib/content/archive-snapshot.ts), beside the
 * build: the length of the header (4 bytes), the header (JSON: everything
 * but the articles and their bodies), the articles (their JSON texts end to
 * end, UTF-8, as many bytes as the header's `articleBytes` says), then every
 * body as UTF-8.
 */

const headerLength = 4;

/** `buffer.length` bytes of the file from `position`: a single read may return fewer. */
function readFully(fd: number, buffer: Buffer, position: number): void {
  for (let done = 0; done < buffer.length; ) {
    const read = fs.readSync(fd, buffer, done, buffer.length - done, position + done);
    if (read === 0) throw new Error("instantané tronqué");
    done += read;
  }
}

/** Where the build leaves the snapshot: beside its own output and the search index. */
export function archiveSnapshotFile(distDir = process.env.NEXT_DIST_DIR ?? ".next"): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), distDir, "archive-snapshot.bin");
}

/** The id of the build in `distDir`, or undefined when there is none. */
export function buildIdOf(distDir = process.env.NEXT_DIST_DIR ?? ".next"): string | undefined {
  try {
    return fs.readFileSync(path.resolve(/*turbopackIgnore: true*/ process.cwd(), distDir, "BUILD_ID"), "utf8").trim();
  } catch {
    return undefined;
  }
}

/** Writes a snapshot made in memory (`snapshotOfArticles`). */
export function writeArchiveSnapshot({ bodies, articles, ...header }: ArchiveSnapshot & { bodies: Buffer }, file = archiveSnapshotFile()): void {
  const serialized = Buffer.from(JSON.stringify({ ...header, articleBytes: articles.length }), "utf8");
  const length = Buffer.alloc(headerLength);
  length.writeUInt32LE(serialized.length);
  // Written beside, then renamed: a server starting meanwhile reads the old snapshot or the new one, never half of one.
  fs.writeFileSync(`${file}.tmp`, Buffer.concat([length, serialized, articles, bodies]));
  fs.renameSync(`${file}.tmp`, file);
}

/**
 * The snapshot in `file` if it belongs to the build `buildId`, else undefined
 * (none, unreadable, or another build's), with the reason told to
 * `unusable`: a server that falls back to reading every file starts ten times
 * slower, and its operator should know why. Its bodies are left in the file,
 * kept open: a build written meanwhile replaces the file by a new one (a
 * rename), so the one open stays the one these bodies are in.
 */
export function readArchiveSnapshot(file = archiveSnapshotFile(), buildId = buildIdOf(), unusable: (reason: string) => void = () => {}): ArchiveSnapshot | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, "r");
    const length = Buffer.alloc(headerLength);
    readFully(fd, length, 0);
    const header = Buffer.allocUnsafe(length.readUInt32LE());
    readFully(fd, header, headerLength);
    const { articleBytes, ...snapshot } = JSON.parse(header.toString("utf8")) as Omit<ArchiveSnapshot, "bodies" | "articles"> & { articleBytes: number };
    if (snapshot?.version !== 4) return void unusable(`l’instantané de l’archive (${file}) est d’un autre format`);
    if (snapshot.buildId !== buildId) return void unusable(`l’instantané de l’archive (${file}) est celui d’une autre construction (${snapshot.buildId}, le serveur sert ${buildId}) : relancer « npm run build »`);
    const articles = Buffer.allocUnsafe(articleBytes);
    readFully(fd, articles, headerLength + header.length);
    const open = fd;
    const at = headerLength + header.length + articleBytes;
    const bodies: BodiesInFile = {
      read(start, end) {
        const text = Buffer.allocUnsafe(end - start);
        readFully(open, text, at + start);
        return text.toString("utf8");
      },
    };
    fd = undefined;
    return { ...snapshot, articles, bodies };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return void unusable(`pas d’instantané de l’archive (${file}, écrit par « npm run build »)`);
    return void unusable(`l’instantané de l’archive (${file}) est illisible (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

import type { ContentProblem } from "./content-error";
import { readRegularFile, tooLargeMessage } from "./read-regular";

/** Largest registry file accepted: today's are under 20 kB, a 10,000-article synthetic one under 1 MB. */
export const maxRegistryBytes = 8 * 1024 * 1024;

/** The problem of a file refused for its size. */
export function tooLarge(file: string, bytes: number, limit: number): ContentProblem {
  return { file, message: tooLargeMessage(bytes, limit) };
}

/**
 * A content file's text, or why it is refused: a regular file, no symlink,
 * inside `within` when given (lib/content/read-regular.ts), its size checked
 * before it is read, so that a huge file costs neither memory nor parsing
 * time, and a FIFO or a device never blocks the server.
 * @param label the path shown in messages
 * @param within the content directory, resolved (`realDir`)
 */
export function readLimited(full: string, label: string, limit: number, within?: string): { ok: true; text: string } | { ok: false; problem: ContentProblem } {
  const read = readRegularFile(full, { limit, within });
  if (!read.ok) return { ok: false, problem: { file: label, message: read.message } };
  return { ok: true, text: read.bytes.toString("utf8") };
}

import fs from "node:fs";
import type { ContentProblem } from "./content-error";

/** Largest registry file accepted: today's are under 20 kB, a 10,000-article synthetic one under 1 MB. */
export const maxRegistryBytes = 8 * 1024 * 1024;

/** The problem of a file refused for its size. */
export function tooLarge(file: string, bytes: number, limit: number): ContentProblem {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace(".", ",")} Mo`;
  return { file, message: `fichier trop volumineux : ${mb(bytes)}, au plus ${mb(limit)} acceptés` };
}

/**
 * A content file's text, or why it is refused: its size is checked before it
 * is read, so that a huge file costs neither memory nor parsing time.
 * @param label the path shown in messages
 */
export function readLimited(full: string, label: string, limit: number): { ok: true; text: string } | { ok: false; problem: ContentProblem } {
  const { size } = fs.statSync(full);
  if (size > limit) return { ok: false, problem: tooLarge(label, size, limit) };
  return { ok: true, text: fs.readFileSync(full, "utf8") };
}

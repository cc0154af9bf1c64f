import fs from "node:fs";
import path from "node:path";
import type { ContentProblem } from "./content-error";
import { readLimited } from "./read-limited";

/*
 * The archive holds the raw texts its articles were converted from, in
 * `raw/` beside `articles/`: anyone with a clone can check an article against
 * its source, and readers can read it at /sources/<file>.
 */

/** Largest raw text served: today's are under 3 kB, a long web page under 200 kB. */
export const maxRawBytes = 2 * 1024 * 1024;

type ArchiveLike = { dir: string; articles: readonly { raw: string }[] };

export function rawDir(contentDir: string): string {
  return path.join(contentDir, "raw");
}

/** The files of `raw/`, read once per load (one directory listing, not one check per article). */
export function listRawTexts(contentDir: string): Set<string> {
  const dir = rawDir(contentDir);
  return new Set(fs.existsSync(dir) ? fs.readdirSync(dir) : []);
}

/** The problem of an article whose `raw:` names no file of `raw/`. */
export function missingRaw(file: string, raw: string, available: ReadonlySet<string>): ContentProblem | undefined {
  if (available.has(raw)) return undefined;
  return { file, field: "raw", message: "texte brut introuvable dans le dossier raw/ de l'archive", found: raw };
}

/** Where readers find a raw text: /sources/<file>. */
export function sourcePath(name: string): string {
  return `/sources/${encodeURIComponent(name)}`;
}

/** Every raw text the articles name, sorted: the files /sources/ serves. */
export function rawTextNames(archive: ArchiveLike): string[] {
  return [...new Set(archive.articles.map((a) => a.raw))].sort();
}

/**
 * The raw text of that name, or undefined when no article names it: a name
 * from a URL is only ever compared with the archive's own, never joined to a
 * path unchecked.
 */
export function getRawText(archive: ArchiveLike, name: string): string | undefined {
  if (!archive.articles.some((a) => a.raw === name)) return undefined;
  const read = readLimited(path.join(rawDir(archive.dir), name), name, maxRawBytes);
  return read.ok ? read.text : undefined;
}

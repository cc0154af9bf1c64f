import fs from "node:fs";
import path from "node:path";
import type { ContentProblem } from "./content-error";
import { readLimited } from "./read-limited";
import { realDir } from "./read-regular";

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

/**
 * The regular files of `raw/`, the names an article's `raw:` may give; what
 * else `raw/` holds (a symlink, a folder, a FIFO) is kept apart in `others`,
 * to say why an article naming it is refused.
 */
export type RawTexts = ReadonlySet<string> & { readonly others?: ReadonlyMap<string, string> };

const otherKinds: Record<string, string> = {
  link: "un lien symbolique",
  directory: "un dossier",
  special: "un fichier spécial (tube nommé, périphérique ou socket)",
};

/** The files of `raw/`, listed once per load (one directory listing, not one check per article). */
export function listRawTexts(contentDir: string): RawTexts {
  const dir = rawDir(contentDir);
  const files = new Set<string>();
  const others = new Map<string, string>();
  const entries = fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : [];
  for (const entry of entries) {
    if (entry.isFile()) files.add(entry.name);
    else others.set(entry.name, otherKinds[entry.isSymbolicLink() ? "link" : entry.isDirectory() ? "directory" : "special"]);
  }
  return Object.assign(files, { others });
}

/** The problem of an article whose `raw:` names no regular file of `raw/`. */
export function missingRaw(file: string, raw: string, available: RawTexts): ContentProblem | undefined {
  if (available.has(raw)) return undefined;
  const other = available.others?.get(raw);
  if (other) return { file, field: "raw", message: `texte brut refusé : c'est ${other} dans raw/, un fichier ordinaire est attendu`, found: raw };
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
  const dir = rawDir(archive.dir);
  // Read as every content file is: a regular file inside raw/, never through a symlink, never a FIFO.
  const read = readLimited(path.join(dir, name), name, maxRawBytes, realDir(dir));
  return read.ok ? read.text : undefined;
}

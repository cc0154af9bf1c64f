import { readRegularFile } from "../../content/read-regular";
import { megabytes } from "../../text/file-size";

/** Below this, a file is a fragment (a title, a teaser), not an article to archive. */
export const MIN_RAW_LENGTH = 200;

/**
 * Above this (1 Mo), a raw text is refused before any parsing: a news page is
 * a few dozen kilobytes, and the importer's time grows with the size.
 */
export const MAX_RAW_BYTES = 1024 * 1024;

const tooBig = (bytes: number): RawResult =>
  fail("too-big", `texte brut trop volumineux (${megabytes(bytes)}, ${megabytes(MAX_RAW_BYTES)} au plus) : refusé avant toute analyse ; une page d'article fait quelques dizaines de kilo-octets`);

export type RawProblemKind = "missing" | "directory" | "special" | "unreadable" | "empty" | "binary" | "encoding" | "too-short" | "too-big";

export type RawProblem = { kind: RawProblemKind; message: string };

export type RawResult = { ok: true; text: string; bytes?: Uint8Array } | { ok: false; problem: RawProblem };

const fail = (kind: RawProblemKind, message: string): RawResult => ({ ok: false, problem: { kind, message } });

/**
 * Bytes of a raw page to its text, or the reason it cannot be an article.
 * Line endings become "\n" and a byte-order mark is dropped; nothing else changes.
 * @example decodeRaw(new Uint8Array([0xe9])) // { ok: false, problem: { kind: "encoding", … } }
 */
export function decodeRaw(bytes: Uint8Array): RawResult {
  if (bytes.length === 0) return fail("empty", "fichier vide");
  if (bytes.length > MAX_RAW_BYTES) return tooBig(bytes.length);
  if (bytes.includes(0)) return fail("binary", "fichier binaire (octet NUL trouvé) : un texte brut est attendu");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail(
      "encoding",
      "encodage invalide : le fichier n'est pas en UTF-8 (sans doute ISO-8859-1 ou Windows-1252 ; le convertir, par exemple avec « iconv -f latin1 -t utf-8 »)",
    );
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const length = text.trim().length;
  if (length === 0) return fail("empty", "fichier vide (seulement des espaces)");
  if (length < MIN_RAW_LENGTH) {
    return fail("too-short", `texte trop court (${length} caractères, ${MIN_RAW_LENGTH} au minimum) : ce n'est pas un article complet`);
  }
  return { ok: true, text };
}

/**
 * Reads a raw file from disk; never throws, every failure becomes a RawProblem.
 * A symlink is followed (the operator names the file), but what it leads to
 * must be a regular file: a FIFO or a device (/dev/zero) is refused at once,
 * never waited on nor read without end (lib/content/read-regular.ts).
 */
export function readRaw(file: string): RawResult {
  const read = readRegularFile(file, { limit: MAX_RAW_BYTES, followLinks: true });
  if (read.ok) {
    const decoded = decodeRaw(read.bytes);
    return decoded.ok ? { ...decoded, bytes: read.bytes } : decoded;
  }
  switch (read.reason) {
    case "missing":
      return fail("missing", "fichier introuvable");
    case "directory":
      return fail("directory", "c'est un dossier : un fichier texte est attendu");
    case "special":
      return fail("special", "fichier spécial (tube nommé, périphérique ou socket) : un fichier texte ordinaire est attendu");
    case "too-large":
      return tooBig(read.size ?? MAX_RAW_BYTES + 1);
    default:
      return fail("unreadable", read.message);
  }
}

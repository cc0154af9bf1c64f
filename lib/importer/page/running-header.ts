import { findDateMentions } from "./dates";
import { wordCount } from "./line-shapes";
import { type Clue, nameShaped } from "./publisher";

/** Words a publication's name keeps in small letters (« L'Écho du Nord-Isère »). */
const PARTICLES = new Set(["de", "du", "des", "la", "le", "les", "et", "en", "sur", "d'", "l'", "d’", "l’", "à", "au", "aux"]);

/** A name printed in capitals, in a title's case: small particles, capitals after a hyphen or an apostrophe. */
function titleCased(name: string): string {
  return name
    .toLowerCase()
    .split(" ")
    .map((w, k) => (k > 0 && PARTICLES.has(w) ? w : w.replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())))
    .join(" ")
    .replace(/(^|\s)([DL])(['’])(?=\p{Lu})/gu, (_, sp: string, c: string, q: string) => `${sp}${sp ? c.toLowerCase() : c}${q}`);
}

/**
 * A print page's running header (« L'ÉCHO DU NORD-ISÈRE JEUDI 6 MARS 2025 14 »,
 * taken out of the text as a PDF's page mark): the paper's name, before its date.
 */
export function runningHeaderClue(pageMarks: readonly string[]): Clue[] {
  for (const mark of pageMarks) {
    const date = findDateMentions(mark).find((d) => d.year !== undefined);
    const name = date ? mark.slice(0, date.index).replace(/[\s,–—|-]+$/u, "").trim() : "";
    if (nameShaped(name) && wordCount(name) >= 2) return [{ name: name === name.toUpperCase() ? titleCased(name) : name, weight: 3, why: "en-tête de page imprimée" }];
  }
  return [];
}
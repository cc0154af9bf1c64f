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
/** « Groupe Hexanet – Rapport financier annuel 2024 »: an issuer's name, then the kind of document it prints on each page. */
const DOCUMENT_HEADER = /^(\p{Lu}[\p{L}\p{N}'’&. -]{2,40}?)\s[–—]\s(?:rapport|document|bulletin|lettre|brochure|plaquette|dossier)\b/iu;

/**
 * A report's running header and footer, each naming its issuer before the
 * document (« Groupe Hexanet – Document d'enregistrement universel », then
 * « Groupe Hexanet – Rapport financier annuel 2024 »): the same name on two
 * such lines is the page's issuer. One line alone may be a headline's words.
 */
export function documentIssuerClue(lines: readonly string[]): Clue[] {
  const names = lines.filter((l) => l.length <= 120).map((l) => DOCUMENT_HEADER.exec(l.trim())?.[1].trim()).filter((n): n is string => !!n && nameShaped(n));
  const repeated = names.find((n, i) => names.indexOf(n) !== i);
  return repeated ? [{ name: repeated, weight: 3, why: "en-tête et pied du document" }] : [];
}

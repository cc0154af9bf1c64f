import { Encoder } from "flexsearch";
import french from "flexsearch/lang/fr";
import { foldText, words } from "../text";

/**
 * French stop words: flexsearch's French pack (already folded: "etait", "meme")
 * plus the elided letters and a few articles it leaves out. Removed from the
 * index and from queries, so "la sécurité des données" ranks on its nouns.
 */
export const stopWords: ReadonlySet<string> = new Set([
  ...(french.filter instanceof Set ? french.filter : []),
  ...["a", "c", "d", "j", "l", "m", "n", "s", "t", "y", "qu", "les", "aux", "un", "une", "est", "sont", "ou", "si", "plus", "tres"],
]);

/**
 * A light French stemmer for folded words: plural and feminine endings only,
 * so "sécurisées" meets "sécurisé" and "allemandes" meets "allemand", while
 * words stay recognisable (flexsearch's own French stemmer cuts "données" to
 * "don"). Short words (names like "aws", "dt") are left alone.
 * @example stem("allemandes") // "allemand"
 * @example stem("centraux") // "central"
 * @example stem("securite") // "securit"
 */
export function stem(word: string): string {
  let w = word;
  if (w.length < 4) return w;
  if (w.endsWith("aux") && w.length > 5) w = `${w.slice(0, -3)}al`;
  else if (w.endsWith("x") && w.length > 4) w = w.slice(0, -1);
  else if (w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

/**
 * The encoder every field of the index and every query goes through:
 * accents and case folded (with "œ" → "oe"), split on anything that is not a
 * letter or digit (hyphens and apostrophes included: "l'e-commerce" → "e",
 * "commerce"), stop words dropped, light stemming. Numbers stay whole ("2023")
 * and double letters stay double (dedupe off) so a misspelling is caught by
 * the typo corrector, which can tell the reader what it changed.
 */
export function createFrenchEncoder(): Encoder {
  return new Encoder({
    normalize: foldText,
    split: /[^a-z0-9]+/,
    numeric: false,
    dedupe: false,
    filter: stopWords as Set<string>,
    finalize: (terms) => terms.map(stem),
  });
}

/** A word of a query: what the reader typed (folded) and the index term it stands for. */
export type QueryWord = { word: string; term: string };

/**
 * The words of a query that count for matching: folded, split like the index,
 * stop words dropped, duplicates removed.
 * @example queryWords("La Sécurité des e-commerce") // [{word:"securite",term:"securit"}, {word:"e",term:"e"}, {word:"commerce",term:"commerce"}]
 */
export function queryWords(query: string): QueryWord[] {
  const seen = new Set<string>();
  const result: QueryWord[] = [];
  for (const word of words(query)) {
    if (stopWords.has(word)) continue;
    const term = stem(word);
    if (seen.has(term)) continue;
    seen.add(term);
    result.push({ word, term });
  }
  return result;
}

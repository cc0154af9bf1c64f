import { stemmer as snowballFrench } from "@orama/stemmers/french";
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
 * Word families Snowball leaves apart although readers use one for the other
 * ("ouverture" for "ouvre"): stem → the stem of the family. Only families
 * seen in readers' queries; a wrong entry merges words, so keep it short.
 */
const families = new Map([
  ["ouvertur", "ouvr"],
  ["ouvert", "ouvr"],
  ["construit", "construct"],
  ["construir", "construct"],
  ["acquiert", "acquisit"],
  ["acquier", "acquisit"],
  ["rachet", "rachat"],
  ["introduit", "introduct"],
  ["introduir", "introduct"],
]);

/*
 * Snowball is a few microseconds a word and an archive repeats its words:
 * the stems are kept (bounded, cleared when full).
 */
const stems = new Map<string, string>();
const STEMS_MAX = 200_000;

/**
 * The French stem of a folded word: Snowball's French stemmer (through
 * @orama/stemmers, decision 016) on the folded word, so a query typed without
 * accents meets the text, then the word families above. Words with a digit
 * ("2019", "pa10") and words under four letters ("aws", "ia") are left whole.
 * @example stem("inauguration") // "inaugur", as stem("inaugure")
 * @example stem("investissements") // "invest", as stem("investit")
 * @example stem("ouverture") // "ouvr", as stem("ouvre")
 */
export function stem(word: string): string {
  if (word.length < 4 || /\d/.test(word)) return word;
  let result = stems.get(word);
  if (result === undefined) {
    const snowball = snowballFrench(word);
    result = families.get(snowball) ?? snowball;
    if (stems.size >= STEMS_MAX) stems.clear();
    stems.set(word, result);
  }
  return result;
}

/** How an exact word is told from a stem in a field that keeps both: "=inauguration" beside "inaugur". */
export const exactMark = "=";

/**
 * The encoder of the index's fields: accents and case folded (with "œ" →
 * "oe"), split on anything that is not a letter or digit (hyphens and
 * apostrophes included: "l'e-commerce" → "e", "commerce"), stop words
 * dropped, then each word as its stem; with `keepExact`, each word also as
 * itself, marked (`exactMark`), so an exact match can rank above a stem's.
 * Numbers stay whole ("2023") and double letters stay double (dedupe off) so
 * a misspelling is caught by the typo corrector, which can tell the reader
 * what it changed. Queries are not encoded by it (see `queryWords`).
 */
export function createFrenchEncoder({ keepExact = false } = {}): Encoder {
  return new Encoder({
    normalize: foldText,
    split: /[^a-z0-9]+/,
    numeric: false,
    dedupe: false,
    filter: stopWords as Set<string>,
    finalize: keepExact ? (terms: string[]) => terms.flatMap((term) => [stem(term), `${exactMark}${term}`]) : (terms: string[]) => terms.map(stem),
  });
}

/** A word of a query: what the reader typed (folded) and the index term it stands for. */
export type QueryWord = { word: string; term: string };

/**
 * The words of a query that count for matching: folded, split like the index,
 * stop words dropped, duplicates removed.
 * @example queryWords("La Sécurité des e-commerce") // [{word:"securite",term:"securit"}, {word:"e",term:"e"}, {word:"commerce",term:"commerc"}]
 */
export function queryWords(query: string): QueryWord[] {
  const seen = new Set<string>();
  const result: QueryWord[] = [];
  for (const word of words(query)) {
    if (stopWords.has(word)) continue;
    const term = stem(word);
    // "sécurité, la sécurité" and "serveur serveurs" are one word of the query.
    if (seen.has(term)) continue;
    seen.add(term);
    result.push({ word, term });
  }
  return result;
}

/** A sentence of a body, as offsets into it, so that what quotes it is verbatim. */
export type Sentence = { text: string; start: number; end: number; paragraph: number };

/*
 * Words after which a full stop does not end a sentence: titles (« M. Dupont »),
 * abbreviations, legal forms. A lone capital ("J. Martin", "U.S.") is never an end either.
 */
const ABBREVIATIONS = new Set([
  "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "av", "env", "cf", "etc", "p", "pp", "no", "vol", "art", "min", "max",
  "inc", "corp", "ltd", "co", "sa", "jr", "sr", "ex", "fig", "éd", "ed", "dép", "tél", "hab", "mds", "mrd", "md",
]);

/** Characters beyond which an unclosed quote is taken for a typo. */
const QUOTE_REACH = 400;
const OPENING = /[«“]/;
const CLOSING = /[»”]/;
/** What may start the next sentence: a capital, a digit, an opening quote or a dash of dialogue. */
const NEXT = /[\p{Lu}\p{N}«“"(–—]/u;

/**
 * The sentences of a Markdown body, paragraph by paragraph (headings left out:
 * an intertitle states nothing by itself). A stop inside « … » does not end
 * the sentence that quotes it; « M. », « 1,2 », « 4.0 » and initials do not either.
 * @example splitSentences("M. Dupont a parlé. Il part.").map((s) => s.text) // ["M. Dupont a parlé.", "Il part."]
 */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = -1;
  for (const block of body.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g)) {
    const text = block[0];
    if (/^\s*#/.test(text) || !text.trim()) continue;
    paragraph++;
    const offset = block.index!;
    let from = 0;
    let depth = 0;
    let straight = false;
    let quoted = 0;
    const push = (to: number) => {
      const raw = text.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const piece = raw.trim();
      if (piece) sentences.push({ text: piece, start: offset + from + lead, end: offset + from + lead + piece.length, paragraph });
      from = to;
    };
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (OPENING.test(c)) depth++;
      else if (CLOSING.test(c)) depth = Math.max(0, depth - 1);
      else if (c === '"') straight = !straight;
      if (depth === 0 && !straight) quoted = i;
      if (!/[.!?…]/.test(c)) continue;
      // The stop may be followed by the quote it closes: « … fin. » Suite.
      let j = i + 1;
      for (let close = /^[ \u00A0\u202F]?([»”"')])/.exec(text.slice(j)); close; close = /^[ \u00A0\u202F]?([»”"')])/.exec(text.slice(j))) {
        // A straight quote after the stop closes only an open one; otherwise it opens the next sentence.
        if (close[1] === '"' && !straight) break;
        if (CLOSING.test(close[1])) depth = Math.max(0, depth - 1);
        else if (close[1] === '"') straight = false;
        j += close[0].length;
      }
      // A quote mark left open (a typo, a stray inch sign) must not glue the rest of the paragraph together.
      if ((depth > 0 || straight) && i - quoted < QUOTE_REACH) continue;
      depth = 0;
      straight = false;
      const space = /^\s+/.exec(text.slice(j))?.[0].length ?? 0;
      if (!space || !NEXT.test(text[j + space] ?? "")) continue;
      if (c === "." && isAbbreviation(text.slice(0, i))) continue;
      push(j);
      i = j - 1;
    }
    push(text.length);
  }
  return sentences;
}

function isAbbreviation(before: string): boolean {
  const word = /([\p{L}]+)$/u.exec(before)?.[1];
  if (!word) return false;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

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
      for (let close = closeAt(text, j); close; close = closeAt(text, j)) {
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
      let space = 0;
      while (j + space < text.length && /\s/.test(text[j + space])) space++;
      if (!space || !NEXT.test(text[j + space] ?? "")) continue;
      if (c === "." && isAbbreviation(text, i)) continue;
      push(j);
      i = j - 1;
    }
    push(text.length);
  }
  return sentences;
}

/*
 * Sticky and read at an offset, never on a slice of the paragraph: slicing the text
 * before every stop made a 1 Mo line without breaks quadratic (minutes).
 */
const CLOSE = /[ \u00A0\u202F]?([»”"')])/y;

function closeAt(text: string, at: number): RegExpExecArray | null {
  CLOSE.lastIndex = at;
  return CLOSE.exec(text);
}

/** Whether the word that ends right before `stop` is one after which a full stop does not end a sentence. */
function isAbbreviation(text: string, stop: number): boolean {
  let from = stop;
  while (from > 0 && /\p{L}/u.test(text[from - 1])) from--;
  const word = text.slice(from, stop);
  if (!word) return false;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

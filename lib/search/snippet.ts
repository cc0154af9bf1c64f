import { frenchTypography } from "../french-typography";
import { headingText, markdownText } from "../markdown-text";
import { foldText } from "../text";
import { stem, stopWords } from "./encoder";

/** A piece of a snippet: plain text, or a matched word to show in `<mark>`. */
export type SnippetPart = { text: string; mark: boolean };

/**
 * Markdown reduced to the text a reader sees: headings, emphasis, links and
 * HTML tags removed, whitespace collapsed.
 * @example plainText("## Titre\n\nUn [lien](https://x.fr) **gras**") // "Titre Un lien gras"
 */
export function plainText(markdown: string): string {
  return markdownText(markdown);
}

export type SnippetSources = { prose: string; headings: string[] };

/*
 * A whitespace run (one class repeated: linear), kept unbreakable if it held
 * a no-break space. After it no run is longer than one character, so French
 * spacing's patterns, which rescan a run of spaces, stay linear too.
 */
const whitespaceRun = /\s+/g;
const oneSpace = (run: string) => (run.length === 1 ? run : run.includes("\u202f") ? "\u202f" : run.includes("\u00a0") ? "\u00a0" : " ");

/**
 * Text as a snippet shows it: with the French spacing the article's page
 * gives its body (no-break space before « : », « ; ! ? » and inside
 * guillemets, lib/french-typography.ts), so a snippet reads as its article.
 * Applied to the passage shown, not the whole body: a mark is a word, so a
 * space and the sign after it are never in different parts.
 * @example typeset("Alibaba : « le cloud »") // "Alibaba\u00a0: «\u00a0le cloud\u00a0»"
 */
export function typeset(text: string): string {
  return frenchTypography(text.replace(whitespaceRun, oneSpace));
}

/**
 * An article body as snippets read it: its prose (paragraphs, lists, quotes)
 * as one text, and its subheadings apart. A subheading is a title, not the
 * start of a sentence: run into the paragraph after it, it would read
 * "Un centre à Francfort Le groupe a annoncé…".
 * @example snippetSources("## Un centre\n\nLe groupe a annoncé.") // { prose: "Le groupe a annoncé.", headings: ["Un centre"] }
 */
export function snippetSources(markdown: string): SnippetSources {
  const prose: string[] = [];
  const headings: string[] = [];
  let inFence = false;
  for (const line of markdown.split("\n")) {
    if (/^ {0,3}(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? undefined : headingText(line);
    if (heading === undefined) prose.push(line);
    else if (heading) headings.push(plainText(heading));
  }
  return { prose: plainText(prose.join("\n")), headings: headings.filter(Boolean) };
}

const letterOrDigit = /[\p{L}\p{N}\p{M}]/u;

/** Whether a UTF-16 code unit belongs to a word: ASCII and Latin letters by range, the rest by Unicode class. */
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  return code >= 0xd800 && code <= 0xdfff ? false : letterOrDigit.test(String.fromCharCode(code));
}
const asciiWord = /^[A-Za-z0-9]+$/;

type Token = { start: number; end: number; matched: number };

/*
 * A word's folded form and stem (null for a stop word), shared by every
 * snippet: the same words recur across articles, and folding and stemming
 * them was most of a snippet's cost. Bounded: cleared when full.
 */
const analysed = new Map<string, readonly [string, string] | null>();
const ANALYSED_MAX = 100_000;

function analyse(word: string): readonly [string, string] | null {
  let result = analysed.get(word);
  if (result === undefined) {
    // Most words are plain ASCII: lower-casing them is all folding does.
    const folded = asciiWord.test(word) ? word.toLowerCase() : foldText(word);
    result = stopWords.has(folded) ? null : [folded, stem(folded)];
    if (analysed.size >= ANALYSED_MAX) analysed.clear();
    analysed.set(word, result);
  }
  return result;
}

/**
 * Whether a word of the text matches one of the query's terms: same stem, or,
 * for the word being typed, same beginning (`prefixes`).
 */
function matchTerm(word: string, terms: readonly string[], prefixes: readonly string[]): number {
  const analysed = analyse(word);
  if (!analysed) return -1;
  const [folded, term] = analysed;
  const index = terms.indexOf(term);
  if (index >= 0) return index;
  return prefixes.findIndex((p) => folded.startsWith(p)) >= 0 ? terms.length : -1;
}

/**
 * The passage of `text` that holds most of the query's terms (about `length`
 * characters, cut at word boundaries), split into parts with the matched
 * words marked. Whole words only: "cloud" marks "clouds" but not "Cloudflare".
 * Returns the opening of the text, unmarked, when nothing matches.
 * @example makeSnippet("Le cloud public allemand", ["allemand"]) // [{text:"Le cloud public ",mark:false},{text:"allemand",mark:true}]
 */
export function makeSnippet(text: string, terms: readonly string[], length = 220, prefixes: readonly string[] = []): SnippetPart[] {
  const tokens: Token[] = [];
  const seen = new Map<string, number>();
  const searching = terms.length > 0 || prefixes.length > 0;
  // A hand-rolled scan: several times faster than a Unicode regex over a whole article.
  for (let i = 0; i < text.length; ) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
    let matched = -1;
    if (searching) {
      const word = text.slice(start, i);
      matched = seen.get(word) ?? matchTerm(word, terms, prefixes);
      seen.set(word, matched);
    }
    tokens.push({ start, end: i, matched });
  }
  if (tokens.length === 0) return text ? [{ text: typeset(text.slice(0, length)), mark: false }] : [];

  // Slide a window over the tokens; keep the one with most distinct terms, then most matches.
  let bestStart = 0;
  let bestScore = -1;
  let end = 0;
  for (let start = 0; start < tokens.length; start++) {
    if (tokens[start].matched < 0 && start > 0) continue;
    while (end < tokens.length && tokens[end].end - tokens[start].start <= length) end++;
    const distinct = new Set<number>();
    let hits = 0;
    for (let i = start; i < end; i++) {
      if (tokens[i].matched >= 0) {
        distinct.add(tokens[i].matched);
        hits++;
      }
    }
    const score = distinct.size * 1000 + hits;
    if (score > bestScore) {
      bestScore = score;
      bestStart = start;
    }
  }
  // Start a few words before the first match so the passage reads as a sentence.
  let first = bestStart;
  if (tokens[bestStart].matched >= 0) {
    first = Math.max(0, bestStart - 6);
    while (first < bestStart && tokens[bestStart].end - tokens[first].start > length * 0.6) first++;
  }
  const from = first === 0 ? 0 : tokens[first].start;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].end - from <= length) last++;
  const to = last === tokens.length - 1 ? text.length : tokens[last].end;

  const parts: SnippetPart[] = [];
  const push = (piece: string, mark: boolean) => {
    if (!piece) return;
    const previous = parts[parts.length - 1];
    if (previous && previous.mark === mark) previous.text += piece;
    else parts.push({ text: piece, mark });
  };
  if (from > 0) push("… ", false);
  let cursor = from;
  for (let i = first; i <= last; i++) {
    const token = tokens[i];
    if (token.matched < 0) continue;
    push(text.slice(cursor, token.start), false);
    push(text.slice(token.start, token.end), true);
    cursor = token.end;
  }
  push(text.slice(cursor, to), false);
  if (to < text.length) push(" …", false);
  return parts.map((part) => (part.mark ? part : { text: typeset(part.text), mark: false }));
}

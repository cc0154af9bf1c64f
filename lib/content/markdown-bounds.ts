import type { ContentProblem } from "./content-error";

/*
 * Bounds on the shapes of Markdown that make a parser slow or crash it, checked
 * in one pass when an article is read (live, at start, at build, by the
 * importer): a list nested 10,000 deep (20 kB of "- ") overflowed the stack of
 * the render after 146 s; 50 kB of "[" or "<" took the search's cleaning 13 s.
 * A real article nests a list or a quotation two or three deep and repeats a
 * delimiter a few times ("***", "!!!", a line of "_" to fill in): these bounds
 * are far above that.
 */

/** Most lists and quotations open on one line, inside one another. */
export const maxNesting = 16;

/** Longest run of one delimiter, spaces between them not breaking the run. */
export const maxDelimiterRun = 100;

/** Characters Markdown reads as openers or closers, whose long runs parsers pay for. */
const isDelimiter = new Uint8Array(128);
for (const c of "[]()<>*_`~!\\|") isDelimiter[c.charCodeAt(0)] = 1;
const [newline, space, tab] = [10, 32, 9];

const count = (n: number) => n.toLocaleString("fr-FR");

/**
 * How many lists and quotations a line opens inside one another: "> - > 1. x" opens four.
 * @example containerDepth("- - - x") // 3
 */
export function containerDepth(line: string): number {
  const rule = ruleStart(line);
  let depth = 0;
  let i = 0;
  for (;;) {
    while (line[i] === " " || line[i] === "\t") i++;
    // "- - -" or "* * *" to the end of the line is a thematic break, not lists.
    if (i >= rule) return depth;
    const c = line[i];
    if (c === ">") {
      depth++;
      i++;
      continue;
    }
    let marker = i;
    if (c === "-" || c === "*" || c === "+") marker = i + 1;
    else {
      while (line[marker] >= "0" && line[marker] <= "9" && marker - i < 9) marker++;
      if (marker === i || (line[marker] !== "." && line[marker] !== ")")) return depth;
      marker++;
    }
    const after = line[marker];
    if (after !== undefined && after !== " " && after !== "\t") return depth;
    depth++;
    i = marker;
  }
}

/** Where the line's closing stretch of one of "-", "*", "_" and blanks begins (a thematic break if it starts there), or its length. */
function ruleStart(line: string): number {
  let end = line.length;
  while (end > 0 && (line[end - 1] === " " || line[end - 1] === "\t")) end--;
  const c = line[end - 1];
  if (c !== "-" && c !== "*" && c !== "_") return line.length;
  let i = end;
  while (i > 0 && (line[i - 1] === c || line[i - 1] === " " || line[i - 1] === "\t")) i--;
  return i;
}

/** How many blank lines open the text. */
function leadingBlankLines(body: string): number {
  let lines = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\n") lines++;
    else if (c !== " " && c !== "\t" && c !== "\r") break;
  }
  return lines;
}

/*
 * What a body past a bound must hold, found by the regular expression engine
 * (about ten times faster than the scan below, which every body of the
 * archive would otherwise pay at every build): a run of more than
 * `maxDelimiterRun` of one delimiter, or a line opening more than
 * `maxNesting` containers. Both only ever over-match (a thematic break "- - -…"
 * looks like lists); the scan then says exactly. Neither backtracks more than
 * the length of one run or one line's opening.
 */
const longRun = new RegExp(`([${"[\\]()<>*_`~!\\\\|"}])(?:[ \\t]*\\1){${maxDelimiterRun}}`);
const deepLine = new RegExp(`(?:^|\\n)(?:[ \\t]*(?:>|(?:[-*+]|\\d{1,9}[.)])(?=[ \\t\\n]|$))){${maxNesting + 1}}`);

/**
 * The problems of a Markdown body past the bounds (at most one of each kind,
 * the first met, with its line), in linear time whatever the input.
 * @example bodyBoundsProblems("articles/x.md", "- ".repeat(20) + "x") // [{ field: "corps", message: "imbrication trop profonde (20 niveaux…" }]
 */
export function bodyBoundsProblems(file: string, body: string): ContentProblem[] {
  return longRun.test(body) || deepLine.test(body) ? scanBounds(file, body) : [];
}

/** `bodyBoundsProblems` by a scan of every character: what the fast check defers to when it finds something (exported for its test). */
export function scanBounds(file: string, body: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let nesting: { depth: number; line: number } | undefined;
  let run: { char: number; length: number; line: number; start: number } | undefined;
  // Lines are counted from the text's first line, the blank lines after the front matter left out.
  let line = 1 - leadingBlankLines(body);
  let start = 0;
  let runChar = 0;
  let runLength = 0;
  let runStart = 0;
  for (let i = 0; i <= body.length; i++) {
    const c = i < body.length ? body.charCodeAt(i) : newline;
    if (c === newline) {
      if (!nesting) {
        const depth = containerDepth(body.slice(start, i));
        if (depth > maxNesting) nesting = { depth, line };
      }
      start = i + 1;
      line++;
      runChar = 0;
      continue;
    }
    if (c === space || c === tab) continue;
    if (c === runChar) runLength++;
    else {
      runChar = c < 128 && isDelimiter[c] ? c : 0;
      runLength = 1;
      runStart = i;
    }
    if (runChar && runLength > maxDelimiterRun) {
      if (!run) run = { char: runChar, length: runLength, line, start: runStart };
      else if (run.start === runStart) run.length = runLength;
    }
  }
  if (nesting) {
    problems.push({ file, field: "corps", message: `imbrication trop profonde (listes et citations ouvertes sur ${count(nesting.depth)} niveaux, ligne ${count(nesting.line)} du texte ; au plus ${maxNesting})` });
  }
  if (run) {
    const char = String.fromCharCode(run.char);
    problems.push({ file, field: "corps", message: `suite trop longue de « ${char} » (${count(run.length)} d'affilée, ligne ${count(run.line)} du texte ; au plus ${maxDelimiterRun})` });
  }
  return problems;
}

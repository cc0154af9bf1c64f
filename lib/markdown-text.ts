/*
 * Markdown reduced to the text a reader sees, in time linear in its length
 * whatever it holds. The regular expressions this replaces backtracked
 * quadratically on a run of "[", "<", "*" or "_" with no closer: 50 kB of "["
 * in a body blocked the server 13 s at publication and again at the first
 * search. Each step below is a left-to-right scan, and every search for a
 * closer remembers where it found the next one, so no character is looked
 * at more than a few times. tests/unit/markdown-text.test.ts checks the
 * output against the regular expressions on random inputs.
 */

/** Whether a UTF-16 code is one of the characters `\s` matches in a JavaScript regular expression. */
function isSpaceCode(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isSpace = (c: string | undefined) => c !== undefined && isSpaceCode(c.charCodeAt(0));

/**
 * Runs of whitespace made one space, the ends trimmed, as
 * `text.replace(/\s+/g, " ").trim()` does, several times faster on a text
 * made mostly of short runs (the replace took 0.4 s on 1 MB of "- ").
 */
function collapseWhitespace(text: string): string {
  const codes = new Uint16Array(text.length);
  let length = 0;
  let pending = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      pending = length > 0;
      continue;
    }
    if (pending) {
      codes[length++] = 32;
      pending = false;
    }
    codes[length++] = c;
  }
  let out = "";
  // In slices: String.fromCharCode takes its codes as arguments, and arguments are limited.
  for (let at = 0; at < length; at += 8192) out += String.fromCharCode.apply(null, codes.subarray(at, Math.min(length, at + 8192)) as unknown as number[]);
  return out;
}

/**
 * The next index at or after `from` where `find` finds what it looks for,
 * remembered: `from` only grows, so a closer found once answers every later
 * search that starts before it, and one never found answers every later
 * search.
 */
function forwardSearch(find: (from: number) => number): (from: number) => number {
  let askedFrom = -1;
  let found = -1;
  return (from) => {
    if (askedFrom < 0 || (found >= 0 && found < from)) {
      askedFrom = from;
      found = find(from);
    }
    return found;
  };
}

/** Every HTML tag ("<" to the next ">") made a space, as /<[^>]*>/g would. */
function dropTags(text: string): string {
  const nextGt = forwardSearch((from) => text.indexOf(">", from));
  let out = "";
  let copied = 0;
  for (let i = text.indexOf("<"); i >= 0; i = text.indexOf("<", i)) {
    const end = nextGt(i + 1);
    if (end < 0) break;
    out += `${text.slice(copied, i)} `;
    copied = i = end + 1;
  }
  return out + text.slice(copied);
}

/** Links ("[text](url)", or images "![alt](url)" with `prefix` "!") made their text, as /!?\[([^\]]*)\]\([^)]*\)/g would. */
function unwrapLinks(text: string, prefix: "" | "!"): string {
  const nextBracket = forwardSearch((from) => text.indexOf("]", from));
  const nextParen = forwardSearch((from) => text.indexOf(")", from));
  const open = `${prefix}[`;
  let out = "";
  let copied = 0;
  for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i)) {
    const close = nextBracket(i + open.length);
    const end = close >= 0 && text[close + 1] === "(" ? nextParen(close + 2) : -1;
    if (end < 0) {
      i++;
      continue;
    }
    out += text.slice(copied, i) + text.slice(i + open.length, close);
    copied = i = end + 1;
  }
  return out + text.slice(copied);
}

const emphasisMarks = ["**", "__", "*", "_", "`"] as const;
const [star, underscore, backtick] = ["*", "_", "`"].map((c) => c.charCodeAt(0));

/**
 * Emphasis and code spans made their content, as
 * /(\*\*|__|\*|_|`)(?=\S)([^]*?\S)\1/g would: at each mark, the nearest
 * closing mark preceded by a non-space; the content is not scanned again.
 */
function unwrapEmphasis(text: string): string {
  const closers = new Map(
    emphasisMarks.map((mark) => [
      mark,
      forwardSearch((from) => {
        let at = text.indexOf(mark, from);
        while (at >= 0 && isSpace(text[at - 1])) at = text.indexOf(mark, at + 1);
        return at;
      }),
    ]),
  );
  // Pieces joined once: a string grown by += from a quarter of a million pieces cost ten times more.
  const out: string[] = [];
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== star && c !== underscore && c !== backtick) continue;
    for (const mark of emphasisMarks) {
      if (!text.startsWith(mark, i)) continue;
      const start = i + mark.length;
      if (start >= text.length || isSpace(text[start])) continue;
      const close = closers.get(mark)!(start + 1);
      if (close < 0) continue;
      out.push(text.slice(copied, i), text.slice(start, close));
      copied = close + mark.length;
      i = copied - 1;
      break;
    }
  }
  out.push(text.slice(copied));
  return out.join("");
}

/**
 * Markdown reduced to the text a reader sees: HTML tags, images and links
 * made their text, heading, quotation and list marks dropped, emphasis
 * unwrapped, whitespace collapsed.
 * @example markdownText("## Titre\n\nUn [lien](https://x.fr) **gras**") // "Titre Un lien gras"
 */
export function markdownText(markdown: string): string {
  const text = unwrapLinks(unwrapLinks(dropTags(markdown), "!"), "");
  // Linear as written: each attempt starts at a line start and reads only its marks and the blanks after them.
  const unmarked = text.replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "");
  return collapseWhitespace(unwrapEmphasis(unmarked));
}

/**
 * The text of an ATX heading line ("## Un centre à Francfort", optionally
 * closed by #s): "" for a heading with none, undefined for a line that is no
 * heading. As /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/ reads it,
 * without its backtracking on a long run of blanks.
 * @example headingText("## Un centre ##") // "Un centre"
 */
export function headingText(line: string): string | undefined {
  // The expression's "." and "$" stop at these: a line holding one is no heading.
  if (/[\r\u2028\u2029]/.test(line)) return undefined;
  let i = 0;
  while (i < 3 && line[i] === " ") i++;
  const hashes = i;
  while (line[i] === "#" && i - hashes < 7) i++;
  const level = i - hashes;
  if (level < 1 || level > 6) return undefined;
  const blank = (c: string | undefined) => c === " " || c === "\t";
  if (i < line.length && !blank(line[i])) return undefined;
  while (blank(line[i])) i++;
  let end = line.length;
  while (end > i && blank(line[end - 1])) end--;
  // A closing run of #s, set off by a blank: "## Titre ##".
  let closing = end;
  while (closing > i && line[closing - 1] === "#") closing--;
  if (closing < end && closing > i && blank(line[closing - 1])) {
    end = closing;
    while (end > i && blank(line[end - 1])) end--;
  }
  return line.slice(i, end);
}

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * A body that could not be rendered, as its text in plain paragraphs: what a
 * reader sees of each paragraph, escaped, in linear time.
 * @example textParagraphsHtml("Un **mot**.\n\nDeux.") // "<p>Un mot.</p>\n<p>Deux.</p>"
 */
export function textParagraphsHtml(markdown: string): string {
  return markdown
    .split(/\n[ \t]*\n/)
    .map(markdownText)
    .filter(Boolean)
    .map((text) => `<p>${text.replace(/[&<>"]/g, (c) => escapes[c])}</p>`)
    .join("\n");
}

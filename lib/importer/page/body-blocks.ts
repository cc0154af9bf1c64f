import { words } from "../../text/text";
import { isHeadlineShaped } from "./headline";
import { endsLikeProse, wordCount } from "./line-shapes";

function trigrams(text: string): Set<string> {
  const ws = words(text);
  return new Set(ws.slice(0, -2).map((_, i) => ws.slice(i, i + 3).join(" ")));
}

/**
 * True when the line after the headline is the page's own standfirst: it comes
 * before a dateline or byline, or it restates the headline (three or more of
 * its word triples) and is then restated by the first paragraph. A lede that
 * only echoes the headline and moves on is body text.
 */
export function isStandfirst(line: string, headline: string, next: string | undefined, followedByDateline: boolean): boolean {
  if (line.length > 400 || isHeadlineShaped(line)) return false;
  if (followedByDateline) return true;
  const shared = (a: string, b: string) => [...trigrams(a)].filter((t) => trigrams(b).has(t)).length;
  return line.length <= 300 && next !== undefined && shared(headline, line) >= 3 && shared(line, next) >= 3;
}

/**
 * An intertitle: a short line with no final punctuation inside the body,
 * followed by a paragraph. A "key : value" line (a fact sheet's row) is not one.
 * @example isIntertitle("Suprématie", "Alibaba Cloud est l’une de ses branches…") // true
 */
export function isIntertitle(line: string, next: string | undefined): boolean {
  const trimmed = line.trim();
  return (
    next !== undefined &&
    trimmed.length <= 120 &&
    wordCount(trimmed) <= 15 &&
    !endsLikeProse(trimmed) &&
    !/\s:\s/.test(trimmed) &&
    (endsLikeProse(next) || next.length > trimmed.length * 2)
  );
}

/**
 * A body line as a Markdown block: a heading the page already writes in
 * Markdown ("## Pourquoi Milan ?") stays as written, an intertitle becomes
 * "## …", any other line is a paragraph.
 * @param first true for the body's first line, which is never an intertitle
 */
export function bodyBlock(line: string, next: string | undefined, first: boolean): string {
  if (/^#{1,6}\s+\S/.test(line)) return line;
  return !first && isIntertitle(line, next) ? `## ${line}` : line;
}

import { words } from "../text";
import { endsLikeProse, firstSentence, wordCount } from "./line-shapes";

/** Longer than this, an editorial title is cut at a word boundary. */
export const EDITORIAL_TITLE_MAX = 110;

/**
 * A line shaped like a headline: a few words, no final punctuation.
 * @example isHeadlineShaped("Alibaba va investir 28 milliards de dollars") // true
 */
export function isHeadlineShaped(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= 10 && trimmed.length <= 200 && wordCount(trimmed) >= 2 && wordCount(trimmed) <= 30 && !endsLikeProse(trimmed);
}

/** Same words in the same order, whatever the accents, case or punctuation: a repetition. */
export function sameText(a: string, b: string): boolean {
  const wa = words(a).join(" ");
  return wa.length > 0 && wa === words(b).join(" ");
}

/**
 * A title written from the first sentence when the page has no headline:
 * its words as written, the final period dropped, cut at a word boundary
 * when long so that it stays a title.
 * @example editorialTitle("BCX lance un cloud. Les données restent locales.") // "BCX lance un cloud"
 */
export function editorialTitle(paragraph: string): string {
  const sentence = firstSentence(paragraph).replace(/\s*[.…]+$/, "");
  if (sentence.length <= EDITORIAL_TITLE_MAX) return sentence;
  const cut = sentence.slice(0, EDITORIAL_TITLE_MAX).replace(/\s+\S*$/, "").replace(/[\s,;:–—-]+$/, "");
  return `${cut}…`;
}

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
 * followed by a paragraph.
 * @example isIntertitle("Suprématie", "Alibaba Cloud est l’une de ses branches…") // true
 */
export function isIntertitle(line: string, next: string | undefined): boolean {
  const trimmed = line.trim();
  return (
    next !== undefined &&
    trimmed.length <= 120 &&
    wordCount(trimmed) <= 15 &&
    !endsLikeProse(trimmed) &&
    (endsLikeProse(next) || next.length > trimmed.length * 2)
  );
}

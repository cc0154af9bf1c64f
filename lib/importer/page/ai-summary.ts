import { foldText } from "../../text/text";
import { isText, type Role } from "./line-roles";
import { isBylineName, wordCount } from "./line-shapes";

/*
 * A box some sites print above the article: a summary a machine wrote, under
 * its label (« Résumé généré par IA ») and over its notice (« Ce résumé a été
 * produit par une intelligence artificielle… »). Its lines restate the text:
 * they are the page's, never its headline nor its first paragraph.
 */

/** What names a machine as the writer: « IA », « intelligence artificielle », « généré automatiquement », « AI ». */
const MACHINE = /\b(?:ia|ai|intelligence artificielle|automatiquement|automatique)\b/u;

/** The box's label: short, a summary's name and its machine (« Résumé généré par IA », « L'essentiel, par l'IA », « AI summary »). */
const isLabel = (line: string) => {
  const folded = foldText(line);
  return wordCount(line) <= 6 && !/[.!?:;]\s*\S/u.test(line.trim()) && /^(?:(?:le |la |l')?(?:resume|synthese|essentiel|en bref)|ai[- ](?:generated )?summary|summary)\b/u.test(folded) && MACHINE.test(folded);
};

/** The box's notice: « Ce résumé a été généré automatiquement… », « Cette synthèse a été rédigée par une IA ». */
const isNotice = (line: string) => {
  const folded = foldText(line);
  return wordCount(line) <= 35 && /^(?:ce|cette) (?:resume|synthese)\b/u.test(folded) && MACHINE.test(folded);
};

/** A list's item: what such a box holds when it prints no notice. */
const BULLET = /^[•▪►·*–-]\s/u;

/** The box stands this many lines at most between its label and its notice. */
const BOX_LINES = 8;

/**
 * Marks the box: its label, the lines up to its notice (or, without one, the
 * bullets right under the label), and the notice. A notice with no label
 * takes the bullets right above it. A label alone, over prose, marks nothing:
 * that is an article about machine summaries.
 */
export function markMachineSummary(lines: readonly string[], roles: Role[]): void {
  const mark = (i: number) => {
    if (isText(roles[i])) roles[i] = { kind: "furniture", why: "machine-summary" };
  };
  for (let i = 0; i < lines.length; i++) {
    if (isLabel(lines[i])) {
      let notice = -1;
      for (let j = i + 1; j < Math.min(lines.length, i + 1 + BOX_LINES) && notice < 0; j++) if (isNotice(lines[j])) notice = j;
      let end = notice;
      if (end < 0) for (end = i; BULLET.test(lines[end + 1] ?? ""); ) end++;
      if (end === i) continue;
      for (let k = i; k <= end; k++) mark(k);
      i = end;
    } else if (isNotice(lines[i]) && BULLET.test(lines[i - 1] ?? "")) {
      for (let k = i - 1; k >= 0 && BULLET.test(lines[k]); k--) mark(k);
      mark(i);
    }
  }
  markSummaryBox(lines, roles);
}

/** A box's title: one to three words, no figure, no sentence (« En bref », « Résumé »). */
const BOX_TITLE = (line: string) => wordCount(line) <= 3 && !/[\d.!?;:,«»]/u.test(line) && /^\p{Lu}/u.test(line.trim());
/** One of its points: a short sentence, no one's words. */
const POINT = (line: string) => wordCount(line) <= 25 && /\.$/u.test(line.trim()) && !/[«»“”]/u.test(line);

/**
 * A summary box a newsroom writes above its article (« En bref », then two to
 * five short sentences), under the headline and over the byline or the date:
 * the header goes on under it, so its points restate a text still to come.
 * The same lines with the text under them, and no signature, are the text's.
 */
function markSummaryBox(lines: readonly string[], roles: Role[]): void {
  const header = (k: number) => roles[k]?.kind === "byline" || roles[k]?.kind === "dateline";
  for (let i = 0; i < Math.min(lines.length, 60); i++) {
    // The title may be a label the line table knows (« En bref »): the box is what makes its points furniture.
    if (!(isText(roles[i]) || roles[i].kind === "furniture") || !BOX_TITLE(lines[i])) continue;
    let end = i + 1;
    while (end < lines.length && end <= i + 5 && isText(roles[end]) && POINT(lines[end])) end++;
    const signed = end < lines.length && (header(end) || (isText(roles[end]) && isBylineName(lines[end]) && header(end + 1)));
    if (end - i < 3 || !signed) continue;
    for (let k = i + 1; k < end; k++) roles[k] = { kind: "furniture", why: "related" };
    if (isText(roles[i])) roles[i] = { kind: "furniture", why: "related" };
  }
}

import type { Role } from "./line-roles";
import { wordCount } from "./line-shapes";

/*
 * Notes under an article's text, called by a number in parentheses in it
 * (« … la majorité des nouveaux câbles (1). » then, at the end, « (1) Selon
 * les données du cabinet X, 2024. »): the page's apparatus, as a superscript
 * footnote is (clutter.ts `footnote`), not the text.
 */

/** A note's line: « (1) » or « 1 — » then a capital or a « « ». */
const NOTE = /^(?:\((\d{1,2})\)|(\d{1,2})\s[—–])\s+[\p{Lu}«]/u;
/** The notes' heading over the run: « Notes », « Notes et références ». */
const HEADING = /^notes(?:\s(?:et\s)?r[ée]f[ée]rences)?\s*:?$/iu;
/** A note's number, in either shape: « (1) » or « 1 — ». */
const number = (m: RegExpExecArray | null) => m?.[1] ?? m?.[2];
/** The note's call in a paragraph: the number in parentheses right after a word or a mark, not opening the line. */
// « … d'infrastructure 1. »: under a « Notes » heading, the number set after the word, before the sentence's mark, is a call too.
const calls = (line: string, n: string, headed = false) =>
  new RegExp(String.raw`\S\s?\(${n}\)(?=[\s.,;:!?»]|$)`, "u").test(line) || (headed && new RegExp(String.raw`\p{L}\s${n}(?=[.,;:!?])`, "u").test(line));

/**
 * A run of notes numbered from (1) in order, each called in a text line above
 * the run and 40 words at most, with no text line under the run but short
 * ones (a signature, a tagline): furniture. A numbered list in the text, a
 * number nothing calls, or notes followed by paragraphs stay.
 */
export function markFootnotes(lines: readonly string[], roles: Role[], isProse: (line: string) => boolean): void {
  const text = (k: number) => roles[k]?.kind === "text";
  for (let i = 0; i < lines.length; i++) {
    const first = NOTE.exec(lines[i].trim());
    if (!text(i) || number(first) !== "1") continue;
    // « 1 — … » is a note only under its heading; « (1) » is one by itself.
    const headed = i > 0 && text(i - 1) && HEADING.test(lines[i - 1].trim());
    if (!first?.[1] && !headed) continue;
    const above = lines.slice(0, i).filter((_, k) => text(k));
    let end = i;
    while (end < lines.length && text(end)) {
      const m = NOTE.exec(lines[end].trim());
      const n = number(m);
      if (n !== String(end - i + 1) || wordCount(lines[end]) > 40 || !above.some((l) => calls(l, n, headed))) break;
      end++;
    }
    if (end === i || lines.slice(end).some((l, k) => text(end + k) && isProse(l))) continue;
    for (let k = headed ? i - 1 : i; k < end; k++) roles[k] = { kind: "furniture", why: "notice" };
    return;
  }
}

import type { Role } from "./line-roles";
import { wordCount } from "./line-shapes";

/*
 * Notes under an article's text, called by a number in parentheses in it
 * (« … la majorité des nouveaux câbles (1). » then, at the end, « (1) Selon
 * les données du cabinet X, 2024. »): the page's apparatus, as a superscript
 * footnote is (clutter.ts `footnote`), not the text.
 */

/** A note's line: « (1) » then a capital or a « « ». */
const NOTE = /^\((\d{1,2})\)\s+[\p{Lu}«]/u;
/** The note's call in a paragraph: the number in parentheses right after a word or a mark, not opening the line. */
const calls = (line: string, n: string) => new RegExp(String.raw`\S\s?\(${n}\)(?=[\s.,;:!?»]|$)`, "u").test(line);

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
    if (!text(i) || first?.[1] !== "1") continue;
    const above = lines.slice(0, i).filter((_, k) => text(k));
    let end = i;
    while (end < lines.length && text(end)) {
      const m = NOTE.exec(lines[end].trim());
      if (m?.[1] !== String(end - i + 1) || wordCount(lines[end]) > 40 || !above.some((l) => calls(l, m[1]))) break;
      end++;
    }
    if (end === i || lines.slice(end).some((l, k) => text(end + k) && isProse(l))) continue;
    for (let k = i; k < end; k++) roles[k] = { kind: "furniture", why: "notice" };
    return;
  }
}

import { foldText } from "../../text/text";
import type { Role } from "./line-roles";
import { wordCount } from "./line-shapes";

/*
 * A pull quote: a few words of a quotation set in large type between the
 * paragraphs, alone on their line between guillemets, that the text prints
 * again where it reports them (with who said it). The sentence is kept where
 * the text says it; the display copy goes. A quotation alone on its line that
 * no nearby paragraph repeats is the text's own (an opening quote, a motto).
 */

/** A line that is a quotation and nothing else: « … », without attribution. */
const WHOLE_QUOTE = /^[«“"]\s*([^«»“”"]{20,250}?)\s*[»”"]$/u;

/** How far above the paragraph quoting it the display copy is set (below it, any distance). */
const REACH = 5;

/** A line as a quotation is searched in it: folded, a « ? » or « ! » set against its word as the copy prints it. */
const asSaid = (line: string) => foldText(line).replace(/\s+([!?])/gu, "$1");

/**
 * An intertitle quoting its section: the quotation's only twin is the paragraph
 * right under it, which says it further on, inside its own quotation (« On a
 * appris… Personne ne nous a demandé notre avis », lance X). A display copy set
 * over its paragraph repeats that paragraph's opening words instead.
 */
function headsItsParagraph(twins: readonly number[], i: number, words: string, lines: readonly string[]): boolean {
  if (twins.length !== 1 || twins[0] !== i + 1) return false;
  // Words opening a quotation of the paragraph (its opening, or a quotation it gives whole) are its display copy.
  const said = asSaid(lines[i + 1]);
  const at = said.indexOf(words);
  return at > 0 && !/[«“"]\s*$/u.test(said.slice(0, at));
}

export function markPullQuotes(lines: readonly string[], roles: Role[]): void {
  // Above the text, a quotation alone is a headline (an interview's): only one between paragraphs is a display copy.
  // The headline and the standfirst above the text quote it too, but they are not the text saying it: twins are searched from its first paragraph.
  const start = lines.findIndex((line, i) => roles[i].kind === "text" && wordCount(line) >= 15 && /[.!?…][»”"]?$/u.test(line.trim()));
  lines.forEach((line, i) => {
    const quote = start >= 0 && i > start && roles[i].kind === "text" ? WHOLE_QUOTE.exec(line.trim()) : null;
    if (!quote || lines[i + 1] === line) return;
    // Printed twice in a row, the first copy heads the section that quotes it (an intertitle); the second is its display copy.
    if (lines[i - 1] === line) {
      roles[i] = { kind: "furniture", why: "repeat" };
      return;
    }
    // A question or an exclamation the copy closes on closes the quoted sentence too: words the paragraph's quotation
    // carries on past (« Combien de mètres cubes ? » over « Combien de mètres cubes dans la Moselle… ? ») only open it, as an intertitle does.
    const words = foldText(quote[1]).replace(/[.…]+$/u, "").replace(/\s+([!?])$/u, "$1").trim();
    const twins: number[] = [];
    // Above, however far: a display copy may be set sections after the paragraph that says it; an intertitle quotes what follows it.
    for (let j = start; j <= Math.min(lines.length - 1, i + REACH); j++) {
      // Another quotation alone on its line is a display copy too (of the paragraph it heads or follows), not the text saying it.
      if (j === i || lines[j].length <= line.length + 20 || roles[j].kind !== "text" || WHOLE_QUOTE.test(lines[j].trim())) continue;
      if (asSaid(lines[j]).includes(words)) twins.push(j);
    }
    if (twins.length && !headsItsParagraph(twins, i, words, lines)) roles[i] = { kind: "furniture", why: "repeat" };
  });
}

import type { Role } from "./line-roles";
import { wordCount } from "./line-shapes";

/*
 * A reader poll printed in the page: a question put to the reader (« Et vous,
 * êtes-vous favorable … ? »), then its answers, one short label a line
 * (« Oui », « Non », « Sans opinion »). A widget, no sentence of the article;
 * a question to the reader followed by text, or by a list, is the article's own and stays.
 */

/** A question to the reader: « vous » in it, a question mark closing it, a sentence's length. */
const ASKS_READER = (line: string) => /\?\s*$/u.test(line) && /\bvous\b/iu.test(line) && wordCount(line) <= 25;

/** A poll's label alone on its line over its question (« Sondage », « SONDAGE »). */
const POLL_LABEL = /^(?:sondage|notre sondage|le sondage)\s*:?$/iu;

/** A poll's label and its question on one line (« SONDAGE : Faut-il … ? »). */
const LABELLED_QUESTION = /^(?:sondage|notre sondage|le sondage)\s*[:|–—-]\s*\S.*\?\s*$/iu;

/** The answer a poll closes on (« Je ne sais pas », « Sans opinion », « Ne se prononce pas »). */
const DONT_KNOW = /^(?:je ne sais pas|sans opinion|ne se prononce pas|nsp|pas d['’]avis)\.?$/iu;

/** An answer's label: a few words, no sentence's end. */
const isAnswer = (line: string | undefined, words = 4) => line !== undefined && wordCount(line) <= words && !/[.!?:;,…]\s*$/u.test(line) && /\p{L}/u.test(line);

export function markPolls(lines: readonly string[], roles: Role[]): void {
  lines.forEach((line, i) => {
    // Under a poll's label (« Sondage »), the question need not name the reader: the label says it is put to him.
    const labelled = i > 0 && POLL_LABEL.test(lines[i - 1].trim());
    // Label and question on one line: its answers count even when the table already read them as buttons.
    const inline = LABELLED_QUESTION.test(line.trim()) && wordCount(line) <= 27;
    if (roles[i].kind !== "text" || !(ASKS_READER(line) || inline || (labelled && /\?\s*$/u.test(line) && wordCount(line) <= 25))) return;
    let end = i + 1;
    while (end < lines.length && end - i <= 6 && (roles[end].kind === "text" || (inline && roles[end].kind === "furniture")) && isAnswer(lines[end], labelled || inline ? 6 : 4)) {
      end++;
      // « Je ne sais pas », « Sans opinion » close a poll's answers: a short line under it is the next section's intertitle.
      if (DONT_KNOW.test(lines[end - 1].trim())) break;
    }
    // Two answers at least, « oui » or « non » among them: a single short line under a question is the next
    // section's intertitle, and short lines with neither are a list the article answers with (« Changer ses mots de passe »).
    const answers = lines.slice(i + 1, end);
    if (answers.length < 2 || !answers.some((a) => /^(oui|non)\b/iu.test(a.trim()))) return;
    for (let k = labelled ? i - 1 : i; k < end; k++) if (roles[k].kind === "text") roles[k] = { kind: "furniture", why: "widget" };
  });
}

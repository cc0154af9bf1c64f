import { foldText } from "../../text/text";
import { isText, type Role } from "./line-roles";
import { wordCount } from "./line-shapes";
import { readsLikeProse } from "./prose-guard";

/*
 * Boxes a site prints under the article's text, a heading alone on its line
 * over a few lines of one shape, then the page's furniture or its end:
 * - a note on how the article was made (« Boîte noire », « Notre méthode »),
 *   one or two sentences where the newsroom speaks of its own work;
 * - a page's questions to its reader (« FAQ », « Questions fréquentes »),
 *   each line a question and its answer (« Puis-je … ? Oui, … ») or a question
 *   whose answer the page folds away; a forum's « Et vous ? » over its questions.
 * - a fact put to the reader (« Le saviez-vous ? », « Bon à savoir »), one
 *   short sentence (two lines under the heading are a section of the text).
 * The annotators remove them as they remove a release's boilerplate. The same
 * heading with more of the article under it (text after the box) is an
 * intertitle and stays, and so does a line of another shape under it.
 */

type Box = { heading: RegExp; line: (line: string) => boolean; max: number };

/** The newsroom speaking of its work: « nous », « notre », « cet article », « cette enquête ». */
const OWN_WORK = /\b(?:nous|notre|nos|cet article|cette enquete|cet entretien|la redaction)\b/;

/** A question and its answer on one line: « Dois-je … ? Non, sauf … ». */
const QUESTION_ANSWER = /^\p{Lu}[^?]{5,}\?\s+\p{Lu}[^?]*[.!]$/u;

/** A question alone, its answer folded away by the page (« Qu'est-ce qu'un campus ? »). */
const QUESTION = /^\p{Lu}[^?.!]{5,}\?$/u;

const BOXES: readonly Box[] = [
  {
    heading: /^(?:boite noire|notre methode|notre methodologie|methodologie|comment nous avons (?:travaille|enquete|verifie|procede))\s*:?$/,
    line: (l) => readsLikeProse(l) && OWN_WORK.test(foldText(l)),
    max: 2,
  },
  { heading: /^(?:le saviez-vous|bon a savoir)\s*[?:]?$/, line: (l) => readsLikeProse(l) && wordCount(l) <= 25, max: 1 },
  { heading: /^(?:faq|questions frequentes|foire aux questions|vos questions)\s*:?$/, line: (l) => QUESTION_ANSWER.test(l.trim()) || QUESTION.test(l.trim()), max: 8 },
  // A forum's questions to its readers under a news item (« Et vous ? » / « Qu'en pensez-vous ? »), questions only.
  { heading: /^et vous\s*\?$/, line: (l) => QUESTION.test(l.trim()), max: 4 },
];

export function markClosingBoxes(lines: readonly string[], roles: Role[]): void {
  const next = (from: number) => {
    let k = from;
    while (k < lines.length && !lines[k].trim()) k++;
    return k;
  };
  roles.forEach((role, i) => {
    const box = isText(role) ? BOXES.find((b) => b.heading.test(foldText(lines[i].trim()))) : undefined;
    if (!box) return;
    const rows: number[] = [];
    let k = next(i + 1);
    while (k < lines.length && isText(roles[k]) && rows.length <= box.max) {
      rows.push(k);
      k = next(k + 1);
    }
    // The box ends the text: under it, the page's end, no text (furniture, a credit), or a button over no text (« Je participe »).
    const ends = (at: number) => at >= lines.length || !isText(roles[at]);
    const button = k < lines.length && wordCount(lines[k]) <= 3 && !/[.!?…»]\s*$/u.test(lines[k].trim()) && ends(next(k + 1));
    if (rows.length === 0 || rows.length > box.max || !(ends(k) || button)) return;
    if (!rows.every((n) => box.line(lines[n]))) return;
    for (const n of [i, ...rows]) roles[n] = { kind: "furniture", why: "notice" };
  });
}

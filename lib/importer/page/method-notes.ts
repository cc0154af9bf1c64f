import { foldText } from "../../text/text";
import { isText, type Role } from "./line-roles";
import { readsLikeProse } from "./prose-guard";

/*
 * A note the newsroom adds under the article on how it was made (« Boîte
 * noire », « Notre méthode »): a heading alone on its line, then one or two
 * sentences where the newsroom speaks of its own work, then the page's
 * furniture or its end. The annotators remove it as they remove a release's
 * boilerplate; an intertitle of the same words with more article under it
 * (more text after the note) stays.
 */

/** The note's heading, folded, alone on its line. */
const HEADING = /^(?:boite noire|notre methode|notre methodologie|methodologie|comment nous avons (?:travaille|enquete|verifie|procede))\s*:?$/;

/** The newsroom speaking of its work: « nous », « notre », « cet article », « cette enquête ». */
const OWN_WORK = /\b(?:nous|notre|nos|cet article|cette enquete|cet entretien|la redaction)\b/;

/** At most this many sentences under the heading: a note, not a section of the article. */
const MAX_NOTE_LINES = 2;

export function markMethodNotes(lines: readonly string[], roles: Role[]): void {
  const next = (from: number) => {
    let k = from;
    while (k < lines.length && !lines[k].trim()) k++;
    return k;
  };
  roles.forEach((role, i) => {
    if (!isText(role) || !HEADING.test(foldText(lines[i].trim()))) return;
    const note: number[] = [];
    let k = next(i + 1);
    while (k < lines.length && isText(roles[k]) && note.length <= MAX_NOTE_LINES) {
      note.push(k);
      k = next(k + 1);
    }
    // The note ends the text: furniture or the page's end under it, and every line of it the newsroom's word on its work.
    if (note.length === 0 || note.length > MAX_NOTE_LINES || (k < lines.length && roles[k].kind !== "furniture")) return;
    if (!note.every((n) => readsLikeProse(lines[n]) && OWN_WORK.test(foldText(lines[n])))) return;
    for (const n of [i, ...note]) roles[n] = { kind: "furniture", why: "notice" };
  });
}

import { foldText } from "../../text/text";
import { matchRule } from "./clutter";
import { isText, type Role } from "./line-roles";
import { wordCount } from "./line-shapes";

/*
 * A paper's appeal for donations, printed as a box between paragraphs or at
 * the end: a short call over it (« C'est maintenant que tout se joue… »,
 * « Soutenez X »), the appeal (a rule of the line table), a button under it
 * (« Je soutiens X »). The call and the button are no sentences of the text;
 * the appeal is what tells them from an intertitle, which a paragraph follows.
 */

/** The line table's rules that read an appeal for donations or a paper's own funding. */
const APPEALS = new Set(["donation-appeal", "readers-funded", "independent-paper", "donation-model"]);

/** A button to give, alone on its line: « Je soutiens X », « Soutenir X », « Je donne ». */
const BUTTON = /^(?:je soutiens|soutenir|soutenez|je donne|je fais un don|faire un don)\b[^.]{0,30}!?$/;

/** The call over the appeal: a short line left open (« … », « ! », « ? »), or « Soutenez X ». */
const CALL = (line: string) => wordCount(line) <= 8 && (/(?:…|\.\.\.|!|\?)$/u.test(line) || /^soutenez\b/.test(foldText(line)));

const isAppeal = (line: string | undefined, role: Role | undefined) => !!line && !!role && role.kind === "furniture" && APPEALS.has(matchRule(line.trim())?.id ?? "");

export function markDonationBoxes(lines: readonly string[], roles: Role[]): void {
  roles.forEach((role, i) => {
    if (!isAppeal(lines[i], role)) return;
    const above = lines[i - 1]?.trim();
    if (above && isText(roles[i - 1]) && CALL(above)) roles[i - 1] = { kind: "furniture", why: "call-to-action" };
    const below = lines[i + 1]?.trim();
    if (below && isText(roles[i + 1]) && wordCount(below) <= 6 && BUTTON.test(foldText(below))) roles[i + 1] = { kind: "furniture", why: "widget" };
  });
}

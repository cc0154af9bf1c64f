import { contentWords } from "./headline";

/* line-roles.ts reads these while it assigns roles: only a role's kind is looked at, so no import back. */

/**
 * A key-points box (« Points clés », « À retenir ») sums the article up in a
 * few short sentences the text then develops; the box is closed by furniture
 * (a wall, share buttons) before the text starts. Without that close, the
 * sentences may be the text's own: they stay.
 */
export const KEY_POINTS = /^(?:les )?(?:points? cl[ée]s|points? à retenir|à retenir|ce qu['’]il faut retenir)\s*:?$/iu;
export function keyPoint(opener: string, lines: readonly string[], roles: readonly { kind: string }[], i: number): boolean {
  if (!KEY_POINTS.test(opener)) return false;
  for (let k = i; k < Math.min(lines.length, i + 6); k++) if (roles[k].kind !== "text" || lines[k].length > 160) return roles[k].kind !== "text";
  return false;
}

/** A key point: a short line (one sentence or a title of twenty-two words at most), the box's row; a paragraph runs longer. */
const keyRow = (line: string) => line.length <= 150 && line.split(/\s+/).length <= 22 && !/[.!?…]\s+\p{Lu}/u.test(line);

/**
 * An intertitle over its paragraph, not a row of the box above it: an unpunctuated
 * title whose content words (two at least, half of them) the paragraph right under
 * it takes up (« Microsoft obtient moins que prévu » over « Microsoft … obtient 80
 * mégawatts … »). A key point sums the whole text up, not the paragraph under the box.
 */
function heads(line: string, paragraph: string | undefined): boolean {
  if (!paragraph || /[.!?…:;]$/u.test(line.trim())) return false;
  const own = [...contentWords(line)];
  const below = contentWords(paragraph);
  const shared = own.filter((w) => below.has(w)).length;
  return shared >= 2 && shared >= own.length / 2;
}

/**
 * In an outlet's article, a key-points box set apart from the prose — its label
 * alone on a line, then two to five short rows, then a paragraph, a caption or
 * furniture — is the page's summary, not the text (the corpus convention of round
 * 34, applied to « Points clés » and « Ce qu'il faut retenir » in round 37): it
 * goes as a box, which the prose guard leaves removed. A sixth short line, or
 * nothing but short lines to the end, is a list of the text: the box stays.
 * Called on an outlet's page only, as the figures boxes are.
 */
export function markKeyPointsBoxes(lines: readonly string[], roles: { kind: string; inBlock?: true }[], isProse: (line: string) => boolean): void {
  const row = (k: number) => (roles[k]?.kind === "text" || (roles[k]?.kind === "furniture" && !!roles[k].inBlock)) && keyRow(lines[k].trim());
  lines.forEach((line, i) => {
    const label = roles[i];
    if (!KEY_POINTS.test(line.trim()) || !(label.kind === "text" || label.kind === "furniture")) return;
    const paragraph = (k: number) => roles[k]?.kind === "text" && isProse(lines[k]) && !keyRow(lines[k].trim());
    let end = i + 1;
    while (end < lines.length && end <= i + 6 && row(end) && !(end > i + 1 && heads(lines[end], paragraph(end + 1) ? lines[end + 1] : undefined))) end++;
    const rows = end - i - 1;
    // Set apart: what follows the rows is a paragraph of the text, the intertitle over one, or no text at all (a caption, a photo's credit, furniture).
    const closed = end < lines.length && (roles[end].kind !== "text" || paragraph(end) || heads(lines[end], paragraph(end + 1) ? lines[end + 1] : undefined));
    if (rows < 2 || rows > 5 || !closed) return;
    for (let j = i; j < end; j++) roles[j] = { kind: "furniture", why: "figures-box" } as (typeof roles)[number];
  });
}

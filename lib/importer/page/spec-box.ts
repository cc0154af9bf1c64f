import type { Role } from "./line-roles";
import { wordCount } from "./line-shapes";

/** A spec box's header: « Fiche technique », « Le projet en chiffres ». */
const SPEC_HEADER = /^(?:fiche technique|caract[ée]ristiques techniques|(?:le projet |le site )?en chiffres)\s*:?$/iu;
/** A spec box's line: a short key, a colon, its value (« Puissance IT : 28 MW »). */
const SPEC_LINE = /^[\p{Lu}][^:.!?]{1,40}\s?:\s?[^.!?]{1,80}$/u;

/**
 * A spec box after the article's last paragraph repeats its figures as a card:
 * furniture, with its header. The same box between paragraphs is part of the
 * text (a release's key figures, read in their place): it stays. Called on an
 * outlet's page only (lib/importer/page/layout.ts: a release keeps its boxes).
 */
export function markClosingSpecBox(lines: readonly string[], roles: Role[], isProse: (line: string) => boolean): void {
  const proseAfter: boolean[] = new Array(lines.length + 1).fill(false);
  for (let i = lines.length - 1; i >= 0; i--) proseAfter[i] = proseAfter[i + 1] || (roles[i].kind === "text" && isProse(lines[i]) && !SPEC_LINE.test(lines[i]));
  lines.forEach((line, i) => {
    if (roles[i].kind !== "text" || !SPEC_HEADER.test(line.trim())) return;
    let k = i + 1;
    while (k < lines.length && roles[k].kind === "text" && SPEC_LINE.test(lines[k]) && wordCount(lines[k]) <= 14) k++;
    if (k - i < 3 || proseAfter[k]) return;
    for (let j = i; j < k; j++) roles[j] = { kind: "furniture", why: "figures-box" };
  });
  markFigureBox(lines, roles, isProse);
}

/** A figure box's row: a few words around a figure (« 10 MW », « 300 emplois », « Livraison fin 2026 »), unpunctuated. */
// A « Clé : valeur » row is a spec box's, kept between paragraphs (the text's key figures, above): not one of these.
const FIGURE_ROW = (line: string) => wordCount(line) <= 6 && /\d/u.test(line) && !/[.!?;:,]$/u.test(line.trim()) && !SPEC_LINE.test(line);
/** A box's title: one to three words, no figure, no sentence (« Chiffres clés », « En chiffres », « L'essentiel »). */
const BOX_TITLE = (line: string) => wordCount(line) <= 3 && !/[\d.!?;:,]/u.test(line) && /^\p{Lu}/u.test(line.trim());

/**
 * A figures box set between two paragraphs: a short title, then two rows or
 * more made of a figure and a word or two, then the text again. The rows
 * repeat the text's figures as a card: furniture, with the title. Rows that
 * end like sentences, or a list the text announces (« … : »), stay.
 */
function markFigureBox(lines: readonly string[], roles: Role[], isProse: (line: string) => boolean): void {
  const prose = (k: number) => k >= 0 && k < lines.length && roles[k].kind === "text" && isProse(lines[k]);
  lines.forEach((line, i) => {
    if (!BOX_TITLE(line) || !prose(i - 1) || roles[i].kind === "headline") return;
    let k = i + 1;
    while (k < lines.length && k <= i + 7 && roles[k].kind === "text" && FIGURE_ROW(lines[k])) k++;
    if (k - i < 3 || k - i > 7 || !prose(k)) return;
    for (let j = i; j < k; j++) roles[j] = { kind: "furniture", why: "figures-box" };
  });
}

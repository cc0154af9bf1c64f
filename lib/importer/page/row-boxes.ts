import type { Role } from "./line-roles";
import { wordCount } from "./line-shapes";

/**
 * A box's label, whatever its words (« Les deals du semestre », « Projets cités »,
 * « Le marché en chiffres »): one to six words under a capital, no figure, nothing
 * that closes or announces (« : », « . »), so an intertitle of the text's own list
 * (« Les projets retenus : ») is not one.
 */
const LABEL = (line: string) => {
  const words = wordCount(line);
  return words >= 1 && words <= 6 && /^\p{Lu}/u.test(line) && !/\d/u.test(line) && !/[.:;,!?…»"]$/u.test(line);
};
/** A card's label (« Fiche technique », « Caractéristiques techniques »): between two paragraphs its rows are the text's figures (rounds 16 and 19). */
const CARD = /^(?:fiche|caract[ée]ristiques)\b/iu;
/** A row closed like a sentence is the text's: a box's rows are no sentences. */
const OPEN = (line: string) => !/[.!?…]$/u.test(line);
/** « Label : valeur » or « Nom – chiffre »: a short key under a capital, one separator, a value. */
const KEYED = /^[\p{Lu}\d][^:–—]{1,70}\s(?::|–|—)\s?\S[^:–—]{0,60}$/u;
/** A row led by its figure: « 500 kW de puissance », « 3,2 milliards de francs ». */
const FIGURE_LED = (line: string) => /^\d/u.test(line) && wordCount(line) <= 8;
/** A data row: keyed or figure-led, short, open, and carrying a figure when `figure` is asked. */
const row = (line: string, figure: boolean) =>
  OPEN(line) && wordCount(line) <= 14 && (KEYED.test(line) || FIGURE_LED(line)) && (!figure || /\d/u.test(line));

/**
 * In an outlet's article, a box set apart from the prose under a label no table
 * knows — a short label line, then two to eight rows of « Label : valeur »,
 * « Nom – chiffre » or « 500 kW de puissance » that are no sentences, then
 * furniture, the page's end or a paragraph — is page furniture (the figures-box
 * convention of round 34; round 41 reads it by its shape rather than by its label).
 * A paragraph under the rows leaves the box only when every row carries a figure,
 * and never under a card's label: a « Fiche technique » card stays between two
 * paragraphs, as rounds 16 and 19 read it, and so does a card of any label whose
 * rows are words (« Refroidissement : free cooling »). A row written
 * as a sentence ends the rows, and what follows it is no close: the box stays.
 */
export function markLabelledRowBoxes(lines: readonly string[], roles: Role[], isProse: (line: string) => boolean): void {
  const text = (k: number) => roles[k]?.kind === "text";
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!text(i) || !LABEL(line)) return;
    // Set apart: the text line above the label is a paragraph (a label over the first paragraph is a deck, not read here).
    let above = i - 1;
    while (above >= 0 && !text(above)) above--;
    if (above < 0 || !isProse(lines[above])) return;
    const rowsFrom = (figure: boolean) => {
      let k = i + 1;
      while (k < lines.length && k <= i + 8 && text(k) && row(lines[k].trim(), figure)) k++;
      return k;
    };
    // What closes the rows: furniture or the page's end, or a paragraph of the text (never a row left over, which keeps the box).
    const paragraph = (k: number) => text(k) && isProse(lines[k]) && !row(lines[k].trim(), false);
    const closedBy = (k: number) => (k >= lines.length || !text(k) ? "furniture" : paragraph(k) ? "prose" : "");
    // A box that closes the article (no paragraph under it, only short lines: tags, links) is closed as by furniture.
    const last = (k: number) => !lines.slice(k).some((_, j) => paragraph(k + j));
    // Rows with their figures may sit between two paragraphs; rows of words only before furniture or the page's end.
    let end = rowsFrom(true);
    let close = end - i - 1 >= 2 ? closedBy(end) : "";
    if (close === "prose" && CARD.test(line)) return;
    if (!close) {
      end = rowsFrom(false);
      close = end - i - 1 >= 2 && (closedBy(end) === "furniture" || last(end)) ? "furniture" : "";
    }
    if (!close) return;
    for (let j = i; j < end; j++) roles[j] = { kind: "furniture", why: "figures-box" };
  });
}

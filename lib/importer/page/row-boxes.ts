import type { Role } from "./line-roles";
import { contentWords } from "./headline";
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
/** A row closed like a sentence is the text's: a box's rows are no sentences. */
const OPEN = (line: string) => !/[.!?…]$/u.test(line);
/** « Label : valeur » or « Nom – chiffre »: a short key under a capital, one separator, a value. */
const KEYED = /^[\p{Lu}\d][^:–—]{1,70}\s(?::|–|—)\s?\S[^:–—]{0,60}$/u;
/**
 * A record's row of three fields or more between dashes, one with a figure
 * (« Le Havre – Firme – 200 MW – 1,2 Md€ – mise en service 2029 »): a table's
 * line, each field a few words, as a « Clé : valeur » row is.
 */
const DASHED = (line: string) => {
  const fields = line.split(/\s[–—]\s/u);
  return fields.length >= 3 && /^[\p{Lu}\d]/u.test(line) && fields.every((f) => f.trim() !== "" && wordCount(f) <= 6) && fields.some((f) => /\d/u.test(f));
};
/** A row led by its figure: « 500 kW de puissance », « 3,2 milliards de francs ». */
const FIGURE_LED = (line: string) => /^\d/u.test(line) && wordCount(line) <= 8;
/** A line with no figure one of whose long content words (six letters and more) opens a word of the paragraph under it announces that paragraph. */
const introduces = (line: string, paragraph: string) => {
  if (/\d/u.test(line)) return false;
  const below = [...contentWords(paragraph)];
  return [...contentWords(line)].some((word) => word.length >= 6 && below.some((w) => w.startsWith(word.slice(0, 6))));
};
/** A data row: keyed or figure-led, short, open. */
const row = (line: string) => OPEN(line) && ((wordCount(line) <= 14 && (KEYED.test(line) || FIGURE_LED(line))) || DASHED(line));

/**
 * In an outlet's article, a box set apart from the prose under a label no table
 * knows — a short label line, then two to eight rows of « Label : valeur »,
 * « Nom – chiffre » or « 500 kW de puissance » that are no sentences, then
 * furniture, the page's end or nothing but short lines (tags, links) — is page
 * furniture (the figures-box convention of round 34; round 41 reads it by its
 * shape rather than by its label). Between two paragraphs, a card of « Clé :
 * valeur » rows only is a box too (round 42, the integrator's convention); rows
 * led by a figure there are the text's list. A row written as a sentence ends
 * the rows, and a paragraph under it keeps the box.
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
    const rowsFrom = () => {
      let k = i + 1;
      while (k < lines.length && k <= i + 8 && text(k) && row(lines[k].trim())) k++;
      return k;
    };
    // What closes the rows: furniture, the page's end, or nothing but short lines under them (tags, links). A paragraph under
    // figure-led rows makes them the text's list, kept between two paragraphs.
    const paragraph = (k: number) => text(k) && isProse(lines[k]) && !row(lines[k].trim());
    let end = rowsFrom();
    // A keyed line with no figure under rows that all carry one, right over a paragraph that takes up one of its words, is that
    // paragraph's intertitle, not the card's last row (« Chaleur fatale : une obligation encore théorique » under three
    // « Rubrique 2910 : … » rows, over « … la valorisation de leur chaleur »): it stays, and so does its text.
    if (end - i - 1 >= 3 && end < lines.length && paragraph(end) && introduces(lines[end - 1], lines[end]) &&
      lines.slice(i + 1, end - 1).every((l) => /\d/u.test(l))) end--;
    // A card of « Clé : valeur » rows only is a box wherever it stands, between two paragraphs too (the integrator's convention, round 42).
    // Rows of dashed fields are a record's table the same way (round 44).
    const keyedCard = lines.slice(i + 1, end).every((l) => KEYED.test(l.trim()) || DASHED(l.trim()));
    const close = end - i - 1 >= 2 && (keyedCard || end >= lines.length || !text(end) || !lines.slice(end).some((_, j) => paragraph(end + j)));
    if (!close) return;
    for (let j = i; j < end; j++) roles[j] = { kind: "furniture", why: "figures-box" };
  });
}

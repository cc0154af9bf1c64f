import type { Role } from "./line-roles";
import { wordCount } from "./line-shapes";

/**
 * A figures box's label, alone on its line (« En chiffres », « Repères », « Les chiffres clés »,
 * « Fiche entreprise », « Kelvio en chiffres »). A label closed by « : » announces a list the
 * text itself reads (« Le projet en chiffres : »): not one of these.
 */
const FIGURES_LABEL = /^(?:(?:les |nos )?chiffres(?: cl[ée]s)?|(?:les )?rep[èe]res|(?:[^\s:.!?]+\s){0,4}en chiffres|(?:[^\s:.!?]+\s){1,4}en bref|fiche (?:technique|entreprise|d['’]identit[ée]))$/iu;

/** A row led by its figure: « 20 GW : demandes de raccordement », « 300 MW de puissance cumulée demandée », « 12 MW : la puissance du bâtiment. » */
const figureRow = (line: string) => {
  const words = wordCount(line);
  if (!/^\d/u.test(line) || words > 14) return false;
  // A row closed like a sentence is one only with its « figure : gloss » shape (« 1 200 salariés travaillent sur le site. » is prose).
  return /[.!?]$/u.test(line) ? /^[^:]{1,24}\s:\s/u.test(line) : true;
};
/** A card's row: a short key, a colon, its value (« Création : 2020 », « Siège : Labège (31) »). */
const keyRow = (line: string) => /^[\p{Lu}][^:.!?]{1,30}\s?:\s?[^.!?]{1,60}$/u.test(line) && wordCount(line) <= 12;
/** The box's source under its rows (« Source : X, d'après Y »). */
const SOURCE_ROW = /^sources?\s?:\s/iu;

/**
 * The page is the organisation's own document (a release, a press kit, a letter):
 * its figures section is its text. Read from what the page prints of itself.
 */
const FIRST_PARTY = /^(?:communiqu[ée] de presse|dossier de presse|contacts? (?:presse|m[ée]dias?)|à propos d(?:e |u |’|')|about\s)/iu;
export const firstParty = (lines: readonly string[], roles: readonly Role[]) =>
  roles.some((r) => r.kind === "furniture" && r.why === "boilerplate") || lines.some((l) => FIRST_PARTY.test(l.trim()));

/**
 * In an outlet's article a figures box set apart from the prose — its label,
 * then short rows each led by a figure (or a card's « Clé : valeur » rows when
 * the box closes the article), then the prose again or the page's end — is page
 * furniture: removed, and listed in the import report. A row shaped as a
 * sentence of the text (no leading figure, or a sentence without « figure : »)
 * ends the box before it, so no sentence of the prose is taken; fewer than two
 * rows, and the label stays. A card between two paragraphs (« Fiche technique »
 * over « Surface : 3 400 m² ») stays as round 16 left it: the text's figures.
 * Called on an outlet's page only (`firstParty` tells a release, which keeps its boxes).
 */
export function markFiguresBoxes(lines: readonly string[], roles: Role[], isProse: (line: string) => boolean): void {
  const text = (k: number) => roles[k]?.kind === "text";
  lines.forEach((line, i) => {
    if (!text(i) || !FIGURES_LABEL.test(line.trim())) return;
    // Set apart from prose: the text line above it is a paragraph (a box over the first paragraph is a headline's deck, not read here).
    let above = i - 1;
    while (above >= 0 && !text(above)) above--;
    // (A quotation left unpunctuated counts as the text by its length.)
    if (above < 0 || !(isProse(lines[above]) || wordCount(lines[above]) >= 12)) return;
    const rowsOf = (row: (l: string) => boolean, from: number) => {
      let k = from;
      while (k < lines.length && k < from + 8 && text(k) && row(lines[k].trim())) k++;
      return k;
    };
    let end = rowsOf(figureRow, i + 1);
    let card = false;
    if (end - i - 1 < 2) {
      // A firm's card may print the firm's name alone over its rows (« Fiche entreprise », « NimbusOc », « Création : 2017 »).
      const named = text(i + 1) && wordCount(lines[i + 1]) <= 3 && !/[\d:.!?]/u.test(lines[i + 1]) ? i + 2 : i + 1;
      end = rowsOf(keyRow, named);
      card = true;
      if (end - named < 2) return;
    }
    if (end < lines.length && text(end) && SOURCE_ROW.test(lines[end].trim()) && wordCount(lines[end]) <= 20) end++;
    // A card's rows are the text's figures while prose follows (round 16); a box of figure-led rows is set apart wherever it stands.
    // Readers' comments under the article are no prose of it (« Commentaires » heads them).
    const close = roles.findIndex((r, k) => k >= end && r.kind === "furniture" && r.why === "comments");
    const after = roles.slice(end, close < 0 ? roles.length : close);
    if (card && after.some((r, k) => r.kind === "text" && isProse(lines[end + k]) && !keyRow(lines[end + k].trim()))) return;
    for (let j = i; j < end; j++) roles[j] = { kind: "furniture", why: "figures-box" };
  });
}

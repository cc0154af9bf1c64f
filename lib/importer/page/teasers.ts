import { isFurniture, isText, type Role } from "./line-roles";
import { wordCount } from "./line-shapes";

/** A link that leads away to read more: « En savoir plus », « Voir le planning », « Lire la suite », « Découvrir l'offre ». */
const READ_MORE = /^(?:en savoir plus|voir|lire|d[ée]couvrir|consulter)\b[^.!?]{0,40}$/iu;
const isReadMore = (line: string, role: Role) => isFurniture(role, "widget") && wordCount(line) <= 5 && READ_MORE.test(line.trim());

/**
 * A letter's next item after the article (« En savoir plus », then « Travaux »,
 * one line, « Voir le planning »): a short rubric and a line or two between two
 * read-more links is another item's teaser, furniture. A paragraph followed by
 * the page's sharing tools, or a longer section, stays.
 */
export function markTeasers(lines: readonly string[], roles: Role[], start: number): void {
  if (start < 0) return;
  for (let i = start + 1; i < lines.length; i++) {
    if (!isReadMore(lines[i], roles[i])) continue;
    let k = i + 1;
    while (k < lines.length && k <= i + 3 && isText(roles[k]) && wordCount(lines[k]) <= 25) k++;
    const rubric = lines[i + 1]?.trim() ?? "";
    if (k - i < 3 || k >= lines.length || !isReadMore(lines[k], roles[k]) || wordCount(rubric) > 3 || /[.!?,;:]$/u.test(rubric)) continue;
    for (let j = i + 1; j < k; j++) roles[j] = { kind: "furniture", why: "teaser" };
    i = k - 1;
  }
}

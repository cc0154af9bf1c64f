import type { Role } from "./line-roles";

/** A spec box's header: « Fiche technique », « Le projet en chiffres ». */
const SPEC_HEADER = /^(?:fiche technique|caract[ée]ristiques techniques|(?:le projet |le site )?en chiffres)\s*:?$/iu;
/** A spec box's line: a short key, a colon, its value (« Puissance IT : 28 MW »). */
const SPEC_LINE = /^[\p{Lu}][^:.!?]{1,40}\s?:\s?[^.!?]{1,80}$/u;

/**
 * A spec box after the article's last paragraph repeats its figures as a card:
 * furniture, with its header. The same box between paragraphs is part of the
 * text (a release's key figures, read in their place): it stays.
 */
export function markClosingSpecBox(lines: readonly string[], roles: Role[], isProse: (line: string) => boolean): void {
  const proseAfter: boolean[] = new Array(lines.length + 1).fill(false);
  for (let i = lines.length - 1; i >= 0; i--) proseAfter[i] = proseAfter[i + 1] || (roles[i].kind === "text" && isProse(lines[i]) && !SPEC_LINE.test(lines[i]));
  lines.forEach((line, i) => {
    if (roles[i].kind !== "text" || !SPEC_HEADER.test(line.trim())) return;
    let k = i + 1;
    while (k < lines.length && roles[k].kind === "text" && SPEC_LINE.test(lines[k]) && lines[k].split(/\s+/).length <= 14) k++;
    if (k - i < 3 || proseAfter[k]) return;
    for (let j = i; j < k; j++) roles[j] = { kind: "furniture", why: "related" };
  });
}

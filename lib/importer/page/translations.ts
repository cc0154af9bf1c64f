import { looksForeign } from "./captions";
import { isText, type Role } from "./line-roles";
import { wordCount } from "./line-shapes";

/*
 * A bilingual release prints each paragraph twice, in French and then in
 * another language (« Equinix acquiert … » / « Equinix to acquire … »). The
 * archive keeps the French text; the other language's lines are its translation.
 */

/** The other language's small words a line holds: one « y » or « del » in a French sentence makes no translation. */
const OTHER = new Set(["the", "of", "and", "is", "are", "with", "has", "have", "to", "for", "its", "will", "in", "by", "een", "van", "het", "der", "die", "das", "und", "ist", "el", "los", "las", "del"]);
const otherWords = (line: string) => line.toLowerCase().split(/[^\p{L}]+/u).filter((w) => OTHER.has(w)).length;

/**
 * Marks the other language's lines: lines of some length in another language,
 * each right after a French line, two pairs or more, on a page mostly French.
 * One quotation in English inside a French article stays.
 */
export function markTranslations(lines: readonly string[], roles: Role[]): void {
  const long = (i: number) => i >= 0 && isText(roles[i]) && wordCount(lines[i]) >= 6;
  const foreign = lines.flatMap((l, i) => (long(i) && looksForeign(l) && otherWords(l) >= 2 ? [i] : []));
  if (foreign.length < 2) return;
  const set = new Set(foreign);
  const french = lines.filter((_, i) => long(i) && !set.has(i)).length;
  const paired = foreign.filter((i) => long(i - 1) && !set.has(i - 1));
  if (french < foreign.length || paired.length < 2) return;
  for (const i of paired) roles[i] = { kind: "furniture", why: "translation" };
}

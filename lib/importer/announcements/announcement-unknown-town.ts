import type { Mention } from "./announcement-mentions";

/**
 * « à Semoutiers », « à Saint-Jean-de-Losne »: a town named after « à », capitalised, each word lower-case after its
 * first letter (an acronym or a firm in capitals is not read). The name must stand in the clause itself, set off by
 * a comma or the sentence's words, not open a quotation.
 */
const AT_TOWN = /(?<![\p{L}'’])à\s+(\p{Lu}[\p{Ll}'’]+(?:-(?:\p{Lu}[\p{Ll}'’]+|(?:sur|sous|lès|les|en|de|du|des|la|le|l'|aux)(?=-)))*(?:-\p{Lu}[\p{Ll}'’]+)?)(?=[\s,.;:)]|$)/gu;

/**
 * The first town the sentence names after « à » that no mention covers — a place the registry lacks — or undefined.
 * « Elle y prévoit de construire, à Semoutiers, un campus »: the clause says where; a place borrowed from the
 * sentences before (« y », the firm's home town just named) would be a false one, so the reading stays unplaced.
 *
 * @example unknownTownNamed("Elle y prévoit de construire, à Semoutiers, un campus.", []) // "Semoutiers"
 * @example unknownTownNamed("Elle y construira un campus à Lyon.", [{ kind: "place", slug: "lyon", start: 28, end: 32 }]) // undefined
 */
export function unknownTownNamed(text: string, mentions: readonly Mention[]): string | undefined {
  for (const m of text.matchAll(AT_TOWN)) {
    const start = m.index! + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (!mentions.some((x) => x.start < end && x.end > start)) return m[1];
  }
  return undefined;
}

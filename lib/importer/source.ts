import { type DateMention, findDateMentions, parseNumericDate } from "./dates";

/** "(Source : WeAreTechAfrica, 11 octobre 2023)" → the publication and, when given, its date. */
export type SourceLine = { name: string; date?: DateMention };

/**
 * A source line, with or without brackets; the date is taken from the part after
 * the last comma when that part is a date.
 * @example parseSourceLine("(Source : WeAreTechAfrica, 11 octobre 2023)") // { name: "WeAreTechAfrica", date: { day: 11, month: 10, year: 2023, … } }
 */
export function parseSourceLine(line: string): SourceLine | undefined {
  const match = line.trim().match(/^[([]?\s*(?:source|sources|d'après|d’après)\s*:\s*(.+?)\s*[)\]]?\.?$/iu);
  if (!match || match[1].length > 150) return undefined;
  const content = match[1];
  const comma = content.lastIndexOf(",");
  if (comma > 0) {
    const tail = content.slice(comma + 1).trim();
    const date = findDateMentions(tail).find((d) => d.year !== undefined) ?? parseNumericDate(tail);
    if (date && date.text.length >= tail.length - 3) return { name: content.slice(0, comma).trim(), date };
  }
  return { name: content };
}

/**
 * A photo credit line ("Photo : AFP", "Crédit photo : Jeanne Martin", "© Reuters"):
 * what it credits, kept out of the body and never taken for the author.
 * A long "Photo : …" line describes the picture: it is a caption, not a credit.
 */
export function parseCredit(line: string): string | undefined {
  const trimmed = line.trim();
  const match =
    trimmed.match(/^(?:photos?|cr[ée]dits?(?: photos?)?|illustration|image|vid[ée]o)\s*:\s*(.+)$/iu) ??
    trimmed.match(/^(?:©|\(c\))\s*(.+)$/iu) ??
    // Press credits in capitals: "PHOTO FRANÇOIS ROY, ARCHIVES LA PRESSE", "(JULIEN DUPRÉ / MAXPPP)".
    trimmed.match(/^PHOTOS?\s+([\p{Lu}][\p{Lu}\s'’.,/-]+)$/u) ??
    trimmed.match(/^\(([\p{Lu}][\p{Lu}\s'’.-]*\s\/\s[\p{Lu}][\p{Lu}\s'’./-]*)\)$/u);
  return match && match[1].length <= 60 ? match[1].trim() : undefined;
}

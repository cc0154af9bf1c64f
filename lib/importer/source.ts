import { type DateMention, findDateMentions, parseNumericDate } from "./dates";
import { PERSON_NAME } from "./line-shapes";

/** "(Source : WeAreTechAfrica, 11 octobre 2023)" → the publication and, when given, its date. */
export type SourceLine = { name: string; date?: DateMention };

/** Job titles a byline gives after a name: they mark a signature, not a quoted person. */
const BYLINE_ROLES = String.raw`(?:journaliste|r[ée]dact(?:eur|rice)(?: en chef)?|correspondante?|envoy[ée]e? sp[ée]ciale?|chroniqueu(?:r|se)|reporter|pigiste|avec (?:l'|l’)?AFP|pour [\p{Lu}].*)`;

const BYLINE_PAR = new RegExp(`^[Pp]ar\\s+(${PERSON_NAME}(?:\\s+et\\s+${PERSON_NAME})?)\\s*(?:[,|–—-].{0,80})?$`, "u");
const BYLINE_ROLE = new RegExp(`^(${PERSON_NAME})\\s*,\\s*${BYLINE_ROLES}.{0,60}$`, "u");

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
 * The author a byline names: "Par Jeanne Martin", "Par Jeanne Martin | Le Monde",
 * "Jeanne Martin, journaliste".
 * @example parseByline("Par Jeanne Martin, à Lyon") // "Jeanne Martin"
 */
export function parseByline(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed.length > 120) return undefined;
  return trimmed.match(BYLINE_PAR)?.[1] ?? trimmed.match(BYLINE_ROLE)?.[1];
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
    trimmed.match(/^(?:©|\(c\))\s*(.+)$/iu);
  return match && match[1].length <= 60 ? match[1].trim() : undefined;
}

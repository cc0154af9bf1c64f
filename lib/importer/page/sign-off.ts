import { type DateMention, findDateMentions, parseNumericDate } from "./dates";

/** « Fait à Chalon-sur-Saône, le 20 juin 2025 », « Le 20 juin 2025, le service communication »: a text's closing line, signed and dated. */
const SIGN_OFF = /^(?:(?:Fait|Délibéré|Rédigé|Écrit|Donné)\s+à\s+\p{Lu}[\p{L}'’ -]{1,40},\s+le\s+(.{6,30}?)\.?|(?:Le|le)\s+(.{6,30}?),\s+(?:l[ae]s?\s+|l['’])?\p{L}[\p{L}'’-]+(?:\s[\p{L}'’-]+){0,3})$/u;

/** The date of a sign-off line closing the text, whole (day, month, year), else undefined. */
export function parseSignOff(line: string): DateMention | undefined {
  const m = line.length <= 90 ? line.trim().match(SIGN_OFF) : null;
  const said = m ? (m[1] ?? m[2]) : undefined;
  const date = said ? (findDateMentions(said)[0] ?? parseNumericDate(said)) : undefined;
  return date && date.day !== undefined && date.year !== undefined && date.text.length >= said!.trim().length - 3 ? date : undefined;
}

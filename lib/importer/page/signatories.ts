import { isBylineName } from "./line-shapes";
import { ROLE_START } from "./byline";

/*
 * Names under a contact block or a record's signatures: they sign no article (moved out of byline.ts, at its 250 lines).
 */
/** Words over a press or investor contact: the names under them are contacts, not the article's author. */
const CONTACT = /(?<![\p{L}])(?:contacts?|relations?\s+(?:presse|publiques|investisseurs|m[ée]dias)|service\s+(?:de\s+)?presse|attach[ée]e?\s+de\s+presse|press\s+contact|media\s+contact)(?![\p{L}])/iu;

/** True when one of the four lines above line `i` opens a contact block ("Contacts", "Service des relations publiques"). */
export function underContact(lines: readonly string[], i: number): boolean {
  return lines.slice(Math.max(0, i - 4), i).some((l) => l.length <= 80 && CONTACT.test(l));
}

/** « Lise Bergevin, mairesse », « Me Claire Roy, greffière »: a name (after an optional title) and an office in lower case. */
const SIGNATORY = /^(?:(?:Maître|Me|Docteur|Dr|Professeur|Pr)\s+)?([^,]{3,50}),\s*(\p{Ll}[\p{L}'’ -]{2,40})$/u;
const isSignatory = (line: string | undefined) => {
  const m = line?.match(SIGNATORY);
  return m !== null && m !== undefined && isBylineName(m[1]) && !ROLE_START.test(m[2]);
};

/** The name of a « Name, office » line (« Françoise Delmas, présidente »), or undefined. */
export const signatoryName = (line: string) => (isSignatory(line) ? line.match(SIGNATORY)?.[1] : undefined);

/**
 * True when the byline at line `i` is one signature of an official document's
 * block (minutes, a resolution, a joint letter): it and a line beside it each
 * give a name and an office that is no journalist's. Those sign the record; the
 * record has no author.
 */
export function coSigned(lines: readonly string[], i: number): boolean {
  return isSignatory(lines[i]) && (isSignatory(lines[i - 1]) || isSignatory(lines[i + 1]));
}

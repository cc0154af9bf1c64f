import type { AmountMention } from "./amounts";
import type { FacilityNoun } from "./announcement-clues";

/** What of a sentence's reading (announcement-events.ts) this reads; structural, so the two files do not import each other. */
type Part = { by: string[]; kind: string; status: string; place?: string; country?: string; amount?: AmountMention; mw?: number; year?: number; standalone: boolean; why: string[] };

/** « …, inauguré cette semaine », « …, mis en service en mars »: the state a participle after a comma gives the noun it qualifies. */
const OPENED = /^[^.;]*?,\s*(?:déjà\s+)?(?:inauguré|inaugurée|ouvert|ouverte|mis en service|mise en service|entré en service|entrée en service)(?![\p{L}])/iu;

/**
 * « Google consacrera 5 milliards … à ses infrastructures britanniques, dont un nouveau centre de données
 * à Waltham Cross, …, inauguré cette semaine »: the sum is the investment's; the new facility it names
 * under « dont », whose state the participle gives, is an announcement of its own (no figure of its own).
 */
export function namedParts<R extends Part>(readings: R[], text: string, facilities: readonly FacilityNoun[]): R[] {
  const invest = readings.length === 1 && readings[0].kind === "investment" ? readings[0] : undefined;
  const dont = invest ? /(?<![\p{L}])dont\s+(?:un|une)\s+(?:(?:nouveau|nouvel|nouvelle|premier|première)\s+)?$/iu : undefined;
  const part = dont && facilities.find((f) => f.kind !== "other" && dont.test(text.slice(Math.max(0, f.start - 40), f.start)));
  if (!invest || !part || !OPENED.test(text.slice(part.end))) return readings;
  const { amount: _a, mw: _m, year: _y, ...same } = invest;
  return [invest, { ...same, kind: part.kind, status: "operational", standalone: true, why: [...invest.why, "installation nommée dans l'investissement (« dont un nouveau … »), état lu du participe qui la qualifie"] } as R];
}

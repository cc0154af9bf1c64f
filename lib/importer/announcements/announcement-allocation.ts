import { FACILITY_KINDS } from "./announcement-drafts";
import type { Reading } from "./announcement-reading";
import { announcementCapacities } from "./announcement-figures";
import type { Mention } from "./announcement-mentions";

/*
 * « L'opérateur du réseau a annoncé l'attribution de deux blocs d'électricité totalisant 190 mégawatts à des projets de centres de
 * données, l'un à X, l'autre à Y », « a accordé 300 mégawatts à quatre projets »: the grantor hands power to others' projects; it
 * builds none of them. Its statement is the grant itself (kind « other », done, with the power granted), with no place: the places
 * named are the projects', and the recipients' announcements are told in their own sentences.
 */
const GRANT =
  /(?:(?:a|ont)\s+(?:[\p{L}-]+\s+)?(?:accordé|attribué|octroyé|alloué)|(?<![\p{L}])(?:accorde|attribue|octroie|alloue)(?:nt)?|l'(?:attribution|octroi|allocation))\s+(?:[^.;]{0,40}?)(?:\d[\d\s,.]*\s*(?:mégawatts?|MW)|blocs?\s+d'électricité|bloc\s+de\s+\d)(?![\p{L}])/iu;

/** The readings of a sentence whose subject grants power: its facility readings become the one grant it makes. */
export function grantReadings(readings: readonly Reading[], text: string, mentions: readonly Mention[]): Reading[] {
  const grant = GRANT.exec(text.replace(/’/g, "'"));
  if (!grant) return [...readings];
  // The grantor is named before the grant; a firm after it (« à QScale ») is a recipient, whose own reading stays.
  const grantors = new Set(mentions.filter((m) => m.kind === "company" && m.start < grant.index).map((m) => m.slug));
  const granted = (r: Reading) => FACILITY_KINDS.has(r.kind) && r.kind !== "other" && r.by.length > 0 && r.by.every((b) => grantors.has(b));
  const first = readings.find(granted);
  if (!first) return [...readings];
  const mw = announcementCapacities(text)[0]?.mw;
  const { place: _p, country: _c, amount: _a, mw: _m, year: _y, ...rest } = first;
  const one: Reading = { ...rest, kind: "other", status: "completed", ...(mw !== undefined ? { mw } : {}), why: [...first.why, "attribution de puissance : l'acte de celui qui l'accorde, sans le lieu des projets qui la reçoivent"] };
  return [one, ...readings.filter((r) => !granted(r))];
}

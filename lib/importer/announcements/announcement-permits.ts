import { eventYears, facilityNouns } from "./announcement-clues";
import type { Reading } from "./announcement-reading";
import type { AnnouncementRegistry, Mention } from "./announcement-mentions";
import { placeGroups, placeOf } from "./announcement-places";

/*
 * An authority's permit for a firm's facility (« le préfet a autorisé la société
 * Aquitaine Datacenter Services (ADS) à exploiter une installation classée …
 * sur la commune du Haillan »): the facility is announced, by the firm given
 * leave; the authority is no firm and not `by`.
 */

/** « a autorisé la société X (X) à exploiter », « autorise l'opérateur X à construire ». */
const PERMITTED = /(?:^|\s)(?:a|ont|avait)\s+autorisé\s+(?:la société\s+|l'entreprise\s+|le groupe\s+|l'opérateur\s+|la filiale\s+)?$/iu;
const TO_BUILD = /^\s*(?:\([^)]{1,40}\)\s*)?,?\s*à\s+(?:exploiter|construire|implanter|aménager|installer|bâtir)\s+/iu;

/*
 * Round 27 (held-out-20, 422): « le préfet a accordé à la société X l'autorisation environnementale nécessaire à la
 * construction d'un campus … »: the same leave, given with « accorder à X l'autorisation / le permis … de ».
 */
const GRANTED = /(?:^|\s)(?:a|ont|avait)\s+(?:accordé|délivré|octroyé)\s+à\s+(?:la société\s+|l'entreprise\s+|le groupe\s+|l'opérateur\s+|la filiale\s+)?$/iu;
const LEAVE_FOR =
  /^\s*(?:\([^)]{1,40}\)\s*)?(?:l'autorisation|le permis de construire|le permis)\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:nécessaire\s+)?(?:à|pour)\s+(?:la\s+|l')?(?:construction|exploitation|implantation|réalisation|construire|exploiter|implanter)\s+|de\s+(?:construire|exploiter|bâtir)\s+)(?:(?:d'|de\s+)(?!la\s|l')|)/iu;

/** The announcement a permit sentence states, or none. */
export function permitReading(text: string, mentions: Mention[], registry: AnnouncementRegistry): Reading | undefined {
  const plain = text.replace(/’/g, "'");
  const near = (m: Mention, before: RegExp, after: RegExp) => before.test(plain.slice(Math.max(0, m.start - 60), m.start)) && after.test(plain.slice(m.end, m.end + 120));
  const firm = mentions.find((m) => m.kind === "company" && (near(m, PERMITTED, TO_BUILD) || near(m, GRANTED, LEAVE_FOR)));
  if (!firm) return undefined;
  const verbEnd = firm.end + (TO_BUILD.exec(plain.slice(firm.end)) ?? LEAVE_FOR.exec(plain.slice(firm.end)))![0].length;
  const facility = facilityNouns(plain).find((f) => f.start >= verbEnd && f.start - verbEnd < 20 && !f.definite);
  if (!facility) return undefined;
  const group = placeGroups(plain, mentions, registry, facility.end, plain.length)[0];
  return {
    by: [firm.slug],
    carried: false,
    kind: facility.kind === "cable" || facility.kind === "cloud-region" ? facility.kind : "datacenter",
    status: "announced",
    place: placeOf(group, registry, plain),
    country: group?.[0]?.country,
    year: eventYears(plain.slice(facility.end))[0]?.year,
    standalone: true,
    there: false,
    why: [`autorisation donnée à l'entreprise (« ${plain.slice(firm.start, verbEnd).trim()} ») : installation annoncée, par elle`],
  };
}

/** « le permis de construire accordé en avril par la mairie à la société X »: the permit's holder, whose project the next sentences tell. */
const PERMIT_GIVEN = /(?<![\p{L}])permis de construire\s+(?:[^,;.]{0,20}\s)?(?:accordé|délivré|octroyé|attribué)\s+[^;.]{0,60}?\sà\s+(?:la société\s+|l'entreprise\s+|le groupe\s+|l'opérateur\s+|la filiale\s+)?$/iu;

/** The firm a building permit is given to, the subject « le projet », « l'entreprise » of the next sentences point back to. */
export function permitHolder(text: string, mentions: Mention[]): string[] | undefined {
  const plain = text.replace(/’/g, "'");
  const firm = mentions.find((m) => m.kind === "company" && PERMIT_GIVEN.test(plain.slice(Math.max(0, m.start - 140), m.start)));
  return firm ? [firm.slug] : undefined;
}

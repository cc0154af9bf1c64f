import { sitedAt } from "./announcement-clues";
import type { Reading } from "./announcement-reading";
import { announcementCapacities } from "./announcement-figures";
import type { AnnouncementRegistry, Mention } from "./announcement-mentions";

/*
 * The other side of a grant of power (announcement-allocation.ts): « X obtient / reçoit / décroche 60 mégawatts pour un nouveau
 * site à Y », « X se voit attribuer 40 MW à Y », « Le plus gros bloc, de 160 mégawatts, revient / va à X »: the firm that receives
 * the power announces the facility it is for (fixtures README: a grant's recipients are announced in their own sentences). A
 * facility, announced, with the power received and the place the sentence sites (none sited, no reading); no sum (a sum of the sentence may be the
 * firm's past spending). Only when the sentence gave that firm no facility reading of its own.
 */
const RECEIVES = /(?<![\p{L}])(?:obtien(?:t|nent)|re[çc]oi(?:t|vent)|décroche(?:nt)?|se\s+voi(?:t|ent)\s+attribuer)\s+(?:pour\s+sa\s+part\s+|pour\s+leur\s+part\s+|à\s+son\s+tour\s+)?(?:un\s+bloc\s+de\s+)?\d[\d\s,.]*\s*(?:mégawatts?|MW)(?![\p{L}])/iu;
/** « Le bloc, de 160 mégawatts, revient à X »: the power first, its recipient after. */
const GOES_TO = /(?<![\p{L}])(?:bloc|part|enveloppe)[^.;]{0,40}?\d[\d\s,.]*\s*(?:mégawatts?|MW)[^.;]{0,20}?\s(?:revient|va|ira|reviendra)\s+(?:à|au)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;
/** The place of the thing the power is for, not of the firm's background (« déjà présent à Montréal »). */
const BACKGROUND_PLACE = /(?:déjà\s+(?:présente?s?|installée?s?|implantée?s?)|basée?s?|fondée?s?[^,]{0,20}?)\s+(?:à|au|en|dans)\s*$/iu;
const OWN_SITE = /(?:campus|site|installations|implantation|centre)\s+(?:de\s+|d')$/iu;

export function recipientReadings(readings: readonly Reading[], text: string, mentions: readonly Mention[], registry: AnnouncementRegistry): Reading[] {
  const plain = text.replace(/’/g, "'");
  const companies = mentions.filter((m) => m.kind === "company");
  const receives = RECEIVES.exec(plain);
  const recipient = receives
    ? companies.filter((m) => m.end <= receives.index).at(-1)
    : companies.find((m) => GOES_TO.test(plain.slice(0, m.start)));
  if (!recipient || readings.some((r) => r.by.includes(recipient.slug) && r.kind !== "partnership")) return [...readings];
  const from = receives ? receives.index : recipient.end;
  const mw = announcementCapacities(plain.slice(receives ? receives.index : 0))[0]?.mw;
  if (mw === undefined) return [...readings];
  const places = mentions.filter((m) => m.kind === "place" && !BACKGROUND_PLACE.test(plain.slice(Math.max(0, m.start - 40), m.start)));
  const place = places.find((m) => m.start > from && (sitedAt(plain, m.start) || OWN_SITE.test(plain.slice(Math.max(0, m.start - 30), m.start)))) ?? places.find((m) => m.start < recipient.start && sitedAt(plain, m.start));
  // No place sited: the power alone says not where the facility is, and a reading with no place pairs with nothing.
  if (!place) return [...readings];
  const country = registry.places.get(place.slug)?.country;
  const reading: Reading = {
    by: [recipient.slug],
    carried: false,
    kind: "datacenter",
    status: "announced",
    place: place.slug,
    ...(country ? { country } : {}),
    mw,
    standalone: true,
    there: false,
    why: ["puissance reçue (« obtient / reçoit N MW », « le bloc … revient à ») : l'installation annoncée de celui qui la reçoit"],
  };
  return [...readings, reading];
}

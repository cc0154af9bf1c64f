import type { AmountMention } from "./amounts";
import { eventYears, facilityNouns } from "./announcement-clues";
import { announcementCapacities } from "./announcement-figures";
import type { AnnouncementRegistry, Mention } from "./announcement-mentions";
import { placeGroups, placeOf } from "./announcement-places";
import type { Reading } from "./announcement-reading";
import { type Tagged, companiesAfter } from "./announcement-subject";

/*
 * Round 40: a deal told in the passive, its noun the subject (« Une convention a été signée mardi entre X et Y », « Un accord
 * de distribution a été signé avec Y »), is the deal done, as « X a signé un accord avec Y » is: a partnership, `completed`.
 * Its parties are the firms after « entre »; after « avec », the one it was signed with, and the firm the text was speaking
 * of (`carried`: « a été signé avec » names one side only); « entre les deux entreprises » is the firms just named.
 */
const PASSIVE_SIGNED =
  /^\s*(?:[^,;]{0,40},\s*)?(?:un|une|l'|la|le)\s*(?:accord|accord-cadre|convention|contrat|protocole|mémorandum)(?![\p{L}])[^.;«»]{0,80}?\s(?:a|ont)\s+été\s+(?:[\p{L}]+\s+)?sign(?:é|ée|és|ées)(?![\p{L}])/iu;
/** « entre les deux entreprises », « entre les deux sociétés »: the two firms the sentence before named. */
const THE_TWO = /^\s*entre\s+les\s+deux\s+(?:entreprises|sociétés|groupes|partenaires|acteurs|opérateurs)(?![\p{L}])/iu;
/** Between « entre » or « avec » and a party: an article and up to three words (« l'intégrateur espagnol »). */
const PARTY = /(?:entre|avec)\s+(?:(?:le|la|les|l')\s*)?(?:[\p{Ll}-]+\s+){0,3}$/u;

const PASSIVE_WHY = "verbe : un accord « a été signé », dit au passif";

/** A deal read from a passive signing: its country may come from the sentence just before, as any deal's (the held-out-21 rule). */
export const isPassiveDeal = (r: { why: readonly string[] }): boolean => r.why[0] === PASSIVE_WHY;

/** The parties of a deal signed in the passive, or undefined when the sentence is none or names no firm that signs. */
export function passiveDeal(plain: string, companies: Tagged[]): { parties: string[]; carried: boolean } | undefined {
  const m = PASSIVE_SIGNED.exec(plain);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  const rest = plain.slice(end);
  // « …, qui exploite le réseau », « …, basé à Barcelone »: a clause describing a party; the parties are named before it.
  const stop = rest.search(/,\s*(?:qui|dont|où|basée?s?)\s/u);
  const clauseEnd = stop >= 0 ? end + stop : plain.length;
  const between = rest.search(/(?<![\p{L}])entre\s/u);
  if (between >= 0 && end + between < clauseEnd && THE_TWO.test(rest.slice(between))) return { parties: [], carried: true };
  const parties = companiesAfter(plain, companies, end, clauseEnd, PARTY);
  const both = between >= 0 && end + between < clauseEnd;
  // « entre X et Y » names both sides, two firms: « entre l'hébergeur et la Région » is a firm's deal with a public body, no deal between firms.
  if (!parties.length || (both && parties.length < 2)) return undefined;
  // « avec Y » names only the other side of the firm the text speaks of.
  return { parties, carried: !both };
}

/** The deal's reading: its parties, done, with the place, sum, size and year its sentence gives. */
export function passiveReading(plain: string, companies: Tagged[], mentions: Mention[], registry: AnnouncementRegistry, amounts: AmountMention[]): Reading | undefined {
  const deal = passiveDeal(plain, companies);
  if (!deal) return undefined;
  const groups = placeGroups(plain, mentions, registry, 0, plain.length);
  const countries = [...new Set(groups.map((g) => g[0].country))];
  const place = groups.length === 1 ? placeOf(groups[0], registry, plain) : undefined;
  const year = eventYears(plain)[0]?.year;
  const mw = announcementCapacities(plain, { siteTotal: true })[0]?.mw;
  return {
    by: deal.parties,
    carried: deal.carried,
    kind: "partnership",
    status: "completed",
    ...(place ? { place } : {}),
    ...(countries.length === 1 ? { country: countries[0] } : {}),
    ...(amounts[0] ? { amount: amounts[0] } : {}),
    ...(mw !== undefined ? { mw } : {}),
    ...(year ? { year } : {}),
    standalone: true,
    there: false,
    why: [PASSIVE_WHY, ...(deal.carried ? ["entreprise : l'autre partie, celle dont parle le texte"] : [])],
  };
}

/** « L'accord a été signé », « Le contrat a été signé »: a definite deal with no complement, the one the text just spoke of. */
const THE_DEAL = /^\s*(?:l'accord|le\s+contrat|la\s+convention|le\s+protocole)\s+(?:a|ont)\s+été\s/iu;

/**
 * « Le port accueillera une nouvelle station. L'accord a été signé mercredi entre X et Y. »: the deal to build the facility the
 * sentence before announced (README's deal-to-build convention, told in two sentences); the facility is the announcement, the
 * deal none of its own. An indefinite « Une convention a été signée » is a deal of its own.
 */
export const dealForFacilityBefore = (r: { why: string[] }, text: string, before: string): boolean =>
  r.why[0] === PASSIVE_WHY && THE_DEAL.test(text.replace(/’/g, "'")) && facilityNouns(before.replace(/’/g, "'")).some((f) => f.isNew || f.indefinite);

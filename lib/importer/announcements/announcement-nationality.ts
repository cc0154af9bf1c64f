import type { AnnouncementKind } from "../../model/schema/announcement";
import { HOME, SIGNED_AT } from "./announcement-clauses";
import type { AnnouncementRegistry, Mention } from "./announcement-mentions";

const FIRM_NOUN = /(?<![\p{L}])(?:l'|le\s+|du\s+)(?:opérateur|groupe|géant|fonds|société|entreprise|équipementier|constructeur|hébergeur|investisseur|fournisseur|acteur|spécialiste)\s+$/iu;
const BOUGHT_EPITHET = /^\s+(?:l'|le\s+)\p{L}+\s+$/u;
const PARENT = /(?<![\p{L}])filiale\s+d(?:u|e\s+la|e\s+l'|')\s*\p{L}+\s+$/iu;

/** What a clause with no place of its own gives for a country, from `readSentence`. */
export type ClauseCountryContext = {
  plain: string;
  mentions: Mention[];
  companies: readonly Mention[];
  registry: AnnouncementRegistry;
  by: readonly string[];
  kind: AnnouncementKind;
  /** Where the governing verb ends, where the buying verb ends, where the clause ends. */
  governingEnd: number;
  buyingEnd: number;
  scopeEnd: number;
};

/**
 * The country of a clause that names no place: an adjective on the facility
 * or the bought firm (never the builder's nationality), the bought firm's
 * home, or where a deal was signed — each said in `why`.
 */
export function clauseCountry(c: ClauseCountryContext, place: string | undefined, why: string[]): { country?: string; place?: string } {
  const { plain, mentions, companies, registry, by, kind, scopeEnd } = c;
  let country: string | undefined;
  // « construit par l'équipementier chinois Huawei », « un contrat avec le groupe chinois Huawei »: a firm's nationality is not where a facility goes (a deal's partner or bought firm aside).
  const ofTheBuilder = (a: Mention) => companies.some((co) => co.start >= a.end && (by.includes(co.slug) ? co.start - a.end <= 30 : !["acquisition", "partnership"].includes(kind) && !plain.slice(a.end, co.start).trim()));
  // « avec les calories du centre de données de l'opérateur japonais », « à Data4, filiale du fonds canadien Brookfield »: the home of a party
  // named by its epithet alone, or of a party's parent, is not where the deal is (336, 335 of held-out-16). An indefinite apposition
  // describes the bought firm (« l'acquisition d'Etix Everywhere, un opérateur français », 272 of held-out-13): it stays.
  // The bought firm's epithet right after the buying verb (« a racheté l'opérateur allemand … Data Power », 47) is its home, the deal's country.
  const bought = (a: Mention) => kind === "acquisition" && BOUGHT_EPITHET.test(plain.slice(c.buyingEnd, a.start));
  const epithet = (a: Mention) =>
    !bought(a) &&
    FIRM_NOUN.test(plain.slice(Math.max(0, a.start - 20), a.start)) && (!companies.some((co) => co.start >= a.end && co.start - a.end <= 3) || PARENT.test(plain.slice(Math.max(0, a.start - 40), a.start)));
  const adjective = mentions.find((m) => m.kind === "adjective" && m.start >= c.governingEnd && m.end <= scopeEnd && !ofTheBuilder(m) && !epithet(m));
  if (adjective) (country = adjective.slug), why.push(`pays lu de l'adjectif « ${plain.slice(adjective.start, adjective.end)} »`);
  // « racheter Néodata, hébergeur fondé à Nantes »: the bought firm's home gives the deal's country; « basé au Mont-sur-Lausanne », its place too (sought in the whole clause: « fabricant … pour serveurs basé à Yverdon » has a « pour » that is no purpose).
  const home = kind === "acquisition" && !adjective ? mentions.find((m) => (m.kind === "place" || m.kind === "country") && m.start > c.buyingEnd && m.end <= scopeEnd && HOME.test(plain.slice(Math.max(0, m.start - 40), m.start))) : undefined;
  const homeCountry = home && (home.kind === "place" ? registry.places.get(home.slug)?.country : home.slug);
  if (homeCountry) (country = homeCountry), (place = home.kind === "place" && /bas[ée]/iu.test(plain.slice(home.start - 20, home.start)) ? home.slug : place), why.push(`pays : celui de l'entreprise achetée (« ${plain.slice(home.start, home.end)} »)`);
  // « ont signé lundi à Libreville un protocole d'accord »: a deal with no site of its own is the country it was signed in.
  const signed = kind === "partnership" && !country ? mentions.find((m) => (m.kind === "place" || m.kind === "country") && SIGNED_AT.test(plain.slice(Math.max(0, m.start - 30), m.start))) : undefined;
  if (signed) (country = signed.kind === "place" ? registry.places.get(signed.slug)?.country : signed.slug), why.push(`pays : celui où l'accord est signé (« ${plain.slice(signed.start, signed.end)} »)`);
  return { country, place };
}

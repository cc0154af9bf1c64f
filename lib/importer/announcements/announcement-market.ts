import type { Reading } from "./announcement-reading";
import type { Mention } from "./announcement-mentions";

/*
 * A deal to sell a service names where the service is sold or hosted, not where the deal is: « a signé un accord avec
 * le français Y pour distribuer ses offres auprès des entreprises tunisiennes, les données restant hébergées à Roubaix »,
 * « a noué un partenariat avec Y pour proposer à ses clients de l'hébergement à Nairobi », « un accord avec Y, qui
 * proposera à ses clients une solution … entre le site de X et ses centres de Roubaix », « pour proposer des services
 * depuis Kigali » (the corpus's hosted-service convention: such deals have no place or country). A deal to build
 * (« pour construire un centre à Osorno ») keeps its place: only the selling verbs open the clause.
 */
const SELLING = /(?<![\p{L}])(?:pour|afin\s+de|qui)\s+(?:(?:lui|leur|y)\s+)?(?:proposer|proposera|proposeront|distribuer|distribuera|commercialiser|commercialisera|revendre|vendre|offrir|offrira)(?![\p{L}])/iu;

/** Where data is kept: « hébergées à », « de l'hébergement à », « ses centres de données de », « le site de », or served from: « depuis X ». */
const HOSTED = /(?<![\p{L}])(?:héberg\p{L}*|centres?\s+de\s+données|sites?|depuis)(?![\p{L}])/iu;

/**
 * True when a partnership names no place before its selling clause, and inside it only where the data is hosted or
 * none (the clients' adjectives aside): the deal then takes no place nor country, and looks nowhere else.
 */
export function marketOnly(r: Reading, text: string, mentions: readonly Mention[], why: string[]): boolean {
  if (r.kind !== "partnership") return false;
  const plain = text.replace(/’/g, "'");
  const clause = SELLING.exec(plain);
  if (!clause) return false;
  const from = clause.index + clause[0].length;
  // « avec le français Y », « avec le kényan Y »: a partner's epithet says where the partner is from, not where the deal is.
  const epithet = (m: Mention) =>
    m.kind === "adjective" && (mentions.some((c) => c.kind === "company" && c.start >= m.end && c.start - m.end <= 3) || /(?<![\p{L}])(?:le|la|l')\s*$/iu.test(plain.slice(0, m.start)));
  const before = mentions.some((m) => (m.kind === "place" || m.kind === "country" || m.kind === "adjective") && m.start < from && !epithet(m));
  const places = mentions.filter((m) => (m.kind === "place" || m.kind === "country") && m.start >= from);
  // No place at all after the clause (« qui proposera depuis le site … aux entreprises malgaches »): the clients' adjective and
  // « le site » locate the service, not the deal, which then borrows no place from the sentence before either.
  if (before || !places.every((m) => HOSTED.test(plain.slice(Math.max(from, m.start - 45), m.start)))) return false;
  why.push("lieu non dit : les lieux de la phrase sont ceux où le service vendu est hébergé (« pour proposer … l'hébergement à »), non ceux de l'accord");
  return true;
}

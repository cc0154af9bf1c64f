import type { Reading } from "./announcement-reading";
import type { AnnouncementRegistry, Mention } from "./announcement-mentions";
import { COMPANY_ANAPHOR } from "./announcement-subject";
import { RAISE_WHY } from "./announcement-stake";

/*
 * « La société a été rachetée en 2019 par le groupe allemand Hetzner Online »: a purchase told in the passive is the
 * agent's (the firm after « par »), not its subject's, which is what was bought (265 of held-out-12; obituaries, portraits
 * and deal briefs tell a sale that way). The agent's nationality (« le groupe allemand ») is its home, not where the deal is.
 */
const PASSIVE_PURCHASE = /(?<![\p{L}])(?:été|est|sont|était|étaient|sera|seront)\s+(?:[\p{L}]+\s+)?(?:rachet|acqui[st]|repris)\p{L}*(?![\p{L}])[^.;«»]{0,40}?(?<![\p{L}])par\s+/iu;
/** « Elle » after it is still what was bought, not the buyer: announcements.ts keeps the thread on the subject. */
export const PASSIVE_WHY = "l'acheteur d'un rachat dit au passif";
/** A reading whose firms are not the sentence's subject: a passive's buyer, a raise's investors (announcement-stake.ts). */
export const byOthers = (r: Reading) => r.why.some((w) => w.endsWith(PASSIVE_WHY) || w.endsWith(RAISE_WHY));
/** Between « par » and the buyer: an article, a noun and adjectives (« le groupe allemand »), nothing else. */
const AGENT_PHRASE = /^(?:(?:le|la|les|l')\s*(?:[\p{L}-]+\s+){0,3})?$/iu;

export function passiveBuyer(r: Reading, text: string, mentions: readonly Mention[], registry: AnnouncementRegistry): Reading {
  if (r.kind !== "acquisition") return r;
  const plain = text.replace(/’/g, "'");
  const m = PASSIVE_PURCHASE.exec(plain);
  if (!m) return r;
  const from = m.index + m[0].length;
  const buyer = mentions.find((x) => x.kind === "company" && x.start >= from && AGENT_PHRASE.test(plain.slice(from, x.start)));
  if (!buyer) return r;
  const why = [...r.why, `entreprise : « … par ${text.slice(buyer.start, buyer.end)} », ${PASSIVE_WHY}`];
  const adjectives = registry.countries.get(r.country ?? "")?.adjectives ?? [];
  const home = !r.place && adjectives.some((a) => new RegExp(`(?<![\\p{L}])${a}(?![\\p{L}])`, "iu").test(plain.slice(from, buyer.start)));
  // « La société … a été rachetée »: what was bought is the firm named before, and so is where it is.
  const referred = COMPANY_ANAPHOR.exec(plain.slice(0, 40))?.index === 0;
  return {
    ...r,
    by: [buyer.slug],
    carried: false,
    ...(home ? { country: undefined, why: why.filter((w) => !w.startsWith("pays lu de l'adjectif")) } : { why }),
    ...(referred ? { there: true } : {}),
  };
}

import { findAmounts } from "./amounts";
import type { Mention } from "./announcement-mentions";
import type { Reading } from "./announcement-reading";

/** The note a stake reading carries: a deal, whose country the text must say (announcement-country.ts). */
export const STAKE_WHY = "genre : le partenaire entre au capital";

/** What of a sentence's reading the rule reads; structural, so the two files do not import each other. */
type Staked = { by: string[]; kind: string; status: string; why: string[] };

/** « …, qui entre à son capital », « qui prend 40 % de son capital », « qui entre au capital de la société »: the partner takes a stake. */
const ENTERS_CAPITAL = /^\s*,\s*qui\s+(?:entre|est entré|est entrée|prend|a pris)\s+(?:à\s+(?:son|leur)|au)\s+capital(?![\p{L}])/iu;

/**
 * « X s'est associé au fonds Y, qui entre à son capital à hauteur de 40 % »: the association is the fund's stake in X, a fund
 * raise, which the corpus README records as the investors' investment (by the fund named, done), not a partnership of the two.
 */
export function fundStake<R extends Staked>(readings: R[], text: string, companies: readonly Mention[]): R[] {
  return readings.map((r) => {
    if (r.kind !== "partnership" || r.by.length !== 2) return r;
    const investor = companies.find((c) => c.slug === r.by[1] && ENTERS_CAPITAL.test(text.slice(c.end, c.end + 60)));
    if (!investor) return r;
    return { ...r, by: [investor.slug], kind: "investment", why: [...r.why, `${STAKE_WHY} (« qui entre à son capital »), un investissement du fonds`] };
  });
}

/** « a levé 8 millions auprès du fonds X », « a bouclé une levée de fonds de 7 millions auprès de X et du fonds Y ». */
const RAISED_FROM = /(?<![\p{L}])(?:lev(?:é|ée|er)|levée\s+de\s+fonds)(?![\p{L}])[^.;«»]{0,80}?(?<![\p{L}])auprès\s+(?:de\s+|d'|du\s+|des\s+)/iu;
/** The investors' list ends at the raise's purpose, a relative clause or the sentence's end. */
const LIST_END = /\s(?:pour|afin|qui|dont)\s|[.;:«]/u;
/** Readings that are deals, not a facility the money pays for. */
const DEALS = new Set(["investment", "acquisition", "partnership"]);
/** The note a raise reading carries: its firms are the investors, not the sentence's subject (announcements.ts keeps that thread). */
export const RAISE_WHY = "les investisseurs d'une levée de fonds";

/**
 * « Y a levé 8 millions d'euros auprès du fonds X et de Z »: a fund raise is the investors' investment, done (corpus README);
 * the raiser's own readings of the same sum (« annonce avoir levé ») give way. A facility the money pays for, named in the
 * sentence, is the announcement instead, the raiser's (as the corpus annotates it).
 * @example fundRaise([], "Y a levé 8 M€ auprès du fonds X.", …) // [{ by: ["x"], kind: "investment", status: "completed", … }]
 */
export function fundRaise(readings: Reading[], text: string, companies: readonly Mention[]): Reading[] {
  const m = RAISED_FROM.exec(text);
  if (!m) return readings;
  const from = m.index + m[0].length;
  const end = from + (LIST_END.exec(text.slice(from))?.index ?? text.length - from);
  const investors = [...new Set(companies.filter((c) => c.kind === "company" && c.start >= from - 1 && c.end <= end).map((c) => c.slug))];
  if (!investors.length) return readings;
  // The sum raised, which announcement-figures.ts keeps from other readings (« a levé 8 millions » is no cost).
  const amount = findAmounts(text).find((a) => a.start >= m.index && a.end <= from);
  const others = readings.filter((r) => !(r.kind === "investment" && r.amount?.start === amount?.start));
  // « a levé 8 millions auprès du fonds X pour ouvrir un centre de données à Sfax »: the facility it pays for is what is announced (735, 484).
  if (others.some((r) => !DEALS.has(r.kind))) return readings;
  const raise: Reading = { by: investors, kind: "investment", status: "completed", carried: false, standalone: true, there: false, ...(amount ? { amount } : {}), why: [`verbe : « ${m[0].trim()} »`, `entreprise : ${RAISE_WHY}`] };
  return [...others, raise];
}

import type { Mention } from "./announcement-mentions";

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

import { type AmountMention, type CapacityMention, findAmounts, findCapacities } from "./amounts";

/* The amounts and capacities of a sentence that can be an announcement's own: not a turnover, a range or a total to reach. */

/** Figures that are not the announcement's: turnover, a fund raise, a running total. */
const NOT_ITS_AMOUNT = /(?:chiffre d'affaires|revenus?|bénéfices?|pertes?|valoris\p{L}*|capitalisation|porte à|portant à|au total|un total de|levée? de fonds|a levé|lève|dette)\s*(?:de\s+|d')?(?:plus de |près de |environ |quelque )?$/iu;

/** « de 600 à 650 milliards », « entre 2 et 3 milliards »: a range is no single figure. */
const RANGE = /(?:\d[\d\s,.]*\s+(?:à|et)|entre)\s+$/iu;

/** « porter sa capacité à 280 MW »: a total to reach, not the size of what is announced. */
export function announcementCapacities(text: string): CapacityMention[] {
  return findCapacities(text).filter((c) => !/port(?:er|e|era|ant|ent)\s+(?:[\p{L}'-]+\s+){0,6}?à\s+$/iu.test(text.slice(Math.max(0, c.start - 60), c.start).replace(/’/g, "'")));
}

export function announcementAmounts(text: string): AmountMention[] {
  return findAmounts(text).filter((a) => {
    const before = text.slice(Math.max(0, a.start - 40), a.start).replace(/’/g, "'");
    return !NOT_ITS_AMOUNT.test(before) && !RANGE.test(before) && !/^\s+le total/.test(text.slice(a.end));
  });
}

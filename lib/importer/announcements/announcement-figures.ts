import { type AmountMention, type CapacityMention, findAmounts, findCapacities } from "./amounts";

/* The amounts and capacities of a sentence that can be an announcement's own: not a turnover, a range or a total to reach. */

/** Figures that are not the announcement's: turnover, a fund raise, a loan, a running total. */
const NOT_ITS_AMOUNT = /(?:chiffre d'affaires|revenus?|bénéfices?|pertes?|valoris\p{L}*|capitalisation|porte à|portant à|au total|un total de|levée? de fonds|a levé|lève|dette|prêt(?:\s+bancaire)?|emprunt(?:\s+bancaire)?)\s*(?:de\s+|d')?(?:plus de |près de |environ |quelque )?$/iu;

/** « de 600 à 650 milliards », « entre 2 et 3 milliards »: a range is no single figure. */
const RANGE = /(?:\d[\d\s,.]*\s+(?:à|et)|entre)\s+$/iu;

/** « le premier bâtiment », « une deuxième phase »: the sentence announces a part of a larger whole. */
const PART = /(?<![\p{L}])(?:premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|nouveau|nouvelle|dernier|dernière)\s+(?:bâtiment|salle|phase|tranche|module|hall|extension|bloc|étape)s?(?![\p{L}])/iu;
/** « Le premier site », « le premier bâtiment de son parc »: a sum said after it may be the whole's. */
export const FIRST_PART = /(?<![\p{L}])(?:premier|première)\s+(?:bâtiment|site|phase|tranche|module|hall|salle)/iu;
/** « de son parc hyperscale de 1 GW », « du campus, d'une capacité de 200 MW »: a figure that sizes the whole. */
const OF_THE_WHOLE = /(?:parc|campus|complexe|programme|plan|ensemble)(?:\s+[\p{L}-]+){0,2},?\s+(?:de|d'une (?:capacité|puissance)(?: totale)? de|totalisant)\s*$/iu;

/**
 * Whether a figure sizes a whole (a park, a plan) named after one part of it
 * (« le premier bâtiment de son parc de 1 GW »): not the part's figure. Named
 * the other way round (« un campus de 1,5 GW dont la première phase »), the
 * whole is what is announced and the figure is its own.
 */
function ofTheWhole(text: string, start: number): boolean {
  const from = Math.max(0, start - 60);
  const whole = OF_THE_WHOLE.exec(text.slice(from, start).replace(/’/g, "'"));
  return !!whole && PART.test(text.slice(0, from + whole.index));
}

/** « agrandir le centre », « l'extension de son campus »: the sentence extends a facility it names. */
const EXTENDED = /(?<![\p{L}])(?:agrandi\p{L}*|étend\p{L}*|extension)\s+(?:de\s+|d')?(?:le|la|l'|son|sa|du|de la|de l')\s*(?:centre|site|campus|bâtiment|data ?center|datacenter)/iu;

/** « L'extension, … », « Cet agrandissement … »: a sentence whose subject is the extension of a facility named before. */
const EXTENSION_SUBJECT = /^\s*(?:l'|cette\s+|cet\s+|son\s+|sa\s+)(?:extension|agrandissement)(?![\p{L}])/iu;

/** « porter sa capacité à 280 MW » after « un bâtiment de 20 MW »: a total to reach, not the size of what is announced. */
export function announcementCapacities(text: string, { siteTotal = false } = {}): CapacityMention[] {
  const all = findCapacities(text);
  const reach = (c: CapacityMention) => /port(?:er|e|era|ant|ent)\s+((?:[\p{L}'-]+,?\s+){0,8}?)(?:de\s+[\d\s,.]+\s+)?à\s+$/iu.exec(text.slice(Math.max(0, c.start - 80), c.start).replace(/’/g, "'"));
  // « investir 150 millions pour porter la capacité du site de Machelen à 40 MW », « un investissement qui portera la puissance
  // du site à 176 MW », with no other figure: what the sum is for (`siteTotal`, a statement's own). « et portera la capacité
  // du site à 300 MW » after a first building is the whole site's.
  // « porter sa capacité en France à 280 MW » is the firm's total, never the announcement's.
  // « agrandir le centre de données national, …, pour porter sa capacité à 2 MW »: « sa » is the facility extended.
  const extended = (c: CapacityMention) => /^(?:sa|leur)\s+capacité\s+$/iu.test(reach(c)?.[1] ?? "") && EXTENDED.test(text.slice(0, c.start).replace(/’/g, "'"));
  // « L'extension, d'un coût de 25 millions, portera la capacité du centre de 1,5 à 4 MW »: the size the extension gives the facility.
  const extension = (c: CapacityMention) => EXTENSION_SUBJECT.test(text.replace(/’/g, "'")) && /^(?:la|sa|leur)\s+capacité\s+(?:du|de\s+la|de\s+l')?\s*(?:centre|site|campus|bâtiment|data ?center|datacenter)?\s*$/iu.test(reach(c)?.[1] ?? "");
  const ofASite = (c: CapacityMention) =>
    siteTotal && all.length === 1 && (/(?<![\p{L}])(?:site|campus|centre|bâtiment|data ?center|datacenter)s?(?![\p{L}])/iu.test(reach(c)?.[1] ?? "") || extended(c)) &&
    /(?<![\p{L}])(?:pour|afin de|qui)\s+$/iu.test(text.slice(0, c.start - (reach(c)?.[0].length ?? 0)).replace(/’/g, "'"));
  return all.filter((c) => (!reach(c) || ofASite(c) || extension(c)) && !ofTheWhole(text, c.start)).map((c) => ({ ...c, mw: c.mw * partsEach(text, c) }));
}

const COUNTS: Record<string, number> = { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 };
/**
 * « deux bâtiments de 30 mégawatts chacun »: the parts of one facility, each of that size, so the facility has
 * their sum. Whole facilities (« deux campus de 40 MW chacun ») are announcements of their own: not summed.
 */
function partsEach(text: string, c: CapacityMention): number {
  if (!/^\s*chacune?(?![\p{L}])/iu.test(text.slice(c.end))) return 1;
  const parts = /(?<![\p{L}\p{N}])(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:bâtiments|salles|modules|halls|tranches|blocs|phases)\s+(?:de|d'une (?:capacité|puissance) de)\s*$/iu.exec(text.slice(Math.max(0, c.start - 60), c.start).replace(/’/g, "'"));
  return parts ? (COUNTS[parts[1].toLowerCase()] ?? Number(parts[1])) : 1;
}

export function announcementAmounts(text: string): AmountMention[] {
  return findAmounts(text).filter((a) => {
    const before = text.slice(Math.max(0, a.start - 40), a.start).replace(/’/g, "'");
    // « a réalisé 14 millions d'euros de chiffre d'affaires »: the turnover named after the sum.
    const after = text.slice(a.end, a.end + 30).replace(/’/g, "'");
    return !NOT_ITS_AMOUNT.test(before) && !RANGE.test(before) && !/^\s+le total/.test(after) && !/^\s+(?:de|d')\s*(?:chiffre d'affaires|revenus?|bénéfices?|pertes?|dette)/iu.test(after) && !ofTheWhole(text, a.start);
  });
}

type Figures = { amounts: AmountMention[]; capacities: { mw: number; start: number }[]; years: { year: number; start: number }[] };

/**
 * The figures of a list of places (« trois campus à A, B et C, pour 7,5
 * milliards »), one reading per place: as many figures as places go one to
 * each, in order; one figure alone sizes the whole list and is no single
 * place's, unless « chacun » says so; one year dates them all.
 */
export function shareFigures<R extends { amount?: AmountMention; mw?: number; year?: number }>(listed: R[], text: string, figures: Figures, from: number, to: number): R[] {
  const inScope = <T extends { start: number }>(list: T[]) => list.filter((f) => f.start >= from && f.start < to);
  const amounts = inScope(figures.amounts);
  const capacities = inScope(figures.capacities);
  const years = inScope(figures.years);
  const each = /(?<![\p{L}])(?:chacun|chacune|chaque|par site|par campus)(?![\p{L}])/iu.test(text.slice(from, to));
  const n = listed.length;
  return listed.map((r, j) => ({
    ...r,
    amount: amounts.length === n ? amounts[j] : amounts.length === 1 && each ? amounts[0] : amounts.length === 1 ? undefined : r.amount,
    mw: capacities.length === n ? capacities[j].mw : capacities.length === 1 && each ? capacities[0].mw : capacities.length === 1 ? undefined : r.mw,
    year: years.length === n ? years[j].year : years.length === 1 ? years[0].year : r.year,
  }));
}

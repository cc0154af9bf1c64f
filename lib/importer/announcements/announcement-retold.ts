import { type Draft, FACILITY_KINDS, sameFirms } from "./announcement-drafts";
import type { AnnouncementRegistry } from "./announcement-mentions";
import { WITHIN_TOWN } from "./announcement-places";

/*
 * Round 29 (ADR 013), from held-out-22: a facility told again a few sentences on, by the same firm and in the same state,
 * is the one already drafted (460 « Equinix a inauguré … à Saint-Denis » then « a mis en service … un centre situé dans le
 * quartier de la Plaine Saint-Denis »; 461 « NordHost … pour construire son premier centre … » then « NordHost construira un
 * centre de 12 mégawatts, d'une valeur de 60 millions $ »). Its figures go to the first, whose evidence then reaches it.
 */

/** « un second / autre centre », « construira aussi »: another facility of the same firm, not the one told again. */
const ANOTHER = /(?<![\p{L}])(?:second|seconde|deuxième|troisième|autre|autres|aussi|également|extension|nouvelle phase|deuxième phase)(?![\p{L}])/iu;
/** « Equinix a consacré 125 millions de dollars à cette première phase »: the sum of the facility just told. */
const TO_THIS = /^\s*(?:\p{L}+\s+){0,4}?(?:à|dans|pour)\s+(?:cette|ce|cet)\s+(?:première\s+|premier\s+|nouvelle\s+|nouveau\s+)?(?:phase|tranche|site|centre|campus|bâtiment|projet|data ?center|datacenter)(?![\p{L}])/iu;
/** How far on (in sentences) a retelling is read as the same facility. */
const REACH = 3;

export function foldRetold(drafts: Draft[], registry: AnnouncementRegistry, sentence: (i: number) => string): Draft[] {
  const spot = (slug?: string) => (slug ? registry.places.get(slug) : undefined);
  // « dans le quartier de la Plaine Saint-Denis » after « à Saint-Denis »: a spot of the same town (same point in the gazetteer).
  const within = (inner?: string, town?: string) => !!inner && !!town && WITHIN_TOWN.test(spot(inner)?.kind ?? "") && spot(inner)?.lat === spot(town)?.lat && spot(inner)?.lon === spot(town)?.lon;
  const samePlace = (d: Draft, e: Draft) => (!d.place ? !d.country || d.country === e.country : d.place === e.place || within(d.place, e.place) || within(e.place, d.place));
  const fits = <T>(a: T | undefined, b: T | undefined, eq: (x: T, y: T) => boolean) => a === undefined || b === undefined || eq(a, b);
  const dropped = new Set<Draft>();
  drafts.forEach((d, i) => {
    const earlier = drafts.slice(0, i).filter((e) => !dropped.has(e) && d.first > e.last && d.first - e.last <= REACH && sameFirms(d, e));
    const text = sentence(d.first);
    let target: Draft | undefined;
    let why = "";
    if (FACILITY_KINDS.has(d.kind) && !ANOTHER.test(text)) {
      const same = earlier.filter((e) => e.kind === d.kind && e.status === d.status && samePlace(d, e) && fits(d.mw, e.mw, (x, y) => x === y) && fits(d.amount, e.amount, (x, y) => x.value === y.value));
      if (same.length === 1) (target = same[0]), (why = "la même installation, racontée de nouveau quelques phrases plus loin");
    } else if (d.kind === "investment" && d.amount && TO_THIS.test(text.slice(d.amount.end))) {
      const built = earlier.filter((e) => FACILITY_KINDS.has(e.kind) && !e.amount && samePlace(d, e));
      if (built.length === 1) (target = built[0]), (why = "montant : la somme « à cette phase » de l'installation racontée juste avant");
    }
    if (!target) return;
    const added: string[] = [];
    if (d.amount && !target.amount) (target.amount = d.amount), added.push("montant");
    if (d.mw !== undefined && target.mw === undefined) (target.mw = d.mw), added.push("puissance");
    if (d.year && !target.year) (target.year = d.year), added.push("année");
    if (added.length) (target.last = Math.max(target.last, d.last)), target.why.push(`${added.join(", ")} : ${why}`);
    dropped.add(d);
  });
  return drafts.filter((d) => !dropped.has(d));
}

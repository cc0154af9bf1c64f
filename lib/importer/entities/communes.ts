import { createRequire } from "node:module";
import { words } from "../../text/text";

/*
 * Import-time only: every French commune by its official name, from the
 * @etalab/decoupage-administratif dev dependency (INSEE's list, MIT). The
 * GeoNames gazetteer lacks many small ones (« Port-Jérôme-sur-Seine »,
 * « Gonfreville-l'Orcher »); the list gives no point, so such a commune is placed
 * at its arrondissement's seat, a town the gazetteer knows, and left to review.
 */

type Commune = { code: string; nom: string; type: string; arrondissement?: string; departement?: string; population?: number };
type Seat = { code: string; chefLieu: string };

/** A commune the gazetteer lacks: its name, population, and the code of the commune its point is taken from. */
export type FrenchCommune = { name: string; population: number; seat: string | undefined; seatName: string | undefined; departement: string | undefined };

const key = (name: string) => words(name).join(" ");

/** Communes named like a month or a day (« Mars », « Avril »): « en Avril 2025 » names no place. */
const CALENDAR = /^(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/;

/** Current communes by folded name (a name several communes bear keeps each), with their seat's name. */
export function loadCommunes(): Map<string, FrenchCommune[]> {
  const byName = new Map<string, FrenchCommune[]>();
  const require = createRequire(import.meta.url);
  let communes: Commune[];
  let arrondissements: Seat[];
  try {
    communes = require("@etalab/decoupage-administratif/data/communes.json") as Commune[];
    arrondissements = require("@etalab/decoupage-administratif/data/arrondissements.json") as Seat[];
  } catch {
    return byName;
  }
  const names = new Map(communes.map((c) => [c.code, c.nom]));
  const seatOf = new Map(arrondissements.map((a) => [a.code, a.chefLieu]));
  for (const c of communes) {
    if (c.type !== "commune-actuelle") continue;
    const seat = c.arrondissement ? seatOf.get(c.arrondissement) : undefined;
    const commune = { name: c.nom, population: c.population ?? 0, seat, seatName: seat ? names.get(seat) : undefined, departement: c.departement };
    const k = key(c.nom);
    if (CALENDAR.test(k)) continue;
    const list = byName.get(k);
    if (list) list.push(commune);
    else byName.set(k, [commune]);
  }
  return byName;
}

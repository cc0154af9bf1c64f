import { facilityNouns } from "./announcement-clues";
import { announcementCapacities } from "./announcement-figures";
import type { Reading } from "./announcement-reading";

/*
 * « Un mémorandum d'entente pour la réalisation d'un campus de centres de données de 500 mégawatts a été signé… Ce projet,
 * d'un investissement global estimé à 2 milliards de dollars, sera implanté à proximité de l'UM6P » (390 of held-out-18):
 * « ce projet » is the facility the sentence before named, though that sentence announced nothing (a deal signed by others);
 * its kind and size are that facility's, the sum the sentence's own.
 */

/** « Ce projet », « Le projet », opening the sentence. */
const PROJECT_SUBJECT = /^\s*(?:ce|le)\s+projet(?![\p{L}])/iu;

/** A reading of « ce projet » as an unnamed work (`other`) takes the kind and the one capacity of the single facility the sentence before names. */
export function projectBefore(r: Reading, text: string, before: string | undefined): Reading {
  if (r.kind !== "other" || !before || !PROJECT_SUBJECT.test(text) || facilityNouns(text.replace(/’/g, "'")).length) return r;
  const kinds = new Set(facilityNouns(before.replace(/’/g, "'")).map((f) => f.kind));
  if (kinds.size !== 1 || kinds.has("other")) return r;
  const sizes = new Set(announcementCapacities(before).map((c) => c.mw));
  const mw = r.mw ?? (sizes.size === 1 ? [...sizes][0] : undefined);
  return { ...r, kind: [...kinds][0], ...(mw !== undefined ? { mw } : {}), why: [...r.why, "nature et puissance : « ce projet » est l'ouvrage que nomme la phrase précédente"] };
}

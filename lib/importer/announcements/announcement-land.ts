import type { Reading } from "./announcement-reading";
import type { AnnouncementRegistry, Mention } from "./announcement-mentions";
import { placeGroups, placeOf } from "./announcement-places";
import { namedSubject, tagCompanies } from "./announcement-subject";

/*
 * « Le promoteur Barjane a cédé à l'opérateur Stack un terrain de 40 hectares
 * à Castelnau »: a plot sold is no firm bought (the fixtures README: land bought
 * is no acquisition). What the editor records is the seller's deal, done, where
 * the plot is; the buyer's campus is what later sentences announce.
 */
const LAND_SALE = /(?<![\p{L}])(?:cédé|cède|cèdent|vendu|vend|vendent|cédera|vendra)\s+(?:[^,;.]{0,80}?\s)?(?:un|des|son|ses|le|les)\s+terrains?(?![\p{L}])/iu;

/** The reading of a land sale as the seller's deal (kind `other`, completed); otherwise the reading as it was. */
export function landSale(r: Reading, text: string, mentions: Mention[], registry: AnnouncementRegistry): Reading {
  const plain = text.replace(/’/g, "'");
  const sale = r.kind === "acquisition" ? LAND_SALE.exec(plain) : null;
  if (!sale) return r;
  const seller = namedSubject(plain, tagCompanies(plain, mentions), sale.index);
  if (!seller.length) return r;
  const place = placeOf(placeGroups(plain, mentions, registry, sale.index + sale[0].length, plain.length)[0], registry, plain);
  return {
    ...r,
    by: seller,
    kind: "other",
    status: "completed",
    ...(place ? { place, country: registry.places.get(place)?.country ?? r.country } : {}),
    why: [...r.why, `vente d'un terrain (« ${sale[0]} ») : l'affaire du vendeur, non un rachat d'entreprise`],
  };
}

const LAND_LEASE = /(?<![\p{L}])avec\s+[^;.]{0,80}?\s(?:un|une)\s+(?:contrat|bail|convention)\s+(?:d'usufruit|emphytéotique|de location|de bail)(?![\p{L}])/iu;

/** The firm a plot is sold to (« a cédé à l'opérateur Stack un terrain »): « l'exploitant » of the next sentences. */
export function landBuyer(text: string, mentions: Mention[]): string[] | undefined {
  const plain = text.replace(/’/g, "'");
  // « a signé avec le groupe Sahara Digital un contrat d'usufruit portant sur 20 hectares »: the lessee builds there, as a buyer would.
  const sale = LAND_SALE.exec(plain) ?? LAND_LEASE.exec(plain);
  const buyer = sale && tagCompanies(plain, mentions).find((c) => c.start > sale.index && c.end <= sale.index + sale[0].length);
  return buyer ? [buyer.slug] : undefined;
}

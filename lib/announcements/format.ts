import type { Amount } from "../schema/announcement";
import type { AnnouncementRow } from "./announcement-rows";

/**
 * An amount as the French press writes it, in its own currency.
 * @example formatAmount({ value: 28000000000, currency: "USD" }) // "28 Md $US"
 */
export function formatAmount({ value, currency }: Amount): string {
  return new Intl.NumberFormat("fr-FR", { style: "currency", currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(value);
}

/** @example formatMw(1200) // "1 200 MW" */
export function formatMw(mw: number): string {
  return `${new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(mw)}\u00a0MW`;
}

/** Where a project is, as a reader reads it: "Johannesburg, Afrique du Sud"; empty when the text does not say. */
export function placeText({ place, country }: Pick<AnnouncementRow, "place" | "country">): string {
  return [place?.name, country && country.name !== place?.name ? country.name : undefined].filter(Boolean).join(", ");
}

import type { CountryRole } from "../model/schema/article";

/** How a country's part in an article reads on a page. */
export const countryRoleLabels: Record<CountryRole, string> = {
  site: "lieu de l’annonce",
  planned: "région prévue",
  headquarters: "siège de l’entreprise",
  market: "marché desservi",
  mentioned: "cité",
};

/**
 * An article's countries once each, with every part each plays: a country can
 * be the company's home and a site at once ("Deutsche Telekom… Amazon vient
 * d'ouvrir deux datacenters en Allemagne").
 */
export function byCountry<C extends { slug: string }>(countries: readonly { country: C; role: CountryRole }[]): { country: C; roles: CountryRole[] }[] {
  const merged = new Map<string, { country: C; roles: CountryRole[] }>();
  for (const { country, role } of countries) {
    const entry = merged.get(country.slug) ?? { country, roles: [] };
    if (!entry.roles.includes(role)) entry.roles.push(role);
    merged.set(country.slug, entry);
  }
  return [...merged.values()];
}

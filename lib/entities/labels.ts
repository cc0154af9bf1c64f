import type { CountryRole } from "../schema/article";

/** How a country's part in an article reads on a page. */
export const countryRoleLabels: Record<CountryRole, string> = {
  site: "lieu de l’annonce",
  planned: "région prévue",
  headquarters: "siège de l’entreprise",
  market: "marché desservi",
  mentioned: "cité",
};

import type { MapRole } from "./layout";

/** How each role reads in a map's legend and in the text beside it. */
export const mapRoleLabels: Record<MapRole, string> = {
  headquarters: "siège",
  site: "site",
  planned: "site prévu",
  market: "marché",
  mentioned: "cité",
};

/** The same, for a group of several ("Sites prévus : Botswana, Namibie"). */
export const mapRolePlurals: Record<MapRole, string> = {
  headquarters: "sièges",
  site: "sites",
  planned: "sites prévus",
  market: "marchés",
  mentioned: "cités",
};

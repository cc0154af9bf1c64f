/*
 * Districts of the article's city. « Saint-Louis, dans le 15e arrondissement », « la cité Félix-Pyat »: the name is a
 * part of the city the article is about, never a town of the same name elsewhere (a gazetteer holds many Saint-Louis).
 * The district is placed at its city's point (places.ts, as « Abidjan-Plateau »); without a city in the text, it is
 * no place at all rather than a homonym.
 */

/** « , dans le 15e arrondissement (de Marseille) », « (16e arrondissement) »: the city's numbered district, its city if named. */
const ARRONDISSEMENT = /^\s*(?:,\s*(?:situ[ée]e?s?\s+)?dans\s+le\s+|\(\s*)(?:1er|\d{1,2}(?:e|ème))\s+arrondissement(?:\s+(?:de|d['’])\s*(\p{Lu}[\p{L}\p{M}'’-]*))?/u;
/**
 * « dans la cité Félix-Pyat »: a housing estate of the city (« cité par X », a participle, has no article); « dans les
 * quartiers du Plateau et de Cocody »: quarters in the plural, each of them (a single « quartier de X » is an area, areas.ts).
 */
const ESTATE = /(?<![\p{L}])(?:la\s+cit[ée]\s+|quartiers\s+(?:(?:de|du|des|d['’])\s*\p{Lu}[\p{L}\p{M}'’-]*(?:,\s*|\s+et\s+))?(?:de\s+|du\s+|des\s+|d['’]))$/iu;

/**
 * Whether the name is a district of a city, and which: the city the text names with the district (« 15e
 * arrondissement de Lyon »), the large city the name starts with (« Paris Voltaire »), else "" (the article's
 * city, found among the text's other places); `undefined` when the words around it make no district.
 * @param large whether a name is a large city's
 */
export function districtCity(name: string, before: string, after: string, large: (name: string) => boolean): string | undefined {
  const arrondissement = after.match(ARRONDISSEMENT);
  if (!arrondissement && !ESTATE.test(before)) return undefined;
  if (arrondissement?.[1]) return arrondissement[1];
  const head = name.split(/[\s-]+/u)[0];
  return head !== name && large(head) ? head : "";
}

/**
 * The article's city for each district without one: the nearest large city named before it, else after it. A name
 * that is itself a large city of that city's country (« à Lyon, dans le 7e arrondissement ») is the city, not a
 * district; so is a large city in a text naming no other (« à Lyon (7e arrondissement) »). A small name with no city
 * is dropped: it is no homonym town.
 */
export function cityForDistricts<T extends { name: string; district?: string }>(occurrences: T[], large: (name: string) => boolean, largeIn: (name: string, city: string) => boolean): T[] {
  const cities = occurrences.map((o, i) => (o.district === undefined && large(o.name) ? i : -1)).filter((i) => i >= 0);
  return occurrences.flatMap((o, i) => {
    if (o.district !== "") return [o];
    const at = cities.filter((c) => c < i).at(-1) ?? cities.find((c) => c > i);
    const city = at === undefined ? undefined : occurrences[at].name;
    if (city === undefined ? large(o.name) : city === o.name || largeIn(o.name, city)) return [{ ...o, district: undefined }];
    return city === undefined ? [] : [{ ...o, district: city }];
  });
}

/** Kilometres between two points, near enough for telling a city's quarter from a town of another department. */
export function kilometres(a: { lat?: number; lon?: number }, b: { lat?: number; lon?: number }): number {
  if (a.lat === undefined || a.lon === undefined || b.lat === undefined || b.lon === undefined) return 0;
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return 6371 * Math.hypot(x, y);
}

/** How far from its city a quarter may lie: a large city's outer districts, not the next department. */
export const QUARTER_REACH_KM = 30;

/** What says a name lies by a town: « au sud de », « dans la périphérie nord de », « dans la commune de », « près de ». */
const RELATION = String.raw`(?:à\s+|(?:au (?:centre|cœur|nord|sud)(?:-(?:est|ouest))?|à l['’](?:est|ouest)|dans la banlieue|(?:en|dans la|à la) périphérie|en (?:proche )?banlieue|dans le district|dans la commune|près)(?:\s+(?:nord|sud|est|ouest)(?:-(?:est|ouest))?)?\s+d[e'’]\s*)`;
const APPOSED = new RegExp(String.raw`^,\s+(${RELATION})?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)`, "u");

/**
 * The town a name no gazetteer holds is set by, in apposition: « à Andraharo, Antananarivo », « à Kaloum, au centre de
 * Conakry »: a large city, else (`small`) a town the gazetteer knows when words say the name lies by it (« à X, dans la
 * périphérie nord de Y »). A second apposition is read when the first names no town (« à X, dans la commune de Z, au
 * sud de Y », Z being as unknown as X).
 */
export function apposedCity(after: string, large: (name: string) => boolean, known: (name: string) => boolean): { city: string; small: boolean } | undefined {
  let rest = after;
  for (let k = 0; k < 2; k++) {
    const m = rest.match(APPOSED);
    if (!m) return undefined;
    if (large(m[2])) return { city: m[2], small: false };
    if (m[1] && !/^à\s/u.test(m[1]) && known(m[2])) return { city: m[2], small: true };
    if (known(m[2])) return undefined;
    rest = rest.slice(m[0].length);
  }
  return undefined;
}

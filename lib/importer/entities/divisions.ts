import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { words } from "../../text/text";

/*
 * Import-time only: the administrative divisions of every country (regions,
 * départements, provinces, states, governorates…) with a point, from the
 * @countrystatecity/countries dev dependency (ODbL, data of the
 * countries-states-cities database). French ones bear their French names
 * (« Seine-Maritime », « Nouvelle-Aquitaine »); others their local or English
 * name, so a French exonym (« Floride ») stays in data/place-names.yaml.
 */

/** A division: name, ISO alpha-2 country, kind in the registry's French words, point. */
export type Division = { name: string; countryCode: string; kind: string; lat: number; lon: number };

type State = { name: string; country_code: string; type: string | null; latitude: string | null; longitude: string | null };

/** Names that are only a direction or a part ("North", "Centre", "Sud-Est"): they name no division in a French text. */
const DIRECTION = /^(?:(?:north|south|east|west|nord|sud|est|ouest|centre|center|central|centrale|eastern|western|northern|southern|upper|lower|capital|coast|littoral|islands?|\s|-|ern)+)$/;

const key = (name: string) => words(name).join(" ");

/** The registry's word for a kind of division of the package. */
function kindOf(type: string | null): string {
  const t = type ?? "";
  if (/department/.test(t)) return "département";
  if (/province/.test(t)) return "province";
  if (/canton/.test(t)) return "canton";
  if (/^state$/.test(t)) return "état";
  if (/county/.test(t)) return "comté";
  if (/governorate/.test(t)) return "gouvernorat";
  if (/prefecture/.test(t)) return "préfecture";
  if (/district/.test(t)) return "district";
  return "région";
}

/**
 * Every division by its folded name (a name several countries use keeps each),
 * read once per process from the package's per-country files (about 5,000).
 */
export function loadDivisions(): Map<string, Division[]> {
  const byName = new Map<string, Division[]>();
  const require = createRequire(import.meta.url);
  let root: string;
  try {
    root = path.join(path.dirname(require.resolve("@countrystatecity/countries")), "data");
  } catch {
    return byName;
  }
  for (const dir of fs.readdirSync(root)) {
    const file = path.join(root, dir, "states.json");
    if (!fs.existsSync(file)) continue;
    for (const s of JSON.parse(fs.readFileSync(file, "utf8")) as State[]) {
      const k = key(s.name);
      // « Nord », a French département named like a direction, stays: divisionContext asks more of it.
      if (!k || (DIRECTION.test(k) && !(s.country_code === "FR" && /department/.test(s.type ?? ""))) || s.latitude === null || s.longitude === null) continue;
      const division = { name: s.name.replace(/’/g, "'"), countryCode: s.country_code, kind: kindOf(s.type), lat: Math.round(Number(s.latitude) * 100) / 100, lon: Math.round(Number(s.longitude) * 100) / 100 };
      const list = byName.get(k);
      if (list) list.push(division);
      else byName.set(k, [division]);
    }
  }
  return byName;
}

/**
 * Whether the words around a division's name say a division is meant, when
 * the name is one word (« Ain », « Loire », « Rhône » are rivers too): « en
 * Normandie », « le département de l'Ain », « Vichy (Allier) », « l'île d'Anjouan ». A compound name
 * (« Seine-Maritime », « Nouvelle-Aquitaine ») needs no such words.
 */
export function divisionContext(name: string, before: string, after: string): boolean {
  // « Bouchain, dans le Nord », « département du Nord », « la préfecture du Nord »: a division named like a direction only in apposition or by its
  // kind (« Bouchain (Nord) », which 73 does not count, is left); « Dans le Nord, … » opening a sentence, « dans le Nord de la France » are the north.
  if (DIRECTION.test(key(name))) return /(?:,\s+dans\s+le|d[ée]partement\s+du|pr[ée]f(?:ecture|[eè]te?)\s+du)\s+$/iu.test(before) && !/^\s*d/u.test(after);
  if (/[-\s]/.test(name.trim())) return true;
  // « le préfet de l'Oise », « la préfète de la Somme », « la préfecture du Haut-Rhin »: the State's officer or office names
  // his département (« préfet maritime » is the sea's). So does the member of parliament elected there (« le sénateur de la
  // Moselle », « la députée du Calvados »): a seat is a département's.
  if (/(?<![\p{L}])(?:pr[ée]f(?:[eè]te?s?|ectures?)|s[ée]nat(?:eur|rice)s?|d[ée]put[ée]e?s?)\s+(?:de\s+la|de\s+l['’]|de|d['’]|du|des)\s*$/iu.test(before)) return true;
  if (/(?<![\p{L}])(?:en|d[ée]partements?|r[ée]gions?|provinces?|cantons?|[ée]tats?|comt[ée]s?|gouvernorats?|pr[ée]fectures?)\s+(?:(?:de\s+la|de\s+l['’]|de|d['’]|du|des)\s*)?$/iu.test(before)) return true;
  // « sur l'île d'Anjouan » (an island that is a division); « le syndicat départemental d'électricité de la Moselle ».
  if (/(?<![\p{L}])(?:[îi]les?\s+(?:de\s+la|de\s+l['’]|de|d['’]|du|des)|d[ée]partementa(?:l|le|ux|les)(?:\s+[\p{L}'’-]+){0,2}\s+(?:de\s+la|de\s+l['’]|du|des))\s*$/iu.test(before)) return true;
  // « À Valserhône, dans l'Ain, »: a division in apposition to a town, with its article (« dans la Manche » alone may be the sea).
  if (/,\s+dans\s+(?:le|la|les|l['’])\s*$/iu.test(before)) return true;
  // « Dans la Somme, le fonds… »: a sentence opening on the division, as its frame, before a comma (« dans la Somme » inside one may be the word).
  if (/(?:^|[.!?]\s+|\n)Dans\s+(?:le|la|les|l['’])\s*$/u.test(before) && /^\s*,/.test(after)) return true;
  // « dans le Finistère », « du sud de l'Aveyron »: inside a sentence too, unless water or the sea is near, before or after
  // (« rejets dans la Loire », « dans la Moselle quand elle sera à l'étiage »).
  const near = `${before} ${after.split(/[.!?]/)[0]}`;
  if (/(?<![\p{L}])(?:dans\s+(?:le|la|l['’])|(?:nord|sud|est|ouest|centre)\s+(?:de\s+la|de\s+l['’]|du))\s*$/iu.test(before) && !WATERS.test(near) && !SEA.test(near)) return true;
  return /\(\s*$/.test(before) && /^\s*\)/.test(after);
}

/** A singular article or its contraction, right before the name (« les », « des » would make it a plural noun's). */
export const DIVISION_ARTICLE = /(?<![\p{L}])(?:le|la|l['’]|du|de\s+la|de\s+l['’])\s*$/iu;
/** « la Compagnie nationale du Rhône »: a capitalised name and its adjective before the article, a body named after the river. */
const NAMED_AFTER = /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?!(?:et|ou)\s)\p{Ll}[\p{L}\p{M}'’-]*)?\s+(?:du|de\s+la|de\s+l['’])\s*$/u;
/** « la plaine du Var », named after its river (« la Plaine de l'Ain », a park's proper name, is the département's). */
const PLAIN = /(?<![\p{L}])plaines?\s+(?:du|de\s+la|de\s+l['’])\s*$/u;

/**
 * « La Marne attire les projets », « les entreprises du Calvados », « une commune de l'Ain »: a one-word division after its
 * own article, in running text, is the division; not near water or the sea (« l'eau de la Loire », « au large de la Manche »,
 * « la plaine du Var »), nor closing a body's name (« la Compagnie nationale du Rhône »). Weaker than `divisionContext`: only
 * in the countries the text names, or France (« vers le Sahel » in a story on Mali is no region of Burkina Faso).
 */
export function articledDivision(name: string, before: string, after: string): boolean {
  const near = `${before} ${after.split(/[.!?]/)[0]}`;
  return !/[-\s]/.test(name) && DIVISION_ARTICLE.test(before) && !NAMED_AFTER.test(before) && !PLAIN.test(before) && !WATERS.test(near) && !SEA.test(near);
}

/** The sea and what lies in it: « un câble posé dans la Manche » is the sea, not the département. */
const SEA = /(?<![\p{L}])(?:mer|c[âa]bles?|sous-marin\p{L}*|large|navires?|bateaux?|p[êe]ch\p{L}*|plong\p{L}*|nag\p{L}*|jet\p{L}*|rejet\p{L}*|d[ée]vers\p{L}*)(?![\p{L}])/iu;

const ARTICLE = String.raw`(?:le|la|les|l['’]|du|des|de\s+la|de\s+l['’])\s*`;
const PAIR_AFTER = new RegExp(String.raw`^\s*(?:,|\s+et)\s+(?:de\s+)?(?:le|la|les|l['’]|du|des)\s*(\p{Lu}[\p{L}\p{M}'’-]+)`, "u");
const PAIR_BEFORE = new RegExp(String.raw`(?<![\p{L}])${ARTICLE}(\p{Lu}[\p{L}\p{M}'’-]+)\s*(?:,|\s+et)\s+(?:de\s+)?${ARTICLE}$`, "u");
/** Water around the names: « entre la Loire et le Rhône », « l'eau du Cher et de l'Indre » are rivers. */
const WATERS = /(?<![\p{L}])(?:eaux?|fleuves?|rivi[èe]res?|rives?|cours|entre|confluen\p{L}*|bassins?|pr[ée]l[èe]v\p{L}*|pomp\p{L}*|d[ée]bits?|crues?|[ée]tiages?|vall[ée]es?|berges?)(?![\p{L}])/iu;

/**
 * « le Gard et l'Hérault », « des collectivités du Cher et de l'Indre »: a one-word name with its article, coordinated with
 * another such name that is a division of the same country (`sameCountry`), is a division too; not among words of water.
 */
export function pairedDivision(before: string, after: string, sameCountry: (other: string) => boolean): boolean {
  if (!new RegExp(String.raw`(?<![\p{L}])${ARTICLE}$`, "u").test(before) || WATERS.test(before)) return false;
  const other = after.match(PAIR_AFTER)?.[1] ?? before.match(PAIR_BEFORE)?.[1];
  return !!other && sameCountry(other);
}

/** The most populous of several communes of one name: the one a text means when it names no département. */
export const lessNamed = <T extends { population: number }>(list: T[]): T[] => [...list].sort((a, b) => b.population - a.population).slice(0, 1);

/** Kinds of place that are divisions of a country rather than towns. */
const DIVISION_KINDS = new Set(["région", "département", "province", "canton", "état", "comté", "gouvernorat", "préfecture", "district"]);

/**
 * A département or a region is where the story is only when the text names no
 * town there: when it does, the town is the site and the division only mentioned.
 */
export function divisionsMentioned(places: { kind: string; role: string }[]): void {
  const active = (p: { role: string }) => p.role === "site" || p.role === "planned";
  if (!places.some((p) => !DIVISION_KINDS.has(p.kind) && active(p))) return;
  for (const p of places) if (DIVISION_KINDS.has(p.kind) && active(p)) p.role = "mentioned";
}

/** A direction or a height before a division's name: « le Nord-Isère », « le Sud-Alsace », a part of it. */
const PART = /^(?:Nord|Sud|Est|Ouest|Centre|Haute|Basse)-(?=\p{Lu})/u;

/**
 * The divisions a name gives; a part of a division or of a hand-chosen region
 * (« Nord-Isère ») is placed at the whole's point, when the gazetteer knows no place of its own name.
 */
export function divisionsNamed<P>(gazetteer: { divisions?(name: string): P[]; lookup(name: string): P | undefined; isCurated(name: string): boolean } | undefined, name: string): P[] {
  const own = gazetteer?.divisions?.(name) ?? [];
  const whole = name.replace(PART, "");
  if (own.length || whole === name || !gazetteer || gazetteer.lookup(name)) return own;
  const region = gazetteer.isCurated(whole) ? gazetteer.lookup(whole) : undefined;
  return region ? [region] : (gazetteer.divisions?.(whole) ?? []);
}

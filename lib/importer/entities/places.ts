import type { EntityRegistry } from "../../model/entity-registry";
import type { CountryRole } from "../../model/schema/article";
import type { Place } from "../../model/schema/entity";
import { slugify, words } from "../../text/text";
import { divisionsMentioned, divisionsNamed } from "./divisions";
import { type Gazetteer, type GazetteerPlace, placeEntry } from "./gazetteer";
import { accentsLost } from "./place-context";
import { LARGE_CITY, type Occurrence, placeOccurrences } from "./place-occurrences";
import { roleFromContext, sentenceAround } from "./roles";

export type FoundPlace = Place & {
  /** The name as the text writes it. */
  written: string;
  role: CountryRole;
  sentence: string;
  /** True when the place is not yet in the registry (taken from the gazetteer). */
  isNew: boolean;
};

/** A city so large that a small town of its name anywhere else is not what a text means. */
const METROPOLIS = 1_000_000;
/** A town, not a hamlet: the size at which a name after « à » is taken anywhere when the text names no country. */
const TOWN = 20_000;

/** Countries whose small towns French news names without naming the country. */
const PREFERRED = ["FR", "BE", "CH", "LU", "CA"];

const fold = (s: string) => words(s).join(" ");

/**
 * The places a text names: the registry's places by any of their names, the
 * gazetteer's hand-chosen French names, then its towns — restricted to the
 * countries the article names and their neighbours (countries also learnt from
 * the places already found), so that a French region is never a Canadian town
 * of the same name. Context rule: a name that is also a company or a common
 * word (Orange, Nice, Vienne…) counts as a place only after a locative word
 * ("à Orange", "près de Nice"); an unknown town needs one too, unless it is a
 * large city. An epithet ("le géant de Redmond") names no place.
 * @param namedCountries ISO codes of the countries the text names
 */
export function findPlaces(
  text: string,
  registry: EntityRegistry,
  gazetteer: Gazetteer | undefined,
  skip: (name: string) => boolean,
  namedCountries: string[] = [],
  /** The text as written, when `text` has parts blanked out: sentences are quoted from it. */
  original = text,
  /** ISO codes of the countries the text's adjectives name ("sénégalaises"): where its small towns may be. */
  hinted: string[] = [],
): { places: FoundPlace[]; lookup: (name: string) => FoundPlace | undefined } {
  const known = new Map<string, Place>();
  for (const place of registry.places.values()) for (const n of [place.name, ...place.aliases]) known.set(fold(n), place);
  const codeOf = new Map([...registry.countries.values()].map((c) => [c.slug, c.code]));
  const companyNames = new Set([...registry.companies.values()].flatMap((c) => [c.name, ...c.aliases]).map(fold));
  const occurrences = placeOccurrences(text, known, gazetteer, skip, companyNames);
  // First the registry's places, then the gazetteer's hand-chosen names in the article's countries (or
  // anywhere when it names none): their countries then restrict the towns of the gazetteer.
  const allowed = new Set(namedCountries.filter(Boolean));
  const around = () => {
    const order = [...allowed];
    return new Set([...order, ...order.flatMap((c) => gazetteer?.neighbours(c) ?? [])]);
  };
  /** The story is in a French-speaking country far from France, whose own towns bear French names: not France's homonyms. */
  const farFromFrance = () => [...allowed].some((c) => gazetteer?.speaksFrench?.(c) && !around().has("FR") && c !== "FR");
  const placeFromGazetteer = (hit: GazetteerPlace | undefined) => (hit ? placeEntry(hit, registry.countries.values()) : undefined);
  const registered = (forms: string[]) => forms.map((f) => known.get(fold(f))).find(Boolean);
  const curated = (forms: string[]) => {
    const near = around();
    for (const form of forms) {
      const hit = gazetteer?.isCurated(form) ? gazetteer.lookup(form) : undefined;
      if (hit && (!near.size || near.has(hit.countryCode))) return { hit, place: placeFromGazetteer(hit) };
    }
    return undefined;
  };
  /**
   * Whether what was found fits how the text names it: a town never after an article it does not
   * bear ("le Canton", "au Québec": a canton, a province), a part of a longer name only a large city.
   */
  const fits = (o: Occurrence, place: Place, large: boolean) =>
    !(o.article && place.kind === "ville" && !/^(?:le|la|les|l['’])\s?/iu.test(place.name)) && !(o.partial && !large);
  for (const o of occurrences) {
    const place = registered(o.forms);
    if (place && fits(o, place, true)) allowed.add(codeOf.get(place.country) ?? "");
  }
  for (const o of occurrences) {
    const found = registered(o.forms) ? undefined : curated(o.forms);
    if (found?.place && fits(o, found.place, true)) allowed.add(found.hit.countryCode);
    // A French division tells the story is in France; one abroad only counts in a country the text names.
    if (o.divisions?.some((d) => d.countryCode === "FR")) allowed.add("FR");
  }
  /** The division of the article's countries (or France) the occurrence names. */
  const divisionOf = (o: Occurrence) => {
    const near = o.articled ? [...allowed, "FR"] : [...around(), "FR"];
    const hit = near.map((code) => o.divisions!.find((d) => d.countryCode === code)).find(Boolean);
    const place = placeFromGazetteer(hit);
    return place ? { place, registered: false, large: true } : undefined;
  };
  /** A place of the gazetteer: in the article's countries, their neighbours or France first, else a hand-chosen name or a
   * large city anywhere; a small town elsewhere only after a locative word, when the article names no country, in the French-speaking countries. */
  const town = (o: Pick<Occurrence, "forms" | "strong" | "locative" | "island" | "named">, largeOnly = false): { place: Place; registered: boolean; large: boolean } | undefined => {
    const inRegistry = registered(o.forms);
    if (inRegistry) return { place: inRegistry, registered: true, large: true };
    const chosen = curated(o.forms);
    if (chosen?.place) return { place: chosen.place, registered: false, large: true };
    if (!gazetteer) return undefined;
    // France last among them: the archive's home, whose towns French news names without naming the country;
    // not in a story set in another French-speaking country (« Saint-Jean » near Halifax is not the French commune).
    const near = [...around(), ...(farFromFrance() ? [] : ["FR"])];
    for (const form of o.forms) {
      let hit = near.map((country) => gazetteer.lookup(form, { country })).find(Boolean);
      // « à Mahé » (Seychelles) is not Mahe, a small town of a neighbour the text never names, spelt without the accent.
      if (hit && hit.population < LARGE_CITY && !allowed.has(hit.countryCode) && accentsLost(form, hit.name)) hit = undefined;
      const anywhere = gazetteer.lookup(form);
      // A hand-chosen name abroad ("l'État de Washington"), then a large city anywhere.
      // « dans la zone Delta » at Rungis is no Delta of British Columbia: an area's own name is a town only where the text is.
      if (!hit && anywhere && !o.named && ((o.locative && gazetteer.isCurated(form)) || anywhere.population >= LARGE_CITY)) hit = anywhere;
      // "Amsterdam" near Montréal is the Dutch capital, not a small town of a neighbour the text never names.
      if (hit && anywhere && gazetteer.isCurated(form) && hit.population < LARGE_CITY && hit.countryCode !== anywhere.countryCode && hit.countryCode !== "FR" && !namedCountries.includes(hit.countryCode)) hit = anywhere;
      // "Paris" in a Canadian article is the capital, not Paris (Ontario): a metropolis beats a small homonym.
      if (hit && !gazetteer.isCurated(form) && hit.population < LARGE_CITY && anywhere && anywhere.population >= METROPOLIS) hit = anywhere;
      // A small town where the article's adjectives point ("des entreprises sénégalaises"), else in the French-speaking countries.
      if (!hit && o.locative && !largeOnly) hit = hinted.map((country) => gazetteer.lookup(form, { country })).find(Boolean);
      if (!hit && o.locative && !largeOnly && !allowed.size) hit = (soleHomes.size ? [...soleHomes] : PREFERRED).map((country) => gazetteer.lookup(form, { country })).find(Boolean);
      // A text naming no country (« à Papeete », a territory's own press): a real town after « à », wherever it is.
      if (!hit && o.strong && !allowed.size && anywhere && anywhere.population >= TOWN) hit = anywhere;
      // « l'île Providence »: an island, whose town namesake counts only in a country the text names.
      if (hit && o.island && !namedCountries.includes(hit.countryCode)) continue;
      const large = !!hit && (hit.population >= LARGE_CITY || gazetteer.isCurated(form));
      if (!hit || (!o.locative && !large) || (largeOnly && !large)) continue;
      const place = placeFromGazetteer(hit);
      if (place) return { place, registered: false, large };
    }
    return undefined;
  };

  // « la zone des Coteaux, à La Couronne, au sud d'Angoulême »: a town found in one French-speaking country only tells where
  // the text's small towns are, before a homonym in another (Les Coteaux, Québec) is taken for want of a named country.
  const soleHomes = new Set(occurrences.flatMap((o) => {
    const homes = PREFERRED.filter((country) => o.forms.some((form) => gazetteer?.lookup(form, { country })));
    return o.strong && homes.length === 1 ? homes : [];
  }));
  // Large cities first: where they are tells where the article's small towns are looked for.
  const resolved = new Map<Occurrence, { place: Place; registered: boolean; large: boolean }>();
  for (const o of occurrences) {
    const found = o.district ? undefined : o.divisions ? divisionOf(o) : town(o, true);
    if (!found || !fits(o, found.place, found.large)) continue;
    resolved.set(o, found);
    allowed.add(codeOf.get(found.place.country) ?? "");
  }
  const places: FoundPlace[] = [];
  for (const o of occurrences) {
    const found = resolved.get(o) ?? (o.district ? districtOf(o) : o.divisions ? undefined : town(o));
    if (!found || (!resolved.has(o) && !fits(o, found.place, found.large))) continue;
    const { before, after, sentence } = sentenceAround(original, o.start, o.start + o.name.length);
    // "Benguerir" found as GeoNames' "Ben Guerir": the article's spelling becomes one of the new place's names.
    const aliases = !found.registered && fold(o.name) !== fold(found.place.name) && !found.place.aliases.includes(o.name) ? [...found.place.aliases, o.name] : found.place.aliases;
    places.push({ ...found.place, aliases, written: o.name, role: roleFromContext(before, after), sentence, isNew: !found.registered });
  }
  // A department or region is where the story is only when the text names no town there: else the town is the site.
  divisionsMentioned(places);
  /** A district at its city's point: "Abidjan-Plateau", a quarter of Abidjan; a locality at its division's. */
  function districtOf(o: Occurrence): { place: Place; registered: boolean; large: boolean } | undefined {
    // « à Lupfig, en Argovie »: a locality set in a division, at the division's point.
    const city = town({ forms: [o.district!], strong: true, locative: true }, !o.smallCity) ?? divisionOf({ ...o, divisions: divisionsNamed(gazetteer, o.district!) });
    if (!city) return undefined;
    const { geonames: _g, ...point } = city.place;
    return { place: { ...point, slug: slugify(o.name), name: o.name, kind: city.place.kind === "ville" ? "quartier" : "ville", aliases: [] }, registered: false, large: true };
  }
  const lookup = (name: string) => {
    const found = town({ forms: [name], strong: true, locative: true });
    return found ? { ...found.place, written: name, role: "mentioned" as const, sentence: "", isNew: !found.registered } : undefined;
  };
  return { places, lookup };
}

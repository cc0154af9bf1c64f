import type { EntityRegistry } from "../../model/entity-registry";
import type { CountryRole } from "../../model/schema/article";
import type { Place } from "../../model/schema/entity";
import { slugify, words } from "../../text/text";
import { divisionContext, divisionsMentioned, divisionsNamed, lessNamed } from "./divisions";
import { type Gazetteer, type GazetteerPlace, placeEntry } from "./gazetteer";
import { accentsLost, articleBefore, EPITHET, headedByDivision, ISLAND, listedAfterPlace, NOT_ALONE, notAPlace, opensDateline, seatedInDivision, STRONG_LOCATIVE, tickerAfter, WATER, WEAK_LOCATIVE } from "./place-context";
import { roleFromContext, sentenceAround } from "./roles";

export type FoundPlace = Place & {
  /** The name as the text writes it. */
  written: string;
  role: CountryRole;
  sentence: string;
  /** True when the place is not yet in the registry (taken from the gazetteer). */
  isNew: boolean;
};

/** A run of capitalised words, with the small words place names hold ("Villanueva de Gállego", "Mazara del Vallo", "La Courneuve"). */
const CANDIDATE = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:(?:de|du|des|la|le|sur|del|della|di|do|da|dos|das)[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]*)*/gu;

/** A town of another country than the article's, below this size, is a homonym; above, it may stand alone. */
const LARGE_CITY = 100_000;
/** A city so large that a small town of its name anywhere else is not what a text means. */
const METROPOLIS = 1_000_000;
/** A town, not a hamlet: the size at which a name after « à » is taken anywhere when the text names no country. */
const TOWN = 20_000;

/** Countries whose small towns French news names without naming the country. */
const PREFERRED = ["FR", "BE", "CH", "LU", "CA"];

const fold = (s: string) => words(s).join(" ");

/**
 * A name of the text the registry or the gazetteer knows: `partial` when it is
 * part of a longer run of capitalised words ("Wall" of "Wall Street"), `article`
 * when an article stands before it, `district` the town a compound starts with
 * ("Abidjan" of "Abidjan-Plateau").
 */
type Occurrence = { name: string; start: number; strong: boolean; locative: boolean; forms: string[]; partial?: boolean; article?: boolean; district?: string; divisions?: GazetteerPlace[]; island?: boolean };

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
  const lowerWords = new Set((text.match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? []).map(fold));

  const occurrences: Occurrence[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    // "L'", "D'" and a capitalised preposition opening a sentence ("À Gland, …", « Pour Varsovie, … ») are not part of the name.
    const lead = m[0].match(/^(?:L|D)['’]|^Dans\s+(?:la|le|les)\s+(?=\p{Lu})|^(?:À|A|Au|Aux|En|Dans|Depuis|Vers|Chez|Près de|Sur|Pour|Selon|Avec|Comme|Outre|Après)\s+(?=\p{Lu})/u)?.[0].length ?? 0;
    const words = m[0].slice(lead).replace(/['’-]+$/, "").split(/[ \t]+/);
    const offsets: number[] = [];
    let at = m.index! + lead;
    for (const w of words) {
      at = text.indexOf(w, at);
      offsets.push(at);
      at += w.length;
    }
    for (let i = 0; i < words.length; i++) {
      for (let n = words.length - i; n >= 1; n--) {
        if (/^(?:de|du|des|la|le|sur|del|della|di|do|da|dos|das)$/i.test(words[i + n - 1])) continue;
        const name = words.slice(i, i + n).join(" ");
        const key = fold(name);
        if (!key || NOT_ALONE.has(key) || skip(name)) continue;
        const start = offsets[i];
        // « à L'Isle-d'Abeau »: the elided article opening the run may be the town's own; the words before it are the context.
        const elision = i === 0 && /^L['’]$/u.test(m[0].slice(0, lead)) ? m[0].slice(0, lead) : "";
        const before = text.slice(Math.max(0, start - elision.length - 40), start - elision.length);
        if (EPITHET.test(before)) continue;
        // A wire in capitals drops « À »'s accent (« MERCREDI A SAINT-PRIEST »): its run of capitals bounds no name.
        const capitals = /\p{Lu}{2,}\s+A\s+$/u.test(before) && m[0] === m[0].toUpperCase(), after = text.slice(start + name.length, start + name.length + 50);
        // A registered firm's name before its ticker is a stock column's entry, not a dateline's town.
        const strong = STRONG_LOCATIVE.test(before) || capitals || (opensDateline(before, after) && !(companyNames.has(key) && tickerAfter(name, after)));
        // "La Normandie dispose…": a capitalised article opening a sentence is the name's article.
        const capitalArticle = i === 1 && /^(?:La|Le|Les)$/.test(words[0]);
        const whole = ((i === 0 || capitalArticle || headedByDivision(words, i)) && i + n === words.length) || capitals;
        // A town inside a longer name, after its « de » ("la Rive-Sud de Montréal") or « Grand » (« le Grand Moncton »): named, if a large one.
        const inner = !whole && i > 0 && /^(?:de|du|des|Grand)$/i.test(words[i - 1]);
        if ((companyNames.has(key) || lowerWords.has(key) || !whole) && !strong && !inner) continue;
        if (WATER.test(before) || notAPlace(before, name, text.slice(start + name.length, start + name.length + 4))) continue;
        // "l'aéroport du Bourget" names Le Bourget; "l'État de Washington" a state, not the capital.
        const contracted = /(?<![\p{L}])(?:du|au)\s*$/iu.test(before) ? [`Le ${name}`] : /(?<![\p{L}])(?:des|aux)\s*$/iu.test(before) ? [`Les ${name}`] : /État d[e'’]\s*$/u.test(before) ? [`État de ${name}`] : [];
        const forms = [...(elision ? [`${elision}${name}`] : []), ...contracted, name];
        // "vers les Gonaïves": a plural article before a plural name is the town's own.
        const article = capitalArticle || (articleBefore(before) && !(/(?<![\p{L}])les\s+$/u.test(before) && /s$/u.test(name)));
        // « en Seine-Maritime », « le département de l'Ain »: a division, not a town; « à Saint-Vulbas »: a commune the towns lack.
        const divisions = whole && !forms.some((f) => known.has(fold(f)) || gazetteer?.isCurated(f)) ? divisionsNamed(gazetteer, name) : [];
        const communes = (strong || seatedInDivision(after)) && whole && !forms.some((f) => known.has(fold(f)) || gazetteer?.lookup(f)) ? lessNamed(gazetteer?.communes?.(name) ?? []) : [];
        const ofCountry = divisions.length && divisionContext(name, before, text.slice(start + name.length, start + name.length + 3)) ? divisions : communes;
        if (ofCountry.length) {
          occurrences.push({ name, start, strong, locative: true, forms: [name], divisions: ofCountry });
          i += n - 1;
          break;
        }
        if (!forms.some((f) => known.has(fold(f)) || gazetteer?.lookup(f))) {
          // "à Abidjan-Plateau": a district the gazetteer lacks, named after the large city it belongs to;
          // "à Andraharo, Antananarivo", "Koto-ku, Tokyo", « à Kaloum, au centre de Conakry », « dans le district d'Abidjan »: a district, then its large city in apposition.
          const apposed = text.slice(start + name.length, start + name.length + 60).match(/^,\s+(?:à\s+|(?:au (?:centre|cœur|nord|sud)|à l['’](?:est|ouest)|dans la banlieue|en périphérie|dans le district) d[e'’]\s*)?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)/u)?.[1];
          const large = (city: string) => (gazetteer?.lookup(city)?.population ?? 0) >= LARGE_CITY;
          const city = name.includes("-") && large(name.split("-")[0]) ? name.split("-")[0] : apposed && large(apposed) ? apposed : "";
          if (strong && whole && city.length > 3) {
            occurrences.push({ name, start, strong, locative: true, forms: [name], district: city });
            i += n - 1;
            break;
          }
          continue;
        }
        occurrences.push({ name, start, strong, locative: strong || inner || WEAK_LOCATIVE.test(before) || listedAfterPlace(before, after) || seatedInDivision(after), forms, partial: !whole, article, island: ISLAND.test(before) });
        i += n - 1;
        break;
      }
    }
  }

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
    const near = [...around(), "FR"];
    const hit = near.map((code) => o.divisions!.find((d) => d.countryCode === code)).find(Boolean);
    const place = placeFromGazetteer(hit);
    return place ? { place, registered: false, large: true } : undefined;
  };
  /** A place of the gazetteer: in the article's countries, their neighbours or France first, else a hand-chosen name or a
   * large city anywhere; a small town elsewhere only after a locative word, when the article names no country, in the French-speaking countries. */
  const town = (o: Pick<Occurrence, "forms" | "strong" | "locative" | "island">, largeOnly = false): { place: Place; registered: boolean; large: boolean } | undefined => {
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
      if (!hit && anywhere && ((o.locative && gazetteer.isCurated(form)) || anywhere.population >= LARGE_CITY)) hit = anywhere;
      // "Amsterdam" near Montréal is the Dutch capital, not a small town of a neighbour the text never names.
      if (hit && anywhere && gazetteer.isCurated(form) && hit.population < LARGE_CITY && hit.countryCode !== anywhere.countryCode && hit.countryCode !== "FR" && !namedCountries.includes(hit.countryCode)) hit = anywhere;
      // "Paris" in a Canadian article is the capital, not Paris (Ontario): a metropolis beats a small homonym.
      if (hit && !gazetteer.isCurated(form) && hit.population < LARGE_CITY && anywhere && anywhere.population >= METROPOLIS) hit = anywhere;
      // A small town where the article's adjectives point ("des entreprises sénégalaises"), else in the French-speaking countries.
      if (!hit && o.locative && !largeOnly) hit = hinted.map((country) => gazetteer.lookup(form, { country })).find(Boolean);
      if (!hit && o.locative && !largeOnly && !allowed.size) hit = PREFERRED.map((country) => gazetteer.lookup(form, { country })).find(Boolean);
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
  /** A district at its city's point: "Abidjan-Plateau", a quarter of Abidjan. */
  function districtOf(o: Occurrence): { place: Place; registered: boolean; large: boolean } | undefined {
    const city = town({ forms: [o.district!], strong: true, locative: true }, true);
    if (!city) return undefined;
    const { geonames: _g, ...point } = city.place;
    return { place: { ...point, slug: slugify(o.name), name: o.name, kind: "quartier", aliases: [] }, registered: false, large: true };
  }
  const lookup = (name: string) => {
    const found = town({ forms: [name], strong: true, locative: true });
    return found ? { ...found.place, written: name, role: "mentioned" as const, sentence: "", isNew: !found.registered } : undefined;
  };
  return { places, lookup };
}

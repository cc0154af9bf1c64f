import type { Place } from "../../model/schema/entity";
import { words as wordsOf } from "../../text/text";
import { apposedCity, cityForDistricts, districtCity } from "./city-districts";
import { articledDivision, DIVISION_ARTICLE, divisionContext, divisionsNamed, lessNamed, pairedDivision } from "./divisions";
import type { Gazetteer, GazetteerPlace } from "./gazetteer";
import { articleBefore, EPITHET, headedByDivision, ISLAND, listedAfterPlace, NOT_ALONE, notAPlace, opensDateline, seatedInDivision, STRONG_LOCATIVE, tickerAfter, WATER, WEAK_LOCATIVE } from "./place-context";

/*
 * The names of a text that may be places, each with what its context says
 * (a locative word, an article, a division, a district of a large city):
 * places.ts then resolves them in the article's countries.
 */

/** A run of capitalised words, with the small words place names hold ("Villanueva de Gállego", "Mazara del Vallo", "La Courneuve", « Pays de la Loire »). */
const CANDIDATE = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:(?:de[ \t]+la|de|du|des|la|le|sur|del|della|di|do|da|dos|das)[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]*)*/gu;

/** A town of another country than the article's, below this size, is a homonym; above, it may stand alone. */
export const LARGE_CITY = 100_000;

const fold = (s: string) => wordsOf(s).join(" ");

/**
 * A name of the text the registry or the gazetteer knows: `partial` when it is
 * part of a longer run of capitalised words ("Wall" of "Wall Street"), `article`
 * when an article stands before it, `district` the town a compound starts with
 * ("Abidjan" of "Abidjan-Plateau").
 */
export type Occurrence = { name: string; start: number; strong: boolean; locative: boolean; forms: string[]; partial?: boolean; article?: boolean; district?: string; divisions?: GazetteerPlace[]; island?: boolean; named?: boolean; /** The district's town may be small: the text says the name lies by it. */ smallCity?: boolean; /** A division known only by its article: in a country the text names, or France. */ articled?: boolean };

/** « le Nord », « le Centre »: a division named like a direction needs `divisionContext`'s words, never an article alone. */
const DIRECTION_NAME = /^(?:Nord|Sud|Est|Ouest|Centre|Littoral)$/u;

/** « , en Argovie », « , dans le Kongo-Central », « , sur l'île d'Anjouan »: the division a name is set in by apposition. */
const IN_DIVISION = /^,\s+(?:en\s|dans\s+(?:le|la|les)\s|dans\s+l['’]|au\s|sur\s+l['’]île\s+(?:de\s|d['’]))\s*(\p{Lu}[\p{L}\p{M}'’-]+)(?![\p{L}\p{M}'’-]|\s+\p{Lu})/u;
/** « confié à X, en Normandie », « vendu à X »: after a deal's participle, « à » names a party, not where it is. */
const PARTY = /(?:confi|attribu|adjug|vend|cédé|transféré|lou)\p{L}*\s+à\s*$/iu;

/**
 * A locality no gazetteer holds, after « à » or « près de » and set in a division the gazetteer knows
 * (« à Lupfig, en Argovie », « à Muanda, dans le Kongo-Central »): a place at that division's point, to review.
 * A registered firm or a party after a deal's participle (« confié à Eiffage, en Normandie ») is none.
 */
function inDivision(gazetteer: Gazetteer | undefined, before: string, after: string, firm: boolean): string {
  const region = after.match(IN_DIVISION)?.[1];
  if (!region || firm || PARTY.test(before) || !/(?<![\p{L}])(?:à|près d[e'’])\s*$/u.test(before)) return "";
  return divisionsNamed(gazetteer, region).length || gazetteer?.isCurated(region) ? region : "";
}

/**
 * « à Martigny, dans le Valais »: a name set in a division that only another country has is no French commune of that
 * name (Martigny, Aisne); it is left to `inDivision`, which places it at the division's point.
 */
function setAbroad(gazetteer: Gazetteer | undefined, after: string): boolean {
  const region = after.match(IN_DIVISION)?.[1];
  const divisions = region ? divisionsNamed<GazetteerPlace>(gazetteer, region) : [];
  return divisions.length > 0 && divisions.every((d) => d.countryCode !== "FR");
}

/** « dans la zone Delta », « le secteur Nord »: a name a generic noun gives an area, not a town found anywhere. */
const AREA_NAMED = /(?<![\p{L}])(?:la\s+zone|le\s+secteur|le\s+bâtiment|la\s+salle|l['’]îlot|le\s+lot)\s+$/iu;

/** « de L'Aigle », « près de L'Isle-Adam »: a capital elided article after a word in lower case, the name after it. */
const OWN_ARTICLE = /(?<=\p{Ll},?[ \t]+)L['’](\p{Lu}[\p{L}'’-]*)/gu;

/** The French commune written with its article (« L'Aigle »), when no registered place or gazetteer town bears that form. */
function elidedCommune(gazetteer: Gazetteer | undefined, known: Map<string, Place>, elision: string, name: string, own: boolean): GazetteerPlace[] {
  if (!own || !elision || !gazetteer) return [];
  const written = `${elision}${name}`;
  if (known.has(fold(written)) || gazetteer.lookup(written)) return [];
  return lessNamed(gazetteer.communes?.(written) ?? []);
}

/** Every name of the text the registry (`known`) or the gazetteer may hold, in order. */
export function placeOccurrences(text: string, known: Map<string, Place>, gazetteer: Gazetteer | undefined, skip: (name: string) => boolean, companyNames: Set<string>): Occurrence[] {
  const lowerWords = new Set((text.match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? []).map(fold));
  const occurrences: Occurrence[] = [];
  const largeCity = (city: string) => known.get(fold(city))?.kind === "ville" || (gazetteer?.lookup(city)?.population ?? 0) >= LARGE_CITY;
  // « à l'entrée de L'Aigle »: a capital « L' » inside a sentence is the town's own article, so the name is « L'Aigle »
  // wherever the text writes it, never a town « Aigle » the gazetteer holds elsewhere.
  const ownArticle = new Set([...text.matchAll(OWN_ARTICLE)].map((m) => fold(m[1])));
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
        // « l'Université de la Réunion »: « de la » joins a run as « de » does, and the town after it is named the same way.
        const inner = !whole && i > 0 && (/^(?:de|du|des|Grand)$/i.test(words[i - 1]) || (words[i - 1] === "la" && words[i - 2] === "de"));
        // « Saint-Louis, dans le 15e arrondissement »: a district of the article's city, never a town of that name elsewhere.
        const quarterCity = whole && !companyNames.has(key) && !notAPlace(before, name, after.slice(0, 20)) ? districtCity(name, before, after, largeCity) : undefined;
        if (quarterCity !== undefined) {
          occurrences.push({ name, start, strong, locative: true, forms: [name], district: quarterCity });
          i += n - 1;
          break;
        }
        if ((companyNames.has(key) || lowerWords.has(key) || !whole) && !strong && !inner) continue;
        if (WATER.test(before) || notAPlace(before, name, text.slice(start + name.length, start + name.length + 20))) continue;
        // "l'aéroport du Bourget" names Le Bourget; "l'État de Washington" a state, not the capital.
        const contracted = /(?<![\p{L}])(?:du|au)\s*$/iu.test(before) ? [`Le ${name}`] : /(?<![\p{L}])(?:des|aux)\s*$/iu.test(before) ? [`Les ${name}`] : /État d[e'’]\s*$/u.test(before) ? [`État de ${name}`] : [];
        const forms = [...(elision ? [`${elision}${name}`] : []), ...contracted, name];
        // "vers les Gonaïves": a plural article before a plural name is the town's own.
        const article = capitalArticle || (articleBefore(before) && !(/(?<![\p{L}])les\s+$/u.test(before) && /s$/u.test(name)));
        // « en Seine-Maritime », « le département de l'Ain »: a division, not a town; « à Saint-Vulbas »: a commune the towns lack.
        const named = whole && !forms.some((f) => known.has(fold(f)) || gazetteer?.isCurated(f)) ? divisionsNamed(gazetteer, name) : [];
        // « le préfet de l'Indre », « de la Mayenne »: an article no town bears makes a département of a small town's name.
        const homonym = !named.length && whole && DIVISION_ARTICLE.test(before) ? gazetteer?.lookup(name) : undefined;
        const shadowed = homonym && homonym.population < LARGE_CITY && !/^(?:le|la|les|l['’])\s?/iu.test(homonym.name);
        const divisions = shadowed ? (gazetteer?.divisions?.(name, { besideTowns: true }) ?? []) : named;
        const communes = (strong || seatedInDivision(after)) && whole && !setAbroad(gazetteer, after) && !forms.some((f) => known.has(fold(f)) || gazetteer?.lookup(f)) ? lessNamed(gazetteer?.communes?.(name) ?? []) : elidedCommune(gazetteer, known, elision, name, whole && ownArticle.has(key));
        const sameCountry = (other: string) => divisionsNamed(gazetteer, other).some((d) => divisions.some((own) => own.countryCode === d.countryCode));
        const following = text.slice(start + name.length, start + name.length + 60);
        const context = divisions.length > 0 && (divisionContext(name, before, following) || pairedDivision(before, after, sameCountry));
        const articled = divisions.length > 0 && !context && !DIRECTION_NAME.test(name) && articledDivision(name, before, following);
        const ofCountry = context || articled ? divisions : communes;
        if (ofCountry.length) {
          occurrences.push({ name, start, strong, locative: true, forms: [name], divisions: ofCountry, ...(articled ? { articled } : {}) });
          i += n - 1;
          break;
        }
        if (!forms.some((f) => known.has(fold(f)) || gazetteer?.lookup(f))) {
          // "à Abidjan-Plateau": a district the gazetteer lacks, named after the large city it belongs to;
          // "à Andraharo, Antananarivo", "Koto-ku, Tokyo", « à Kaloum, au centre de Conakry », « dans le district d'Abidjan »: a district, then its large city in apposition.
          const large = (city: string) => (gazetteer?.lookup(city)?.population ?? 0) >= LARGE_CITY;
          const apposed = apposedCity(text.slice(start + name.length, start + name.length + 110), large, (city) => !!gazetteer?.lookup(city));
          const city = name.includes("-") && large(name.split("-")[0]) ? name.split("-")[0] : apposed ? apposed.city : inDivision(gazetteer, before, after, companyNames.has(key));
          if (strong && whole && city.length > 3) {
            occurrences.push({ name, start, strong, locative: true, forms: [name], district: city, ...(apposed?.small ? { smallCity: true } : {}) });
            i += n - 1;
            break;
          }
          continue;
        }
        occurrences.push({ name, start, strong, locative: strong || inner || WEAK_LOCATIVE.test(before) || listedAfterPlace(text.slice(Math.max(0, start - 120), start), after) || seatedInDivision(after), forms, partial: !whole, article, island: ISLAND.test(before), named: AREA_NAMED.test(before) });
        i += n - 1;
        break;
      }
    }
  }

  // A city's own name is large in the city's country: « Lyon » beside Paris, not « Saint-Louis » beside Marseille.
  const largeIn = (name: string, city: string) => (gazetteer?.lookup(name, { country: gazetteer.lookup(city)?.countryCode })?.population ?? 0) >= LARGE_CITY;
  return cityForDistricts(occurrences, largeCity, largeIn);
}

import type { EntityRegistry } from "../entities/entity-registry";
import type { CountryRole } from "../schema/article";
import type { Place } from "../schema/entity";
import { foldText } from "../text";
import { type Gazetteer, placeEntry } from "./gazetteer";
import { roleFromContext, sentenceAround } from "./roles";

export type FoundPlace = Place & {
  /** The name as the text writes it. */
  written: string;
  role: CountryRole;
  sentence: string;
  /** True when the place is not yet in the registry (taken from the gazetteer). */
  isNew: boolean;
};

/** A run of capitalised words, with the small words place names hold ("Villanueva de Gállego", "La Courneuve"). */
const CANDIDATE = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:(?:de|du|des|la|le|sur)[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]*)*/gu;

/** Words that say the next name is a place: "à Lille", "près de Milan", "la ville de Hamina". */
const STRONG_LOCATIVE = /(?:(?:^|[.!?]\s+|\n)A|(?<![\p{L}])(?:à|au|aux|en|dans l[ae]|près d[e'’]|autour d[e'’]|au (?:nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest) d[e'’]|ville d[e'’]|commune d[e'’]|canton d[e'’]|région d[e'’]|province d[e'’]|zone d[e'’]|quartier d[e'’]s?|depuis|l['’]État d[e'’]))\s*$/iu;
/** Weaker: "le campus de Marcoussis", "Munich et Francfort"; enough for a town no company or word shares its name with. */
const WEAK_LOCATIVE = /(?<![\p{L}])(?:du|de|d['’]|et)\s*$/iu;

/** Words that open sentences and are also towns somewhere ("Le", "Selon"): never places alone. */
const NOT_ALONE = new Set(["le", "la", "les", "selon", "pour", "avec", "sur", "depuis", "aucun", "une", "un", "ce", "cette", "il", "elle", "nous", "sans", "prenons", "reste", "fiche", "merci"]);

const fold = (s: string) => foldText(s).replace(/[^a-z0-9]+/g, " ").trim();

/**
 * The places a text names: the registry's places by any of their names, and
 * towns or regions of the gazetteer. Context rule: a name that is also a
 * company or a common word (Orange, Nice, Vienne…) counts as a place only after
 * a locative word ("à Orange", "près de Nice"); an unknown town needs one too,
 * unless it is a large city (over 100,000 inhabitants).
 */
export function findPlaces(
  text: string,
  registry: EntityRegistry,
  gazetteer: Gazetteer | undefined,
  skip: (name: string) => boolean,
  /** ISO codes of the countries the text names: their towns come first. */
  namedCountries: string[] = [],
): FoundPlace[] {
  const known = new Map<string, Place>();
  for (const place of registry.places.values()) for (const n of [place.name, ...place.aliases]) known.set(fold(n), place);
  const companyNames = new Set([...registry.companies.values()].flatMap((c) => [c.name, ...c.aliases]).map(fold));
  const lowerWords = new Set((text.match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? []).map(fold));
  const preferred = ["FR", "BE", "CH", "CA"];

  const found: FoundPlace[] = [];
  const named = new Set(namedCountries);
  for (const m of text.matchAll(CANDIDATE)) {
    const lead = m[0].match(/^(?:L|D)['’]/)?.[0].length ?? 0;
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
        if (/^(?:de|du|des|la|le|sur)$/i.test(words[i + n - 1])) continue;
        const name = words.slice(i, i + n).join(" ");
        const key = fold(name);
        if (!key || NOT_ALONE.has(key) || skip(name)) continue;
        const start = offsets[i];
        const before = text.slice(Math.max(0, start - 40), start);
        const strong = STRONG_LOCATIVE.test(before);
        const locative = strong || WEAK_LOCATIVE.test(before);
        const whole = i === 0 && n === words.length;
        if ((companyNames.has(key) || lowerWords.has(key) || !whole) && !strong) continue;
        // "l'aéroport du Bourget" names Le Bourget.
        const contracted = /(?<![\p{L}])(?:du|au)\s*$/iu.test(before) ? [`Le ${name}`] : /(?<![\p{L}])(?:des|aux)\s*$/iu.test(before) ? [`Les ${name}`] : [];
        let place: Place | undefined;
        let registered = false;
        let population = Infinity;
        for (const form of [...contracted, name]) {
          place = known.get(fold(form));
          if (place) {
            registered = true;
            break;
          }
          if (!gazetteer) continue;
          const hit = [...named, ...preferred, undefined].map((country) => gazetteer.lookup(form, { country })).find(Boolean);
          // A small town of a country the text does not name is more likely a homonym.
          if (!hit || (hit.geonames && hit.population < 100_000 && !named.has(hit.countryCode) && !preferred.includes(hit.countryCode) && !strong)) continue;
          place = placeEntry(hit, registry.countries.values());
          population = hit.geonames ? hit.population : Infinity;
          if (place) break;
        }
        if (!place) continue;
        if (!registered && !locative && population < 100_000) continue;
        const { before: b, after, sentence } = sentenceAround(text, start, start + name.length);
        found.push({ ...place, written: name, role: roleFromContext(b, after), sentence, isNew: !registered });
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

import { articleTown } from "./announcement-places";
import { CONTINENT } from "./announcement-clauses";
import { type Draft, FACILITY_KINDS } from "./announcement-drafts";
import type { Reading } from "./announcement-reading";
import { marketOnly } from "./announcement-market";
import { isPassiveDeal } from "./announcement-signed";
import { THAT_ONE } from "./announcement-subject";
import { targetTown } from "./announcement-target-town";
import { unknownTownNamed } from "./announcement-unknown-town";
import { type BackContext, introducedPlace, placeBefore } from "./announcement-there";

/** « dans le nouveau bâtiment », « la capacité du câble » (not « le câble 2Africa »), « le premier bâtiment du campus de X »: the new facility already named. */
const RENAMED = /(?<![\p{L}])(?:(?:[Ll]e|[Ll]a)\s+(?:premier|première|deuxième|second|seconde)\s+(?:bâtiment|tranche|phase|hall)\s+(?:du|de\s+son|de\s+sa|de\s+l')(?![\p{L}])|(?:[Ll]e|[Ll]a|[Dd]u|[Aa]u)\s+(?:nouveau|nouvel|nouvelle|futur|future)\s+(?:bâtiment|centre|campus|site|datacenter)(?![\p{L}])|(?:[Ll]e|[Dd]u|[Aa]u)\s+câble(?![\p{L}-])(?!\s+(?:sous-marin\s+)?[\p{Lu}«\d]))/u;

/** What placing one reading needs from the article-level walk in `proposeAnnouncements`. */
export type PlacingContext = BackContext & {
  text: string;
  i: number;
  /** The sentence just before is in reach (same paragraph, no intertitle between). */
  adjacent: boolean;
  /** The sentence before named the subject and drafted nothing. */
  introduced: boolean;
  previous: readonly number[];
  drafts: readonly Draft[];
  places: readonly string[];
  /** The brief's dateline (« Marseille. »), when it opens this sentence's paragraph. */
  dateline?: string;
};

/**
 * Where a reading is when its own clause says no more than a country, or
 * nothing: the place « y » or « il » points back to, the place the sentence
 * before introduced, the project « ce projet » names, the same firm's
 * facility « le nouveau bâtiment » or « y » stands for, the article's one
 * town, or a brief's dateline — each said in `why`.
 */
export function placeReading(r: Reading, by: readonly string[], why: string[], c: PlacingContext): { place?: string; country?: string } {
  const { text, i, registry, previous, drafts } = c;
  // « pour proposer … de l'hébergement à Nairobi »: where the service is sold, not where the deal is (announcement-market.ts).
  // The sentence's own mentions, found once: the market, the bought firm's town and an unknown town read them.
  const found = c.find(text);
  if (marketOnly(r, text, found, why)) return {};
  let country = r.country;
  let place = r.place;
  // « le rachat de l'hébergeur fécampois X »: where the firm bought is; a buyer's nationality (« le groupe belge Y ») gives way.
  const bought = r.kind === "acquisition" && !place ? targetTown(text, c.places, by, found, registry) : undefined;
  const home = !country || r.why.some((w) => w.startsWith("pays lu de l'adjectif"));
  if (bought && (home || registry.places.get(bought)?.country === country)) (place = bought), (country = registry.places.get(bought)?.country), why.push("lieu : la ville de l'entreprise rachetée, dite par son adjectif (« l'hébergeur fécampois »)");
  // « Le chantier de Farciennes, près de Charleroi, où le groupe construit depuis 2023 un deuxième campus »: « où » stands for the place its clause hangs on (345 of held-out-16).
  const where = !country && !place ? /,\s*où\s/u.exec(text) : null;
  const antecedent = where ? c.find(text.slice(0, where.index)).find((m) => m.kind === "place") : undefined;
  if (antecedent) (place = antecedent.slug), (country = registry.places.get(antecedent.slug)?.country), why.push("lieu : celui que « où » reprend");
  // « Elle y prévoit de construire, à Semoutiers, un campus »: the clause names its own town, one the registry lacks; nothing from the sentences before stands in for it.
  const unknown = !country && !place ? unknownTownNamed(text, found) : undefined;
  if (unknown) {
    why.push(`lieu : « à ${unknown} », que le registre ne connaît pas — laissé vide plutôt que repris d'une phrase précédente`);
    return {};
  }
  // « Le groupe y construira un centre…, financé par un don de l'Agence japonaise »: « y » names the place; an adjective in the clause does not outweigh it.
  const adjectiveOnly = r.there && !r.place && r.why.some((w) => w.startsWith("pays lu de l'adjectif"));
  if ((!country || adjectiveOnly) && (r.carried || r.there || (isPassiveDeal(r) && c.adjacent)) && i > 0 && !CONTINENT.test(text.replace(/’/g, "'"))) {
    const back = placeBefore(r.there, !!r.place, i, c);
    if (back.country && (!adjectiveOnly || back.place)) (country = back.country), (place = back.place ?? place), why.push(...back.why);
  }
  const intro = !place && r.carried && c.adjacent && c.introduced ? introducedPlace(text, i, c) : undefined;
  if (intro && (!country || intro.country === country)) (place = intro.place), (country = intro.country), why.push(...intro.why);
  // « Sopra Steria s'est engagé à financer ce projet »: the project the sentence before announced, and where it is.
  // « Le fournisseur prévoit d'y installer… » after a sentence naming no place: « y » is where the thing just drafted is.
  const that = !country && !place && previous.length === 1 && (r.there || THAT_ONE.test(text.replace(/’/g, "'"))) ? drafts[previous[0]] : undefined;
  if (that?.country) (country = that.country), (place = that.place), why.push("lieu et pays : ceux du projet que la phrase précédente annonce (« ce projet »…)");
  // « un accord avec MTN, qui hébergera ses équipements dans le nouveau bâtiment », « un accord qui lui donne accès à 40 % de la
  // capacité du câble »: the country of the firm's facility just drafted.
  const renamed = !country && !place && RENAMED.test(text.replace(/’/g, "'")) ? drafts.findLast((d) => FACILITY_KINDS.has(d.kind) && d.by.some((b) => by.includes(b))) : undefined;
  if (renamed?.country) (country = renamed.country), why.push("pays : celui de l'installation de la même entreprise que « le nouveau bâtiment » désigne");
  // « Le data center de Microsoft à Eschau entre en chantier … Microsoft y construit un campus de 120 MW »: with no place in the sentences
  // before, « y » is where the same firm's facility of that kind, drafted last, is.
  const itsSite = !country && !place && r.there && FACILITY_KINDS.has(r.kind) ? drafts.findLast((d) => d.kind === r.kind && !!d.place && d.by.some((b) => by.includes(b))) : undefined;
  if (itsSite) (country = itsSite.country), (place = itsSite.place), why.push("lieu : « y » renvoie à l'installation de la même entreprise proposée plus haut");
  // « Marseille. Digital Realty a mis en service… »: a brief's dateline is where what it announces is, when nothing else says.
  const town = !country && !place ? articleTown(text, c.places, registry) : undefined;
  if (town) (place = town), (country = registry.places.get(town)?.country), why.push("lieu : « la municipalité », la seule ville que l'article nomme");
  if (!country && !place && c.dateline) (place = c.dateline), (country = registry.places.get(place)?.country), why.push("lieu : celui qui ouvre la brève (« Ville. »)");
  return { place, country };
}

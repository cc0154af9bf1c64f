import { WITHIN_TOWN } from "./announcement-places";
import type { AnnouncementRegistry, Mention } from "./announcement-mentions";
import { subjectPlace } from "./announcement-subject";

/** What the place of a sentence referring back (« il », « le groupe », « y ») needs from the article. */
export type BackContext = {
  registry: AnnouncementRegistry;
  sentences: readonly { text: string; paragraph: number }[];
  find: (text: string) => Mention[];
  located: (mentions: Mention[], text: string) => Mention[];
};

/** How many sentences back « y » may look for the place it stands for, past sentences that name none. */
const THERE_REACH = 2;

/**
 * The country (and, for « y », the place) of the sentence before, for a
 * reading whose subject or place refers back: « Le groupe prévoit d'y
 * consacrer… », « Equinix y construira… ». « y » skips a sentence that names
 * no place at all (« X a obtenu l'accord pour louer une parcelle… La société y
 * prévoit… »): it stands for the last place named.
 */
export function placeBefore(there: boolean, hasPlace: boolean, i: number, { registry, sentences, find, located }: BackContext): { place?: string; country?: string; why: string[] } {
  const countryOf = (m: Mention) => (m.kind === "place" ? registry.places.get(m.slug)?.country : m.slug);
  const why: string[] = [];
  let back = 1;
  let before = sentences[i - 1].text;
  let mentions = find(before);
  const anyPlace = (ms: Mention[]) => ms.some((m) => m.kind === "place" || m.kind === "country");
  while (there && !anyPlace(mentions) && back < THERE_REACH && i - back - 1 >= 0) {
    back += 1;
    before = sentences[i - back].text;
    mentions = find(before);
  }
  const where = located(mentions, before);
  const pool = where.length || !there ? where : mentions.filter((m) => m.kind === "place" || m.kind === "country");
  const named = [...new Set(pool.map(countryOf))];
  // « Sur la ZAC de la Porte des Flandres, à Bierne »: the town, not the park in it.
  const spots = pool.filter((m) => m.kind === "place");
  const kindOf = (m: Mention) => registry.places.get(m.slug)?.kind ?? "";
  const towns = [...new Set((spots.some((m) => !WITHIN_TOWN.test(kindOf(m))) ? spots.filter((m) => !WITHIN_TOWN.test(kindOf(m))) : spots).map((m) => m.slug))];
  const said = back === 1 ? "la phrase précédente" : "la dernière phrase qui nomme un lieu";
  // « L'Aéropole de Gosselies, … accueillera… Proximus y construira »: the place the sentence before is about, its subject.
  const topic = there && (named.length > 1 || towns.length > 1) ? subjectPlace(before, mentions) : undefined;
  if (topic) {
    why.push(`pays tiré de ${said}`);
    if (!hasPlace) why.push(`lieu : « y » renvoie au lieu dont parle ${said}`);
    return { country: countryOf(topic), ...(hasPlace ? {} : { place: topic.slug }), why };
  }
  const country = named.length === 1 && named[0] ? named[0] : undefined;
  if (country) why.push(`pays tiré de ${said}`);
  const place = there && !hasPlace && named.length === 1 && towns.length === 1 ? towns[0] : undefined;
  if (place) why.push(`lieu : « y » renvoie à celui de ${said}`);
  return { country, place, why };
}

/** « Elle », « Il » opening a sentence: the firm of the sentence before. */
const PRONOUN = /^\s*(?:elle|il)\s/iu;

/**
 * « Nordia Compute a choisi l'ancienne mine, près de Copper Cliff. Elle investira 300 millions dans un centre… »: a
 * pronoun right after the sentence that introduced the firm and announced nothing builds at the one town that sentence
 * names (« près de », « à la collectivité de » are not site locatives, hence this step).
 */
export function introducedPlace(text: string, i: number, context: BackContext): { place: string; country?: string; why: string[] } | undefined {
  if (!PRONOUN.test(text)) return undefined;
  const before = context.sentences[i - 1].text;
  const spots = context.find(before).filter((m) => m.kind === "place");
  if (!spots.length) return undefined;
  const back = placeBefore(true, false, i, context);
  // « près de Copper Cliff, dans le Grand Sudbury »: the first town, the ones after it only say where it is.
  const nested = spots.slice(1).every((m, k) => /^\s*,\s*(?:dans|en|au)\s+(?:le\s+|la\s+|l')?$/iu.test(before.slice(spots[k].end, m.start)));
  const place = back.place ?? (nested ? spots[0].slug : undefined);
  const country = back.country ?? (place ? context.registry.places.get(place)?.country : undefined);
  return place ? { place, country, why: ["lieu : « elle » / « il » suit la phrase qui présente l'entreprise et nomme ce lieu"] } : undefined;
}

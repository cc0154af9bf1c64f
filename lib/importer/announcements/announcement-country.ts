/*
 * The one country of an article, for an announcement whose sentences name no place: « Avec cette levée, Hivera va
 * ouvrir dix nouveaux sites d'ici 2027 » in an article about France only is in France. The country must be named as
 * where something is (« au Haillan », « en France »), not only as a dateline, a venue or a headquarters; a sentence
 * that names places none of which the extraction took (« fondé à Lyon », « entre Paris et Lyon ») keeps its silence;
 * a deal's country (a partnership's, a bought firm's) the text must say.
 */
import { CONTINENT } from "./announcement-clauses";
import { sitedAt } from "./announcement-clues";
import type { AnnouncementRegistry, Mention } from "./announcement-mentions";
import type { splitSentences } from "./sentences";
import { STAKE_WHY } from "./announcement-stake";

type Sentences = ReturnType<typeof splitSentences>;
/** What of a draft this needs (announcement-drafts.ts imports this file: no import back). */
type Placed = { by: readonly string[]; kind: string; place?: string; country?: string; first: number; last: number; why?: readonly string[] };

/** A function giving, for a draft, the article's one country when the draft may take it (else undefined). */
export function articleCountry(sentences: Sentences, find: (text: string) => Mention[], registry: AnnouncementRegistry): (d: Placed, drafts: readonly Placed[]) => string | undefined {
  const countryOf = (m: Mention) => (m.kind === "place" ? registry.places.get(m.slug)?.country : m.kind === "country" ? m.slug : undefined);
  // « Investissement Québec injecte… »: a place inside a firm's name is no place the sentence names.
  const placesOf = (mentions: Mention[]) => mentions.filter((m) => (m.kind === "place" || m.kind === "country") && !mentions.some((c) => c.kind === "company" && c.start <= m.start && m.end <= c.end));
  const perSentence = sentences.map((s) => placesOf(find(s.text)));
  const named = new Set(perSentence.flat().map(countryOf).filter(Boolean));
  const located = new Set(
    perSentence.flatMap((mentions, i) => mentions.filter((m) => sitedAt(sentences[i].text, m.start)).map(countryOf)),
  );
  const only = named.size === 1 ? [...named][0] : undefined;
  if (!only || !located.has(only)) return () => undefined;
  return (d, drafts) => {
    // A fund's stake (announcement-stake.ts) is a deal too.
    if (d.place || d.country || d.kind === "partnership" || d.kind === "acquisition" || d.why?.some((w) => w.startsWith(STAKE_WHY))) return undefined;
    // « … en Europe d'ici 2029 »: a continent is a place the sentence names, wider than the one country.
    if (perSentence.slice(d.first, d.last + 1).some((mentions, j) => mentions.length || CONTINENT.test(sentences[d.first + j].text.replace(/’/g, "'")))) return undefined;
    // « Le premier bâtiment doit accueillir ses premiers clients »: what the firm's facility placed before becomes stays as the text leaves it.
    const placedBefore = drafts.some((o) => o !== d && o.first < d.first && o.kind === d.kind && (o.place || o.country) && o.by.some((b) => d.by.includes(b)));
    return placedBefore ? undefined : only;
  };
}

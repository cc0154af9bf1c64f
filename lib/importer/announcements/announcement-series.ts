import type { AnnouncementRegistry, Mention } from "./announcement-mentions";
import { placeOf } from "./announcement-places";

/**
 * « X, qui exploite déjà cinq centres de données à Marseille, prévoit d'en
 * construire un sixième »: the relative clause is background (its place is
 * not a site of the announcement, see isSiteLocative), but « en … un
 * sixième », « un troisième bâtiment », « un second bâtiment » make the new
 * facility one more of that series, so it is where the series is (« qui
 * exploite depuis 2021 un centre … » is the same background).
 */
const SERIES = /^[^«»]*?,\s*qui\s+(?:exploite|possède|gère|détient|dispose\s+de)\s+(?:déjà|depuis\s+(?:19|20)\d{2})\s+([^,;]*?),\s*[^,;]*?(?:(?<![\p{L}])en\s+\p{L}+\s+(?:un|une)\s+(?:autre|nouveau|nouvelle|\p{L}+ième)(?![\p{L}])|(?<![\p{L}])(?:un|une)\s+(?:\p{L}+ième|autre|second|seconde)\s+(?:centre|bâtiment|campus|site|datacent))/iu;

export function seriesPlace(text: string, mentions: readonly Mention[], registry: AnnouncementRegistry, why: string[]): { place?: string; country?: string } {
  const m = SERIES.exec(text.replace(/’/g, "'"));
  if (!m) return {};
  const start = m.index + m[0].indexOf(m[1]);
  const spots = mentions.filter((x) => (x.kind === "place" || x.kind === "country") && x.start >= start && x.end <= start + m[1].length);
  const spot = spots.find((x) => x.kind === "place") ?? spots[0];
  if (!spot) return {};
  why.push(`lieu : celui de la série que la nouvelle installation prolonge (« ${text.slice(spot.start, spot.end)} »)`);
  if (spot.kind !== "place") return { country: spot.slug };
  // « dans la Zone économique spéciale de Kigali »: the town the park is in, as for a place of the clause.
  const country = registry.places.get(spot.slug)?.country;
  return { place: placeOf([{ ...spot, kind: "place", country: country ?? "" }], registry, text) ?? spot.slug, country };
}

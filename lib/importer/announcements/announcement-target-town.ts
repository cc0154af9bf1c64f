import { REGIONAL, WITHIN_TOWN } from "./announcement-places";
import type { AnnouncementRegistry, Mention } from "./announcement-mentions";
import { foldSameLength } from "./announcement-mentions";

/*
 * « L'hébergeur alençonnais X a été racheté par Y », « Y a finalisé le rachat de l'hébergeur fécampois X »: a purchase is where
 * the firm bought is, and a local paper names that town by its inhabitants' adjective, seldom by « à ». The adjective is read
 * against the towns the page names (the town's name, or its stem without a final « e », « es », « a » or « s », then « ais »,
 * « ois », « ise »…): no list of adjectives to keep. The buyer's own (« le groupe rennais Y ») is its home, not the deal's.
 */
const SUFFIX = "(?:n?ais|ois|ise|n?ien)(?:e|ne)?s?";
/** Shorter stems (« Ay », « Eu ») would read as the start of ordinary words. */
const MIN_STEM = 4;

const stems = (name: string) => {
  const folded = foldSameLength(name).toLowerCase().replace(/[^a-z]/g, "");
  const cut = folded.replace(/(?:es|e|a|s)$/u, "");
  return [...new Set([folded, cut])].filter((s) => s.length >= MIN_STEM);
};

/**
 * The page's town whose adjective qualifies the firm bought (not the buyer) in a purchase's sentence.
 * @example targetTown("Y a racheté l'hébergeur fécampois X.", ["fecamp"], ["y"], …) // "fecamp"
 */
export function targetTown(text: string, places: readonly string[], buyers: readonly string[], mentions: readonly Mention[], registry: AnnouncementRegistry): string | undefined {
  const folded = foldSameLength(text).toLowerCase();
  // « la société algérienne X »: a country's adjective, though it starts like its capital's name, says no town.
  const national = new Set([...registry.countries.values()].flatMap((c) => c.adjectives ?? []).map((a) => foldSameLength(a).toLowerCase()));
  const towns = places.filter((slug) => {
    const kind = registry.places.get(slug)?.kind ?? "";
    return !REGIONAL.test(kind) && !WITHIN_TOWN.test(kind);
  });
  const found = towns.filter((slug) =>
    stems(registry.places.get(slug)?.name ?? "").some((stem) =>
      [...folded.matchAll(new RegExp(`(?<![a-z])${stem}${SUFFIX}(?![a-z])`, "gu"))].some((m) => {
        if (national.has(m[0])) return false;
        const end = m.index! + m[0].length;
        // « le groupe rennais Armor Cloud »: the adjective before the buyer's name is the buyer's.
        return !mentions.some((x) => x.kind === "company" && buyers.includes(x.slug) && x.start >= end && x.start <= end + 2);
      }),
    ),
  );
  return found.length === 1 ? found[0] : undefined;
}

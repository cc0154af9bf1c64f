import { type Clue, nameShaped } from "./publisher";

/** A channel's or an account's audience, printed under its name: « 48,2 k abonnés », « 12 345 abonnés », « 1,2 M d'abonnés ». */
const AUDIENCE = /^\d[\d\s\u202f.,]*\s?(?:k|M|K|Md)?\s?(?:d['’])?(?:abonnés|abonné·es|followers|membres)$/u;

/** How far into the page a channel's head can stand: the video player's tools and the title come first. */
const HEAD = 15;

/**
 * A video or social page names its publisher as the channel over its audience
 * (« Le Labo du Cloud » over « 48,2 k abonnés »); the same count under a
 * sentence, or far down the page (a commenter's), names nobody.
 * @example channelClue(["Titre de la vidéo", "Le Labo du Cloud", "48,2 k abonnés"]) // [{ name: "Le Labo du Cloud", weight: 3, … }]
 */
export function channelClue(lines: readonly string[]): Clue[] {
  for (let i = 1; i < Math.min(lines.length, HEAD); i++) {
    const name = lines[i - 1].trim();
    if (AUDIENCE.test(lines[i].trim()) && nameShaped(name)) return [{ name, weight: 3, why: "chaîne (au-dessus de son nombre d'abonnés)" }];
  }
  return [];
}

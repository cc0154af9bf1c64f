import type { Mention } from "./announcement-mentions";

/*
 * A sentence-initial connective the entities step took for a firm (« Au-delà des projets retenus, la décision relance… »,
 * 347 of held-out-16): the entities step mends the name, but a reading whose only firm is such a word is no announcement.
 */
const CONNECTIVE = /^(?:au-delà|par ailleurs|en outre|ainsi|enfin|désormais|pourtant|cependant|toutefois|néanmoins|outre|selon|malgré|après|avant|depuis|face|parallèlement|côté)$/iu;

/** Whether every firm of `by` is named in `text` only as a connective opening it. */
export function connectiveOnly(by: readonly string[], text: string, mentions: readonly Mention[]): boolean {
  if (!by.length) return false;
  return by.every((slug) => {
    const named = mentions.filter((m) => m.kind === "company" && m.slug === slug);
    return named.length > 0 && named.every((m) => !text.slice(0, m.start).trim() && CONNECTIVE.test(text.slice(m.start, m.end).replace(/’/g, "'")));
  });
}

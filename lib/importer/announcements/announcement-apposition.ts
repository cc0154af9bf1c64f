import type { AmountMention } from "./amounts";

/** What of a sentence's reading (announcement-events.ts) the merge reads; structural, so the two files do not import each other. */
type Apposable = { by: string[]; kind: string; status: string; place?: string; country?: string; amount?: AmountMention; mw?: number; year?: number; standalone: boolean; why: string[] };

/** « un cinquième bâtiment, en construction depuis… », « un campus, en chantier à… »: an apposition giving the state of the facility just named. */
const STATE_APPOSED = /(?:bâtiment|centre de données|data ?cent(?:er|re)|datacent(?:er|re)|campus|site|station|câble)s?(?:\s+[\p{L}-]+){0,2}\s*,\s*(?:actuellement\s+|déjà\s+)?en\s+(?:cours de\s+)?(?:construction|chantier)(?![\p{L}])/iu;

/**
 * « X investit 250 millions dans un cinquième bâtiment, en construction depuis
 * mai sur son campus de Dielsdorf »: one facility, not two. The apposition's
 * reading (its state and place) takes the figures of the statement it
 * qualifies, which is dropped.
 */
export function mergeApposedState<R extends Apposable>(readings: R[], text: string): R[] {
  if (readings.length !== 2 || !STATE_APPOSED.test(text)) return readings;
  const [first, state] = readings;
  const same = first.by.join() === state.by.join() && first.kind === state.kind && state.status === "under-construction" && first.status !== "under-construction";
  if (!same || (first.place && state.place && first.place !== state.place)) return readings;
  return [
    {
      ...state,
      place: state.place ?? first.place,
      country: state.country ?? first.country,
      amount: state.amount ?? first.amount,
      mw: state.mw ?? first.mw,
      year: state.year ?? first.year,
      standalone: first.standalone || state.standalone,
      why: [...first.why, ...state.why, "état et lieu : l'apposition (« …, en construction ») qualifie l'installation que la phrase vient de nommer"],
    },
  ];
}

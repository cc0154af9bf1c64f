/*
 * A sum that extends one facility and then builds another in the same purpose clause:
 * « un investissement d'un milliard d'euros pour agrandir son campus de Saint-Ghislain, et construire
 * un deuxième site à Farciennes » is an investment in the campus extended, and a new facility at Farciennes
 * (whose figures, if any, are its own), not two facilities sharing the sum.
 */
import type { FacilityNoun, ObjectKind } from "./announcement-clues";
import type { Located } from "./announcement-places";
import { EXTEND, type Trigger } from "./announcement-verbs";

export type ExtensionThenBuild = {
  /** Where the second purpose begins: the sum and place before it are the investment's. */
  at: number;
  /** The one place of the extended facility. */
  extended: Located[];
  /** The places of the new facility, each an announcement of its own. */
  built: Located[][];
  kind: ObjectKind;
};

export function extensionThenBuild(triggers: readonly Trigger[], facilities: readonly FacilityNoun[], groups: readonly Located[][], scopeEnd: number): ExtensionThenBuild | undefined {
  const invest = triggers.find((t) => t.cls === "invest");
  const extend = invest && triggers.find((t) => t.start > invest.end && t.cls === "build" && EXTEND.test(t.form));
  const build = extend && triggers.find((t) => t.start > extend.end && ["build", "open"].includes(t.cls) && !EXTEND.test(t.form));
  if (!build) return undefined;
  // The new facility is the second verb's object, an indefinite noun (« un deuxième site »), not « celui de Y ».
  const facility = facilities.find((f) => f.start > build.end && f.end <= scopeEnd && (f.indefinite || f.isNew));
  const before = groups.filter((g) => g[0].start < build.start);
  const built = groups.filter((g) => g[0].start > build.end);
  if (!facility || before.length !== 1 || !built.length) return undefined;
  return { at: build.start, extended: before[0], built, kind: facility.kind };
}

/** What of a sentence's reading the fold below reads; structural, so the two files do not import each other. */
type Foldable = { by: string[]; kind: string; status: string; place?: string; amount?: unknown; mw?: number; why: string[] };

/** « une extension de 8 mégawatts », « l'agrandissement » as the subject the second statement builds. */
const EXTENSION_SUBJECT = /(?<![\p{L}])(?:une|l'|cette|la|sa|son)\s*(?:nouvelle\s+)?(?:extension|agrandissement)(?![\p{L}])/iu;

/**
 * « l'hébergeur va agrandir son site : une extension de 8 mégawatts, pour un investissement de 45 millions d'euros, sera
 * construite » tells one extension twice, as the investment in the site and as the extension built: the second reading (no
 * figure, place or firm of its own) is dropped, the investment keeps the sentence's figures.
 */
export function oneExtension<R extends Foldable>(readings: R[], text: string): R[] {
  if (readings.length !== 2 || !EXTENSION_SUBJECT.test(text)) return readings;
  const [investment, built] = readings;
  const same = investment.kind === "investment" && built.kind === "other" && built.by.join() === investment.by.join() && built.status === investment.status;
  if (!same || built.amount || built.mw !== undefined || (built.place && built.place !== investment.place)) return readings;
  return [{ ...investment, why: [...investment.why, "l'extension construite est l'investissement que la phrase vient de lire, dite une seconde fois"] }];
}

/*
 * Which existing site an announcement is about: the one its evidence names,
 * or the one site of the same operator and place.
 */
import { escapeRegExp } from "../../text/text";

/** An existing site, as the registry of sites lists it. */
export type SiteRef = { slug: string; name: string; aliases?: readonly string[]; operators: readonly string[]; place?: string; country?: string };

/** « MRS5 », « RBX9 »: a facility's own code, the name the text gives one building. */
export const FACILITY_CODE = /(?<![\p{L}\p{N}])\p{Lu}{2,5}\d{1,3}(?![\p{L}\p{N}])/u;

/** The existing site an announcement is about: named in its sentence, or the one site of the same operator and place. */
export function siteOf(d: { kind: string; by: readonly string[]; place?: string }, evidence: string, sites: readonly SiteRef[]): { slug?: string; note?: string } {
  if (d.kind === "acquisition" || d.kind === "partnership") return {};
  const theirs = sites.filter((s) => s.operators.some((o) => d.by.includes(o)));
  const names = (s: SiteRef) => [s.name, ...(s.aliases ?? [])].map((n) => escapeRegExp(n));
  const named = theirs.find((s) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${names(s).join("|")})(?![\\p{L}\\p{N}])`, "u").test(evidence));
  if (named) return { slug: named.slug };
  // « MRS5 », « RBX9 »: the text names a facility the registry does not have; the same town is not enough.
  const code = FACILITY_CODE.exec(evidence)?.[0];
  if (code) return theirs.some((s) => s.place === d.place) ? { note: `installation nommée ${code}, absente des sites connus : nouveau site à créer` } : {};
  const same = d.place ? theirs.filter((s) => s.place === d.place) : [];
  return same.length === 1 ? { slug: same[0].slug } : {};
}

/*
 * Where a sentence names the article's companies, places and countries, as
 * offsets. Matching keeps the text's length (accents and apostrophes folded
 * one character for one) so that offsets point into the verbatim body.
 */
import { escapeRegExp } from "../../text/text";

export type NamedEntry = { name: string; aliases?: readonly string[] };
/** What of the entity registry extraction reads; lib/entities/entity-registry.ts's EntityRegistry is one. */
export type AnnouncementRegistry = {
  companies: ReadonlyMap<string, NamedEntry & { parent?: string }>;
  countries: ReadonlyMap<string, NamedEntry & { adjectives?: readonly string[]; code?: string }>;
  places: ReadonlyMap<string, NamedEntry & { country: string; kind?: string; lat?: number; lon?: number }>;
};

export type MentionKind = "company" | "country" | "place" | "adjective";
export type Mention = { kind: MentionKind; slug: string; start: number; end: number };

/** Accents, typographic apostrophes and dashes folded without changing the length, so offsets stay true. */
export function foldSameLength(text: string): string {
  return text
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/[^\u0000-\u007F]/g, (c) => {
      const base = c.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      return base.length === 1 ? base : c;
    });
}

/** A text written all in capitals (a wire, a headline): at least a few capital letters and no small one. */
export const isAllCaps = (text: string) => !/\p{Ll}/u.test(text) && /\p{Lu}{3}/u.test(text);
/** Aliases such as « en France » or « les États-Unis » are the name itself once the article or preposition is gone. */
const bare = (name: string) => name.replace(/^(?:(?:le|la|les|en|au|aux|à)\s+|l['’])/i, "").trim();

type Entry = { kind: MentionKind; slug: string };

/**
 * One alternation for many names, longest first so that the regex engine's
 * first match is the longest one at that position: a regex per name made
 * finding a sentence's mentions take 250 ms with the whole registry.
 */
function alternation(names: Map<string, Entry[]>, flags: string): RegExp | undefined {
  if (!names.size) return undefined;
  const body = [...names.keys()].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replace(/\s+/g, "\\s+")).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${body})(?![\\p{L}\\p{N}]|-\\p{L})`, flags);
}

/** « Rose Belle » is written « Rose-Belle » too (and back): a place's words joined by a space or a hyphen name the same place. */
const withDashes = (names: readonly string[]) => [...new Set(names.flatMap((n) => [n, n.replace(/(?<=\p{L}) (?=\p{L})/gu, "-"), n.replace(/(?<=\p{L})-(?=\p{L})/gu, " ")]))];

function addNames(into: Map<string, Entry[]>, entry: Entry, names: readonly string[], caseless: boolean) {
  for (const raw of names) {
    // « la France » is France; « La Courneuve » is not « Courneuve ».
    const name = foldSameLength(entry.kind === "country" ? bare(raw) : raw).replace(/\s+/g, " ");
    if (name.length < 2) continue;
    const key = caseless ? name.toLowerCase() : name;
    const list = into.get(key) ?? [];
    if (!list.some((e) => e.kind === entry.kind && e.slug === entry.slug)) list.push(entry);
    into.set(key, list);
  }
}

/**
 * A function that finds, in a text, the given companies, places and countries
 * by name or alias, and every registry country by adjective (« sa région cloud
 * néerlandaise »): the importer lists a country named only by an adjective
 * apart, so the article's list may lack it. Longest names win an overlap
 * (« Hydro-Québec » is not Québec, « Maroc Telecom » not Morocco).
 */
/** A timestamp opening a transcript's line (« [12:10] », « 00:12:10 – »). */
const TIMESTAMP = /^\s*[[(]?\d{1,2}[:h]\d{2}(?::\d{2})?[\])]?\s*[-–—]?\s*$/u;

/** « [12:10] Inès Boulanger : … », « Data4 : Nous ouvrons… »: a name that labels who speaks (after a timestamp, or before speech in the first person), not a brief's « Equinix : un campus à Lyon ». */
function isSpeakerLabel(text: string, m: { start: number; end: number }): boolean {
  const after = text.slice(m.end, m.end + 12);
  if (!/^\s*:/.test(after)) return false;
  const before = text.slice(0, m.start);
  return TIMESTAMP.test(before) || (!before.trim() && /^\s*:\s*(?:on|nous|je|j'|j’)(?![\p{L}])/iu.test(after));
}

export function mentionFinder(
  registry: AnnouncementRegistry,
  article: { companies: readonly string[]; countries: readonly string[]; places: readonly string[] },
): (text: string) => Mention[] {
  const named = new Map<string, Entry[]>();
  // Companies first: an equal name is the firm (« Orange »), as in the rest of the importer.
  for (const slug of article.companies) {
    const c = registry.companies.get(slug);
    // « S3ns » for the registry's « S3NS »: a name of four or more capitals is written capitalised too (362 of held-out-17).
    if (c) addNames(named, { kind: "company", slug }, [c.name, ...(c.aliases ?? [])].flatMap((n) => (/^\p{Lu}[\p{Lu}\d]{3,}$/u.test(n) ? [n, n[0] + n.slice(1).toLowerCase()] : [n])), false);
  }
  for (const slug of article.places) {
    const p = registry.places.get(slug);
    if (p) addNames(named, { kind: "place", slug }, withDashes([p.name, ...(p.aliases ?? [])]), false);
  }
  for (const slug of new Set([...article.countries, ...[...article.places].map((p) => registry.places.get(p)?.country ?? "")])) {
    const c = registry.countries.get(slug);
    if (c) addNames(named, { kind: "country", slug }, [c.name, ...(c.aliases ?? [])], false);
  }
  const adjectives = new Map<string, Entry[]>();
  for (const [slug, c] of registry.countries) addNames(adjectives, { kind: "adjective", slug }, c.adjectives ?? [], true);
  // « au Cap », « du Bourget »: the article of « Le Cap » melts into the preposition.
  const contracted = new Map<string, Entry[]>();
  for (const [name, entries] of named) {
    const m = /^(Le|Les) (.+)$/.exec(name);
    if (m) contracted.set(`${m[1] === "Le" ? "au|du" : "aux|des"}\u0000${m[2]}`, entries);
  }
  const names = alternation(named, "gu");
  // « ORANGE BUSINESS A INAUGURE A SAINT-PRIEST »: a wire in capitals names the same firms and places, in capitals.
  const upperNamed = new Map([...named].map(([name, entries]) => [name.toUpperCase(), entries]));
  let upperNames: RegExp | undefined | null = null;
  const adjectiveRe = alternation(adjectives, "giu");
  const contractedRe = [...contracted].map(([key, entries]) => {
    const [before, rest] = key.split("\u0000");
    return { entries, re: new RegExp(`(?<=(?<![\\p{L}])(?:${before})\\s)${escapeRegExp(rest)}(?![\\p{L}\\p{N}])`, "gu") };
  });
  return (text: string) => {
    const folded = foldSameLength(text);
    const all: Mention[] = [];
    const push = (entries: Entry[] | undefined, m: RegExpMatchArray) => {
      for (const e of entries ?? []) all.push({ ...e, start: m.index!, end: m.index! + m[0].length });
    };
    if (names) for (const m of folded.matchAll(names)) push(named.get(m[0].replace(/\s+/g, " ")), m);
    if (isAllCaps(text)) {
      upperNames ??= alternation(upperNamed, "gu");
      if (upperNames) for (const m of folded.matchAll(upperNames)) push(upperNamed.get(m[0].replace(/\s+/g, " ")), m);
    }
    if (adjectiveRe) for (const m of folded.matchAll(adjectiveRe)) push(adjectives.get(m[0].toLowerCase()), m);
    for (const { entries, re } of contractedRe) for (const m of folded.matchAll(re)) push(entries, m);
    // Longest first; at equal length the order above (company, place, country, adjective) decides.
    const order = all.map((m, i) => ({ m, i })).sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.i - b.i);
    // Characters already claimed by a longer mention: a test per character of the mention, so a whole body's thousands of mentions stay linear.
    const taken = new Uint8Array(folded.length);
    const kept: Mention[] = [];
    for (const { m } of order) {
      if (taken.subarray(m.start, m.end).includes(1)) continue;
      taken.fill(1, m.start, m.end);
      kept.push(m);
    }
    // « [12:10] Inès Boulanger : On vient de lever… »: a transcript's speaker label names who talks, never who builds.
    const sorted = kept.filter((m) => !(m.kind === "company" && isSpeakerLabel(text, m))).sort((a, b) => a.start - b.start);
    // « de Viettel IDC »: two known names side by side are one longer name the registry lacks, neither firm.
    const glued = (a?: Mention, b?: Mention) => a?.kind === "company" && b?.kind === "company" && /^[ \u00a0]$/u.test(text.slice(a.end, b.start));
    return sorted.filter((m, i) => !glued(sorted[i - 1], m) && !glued(m, sorted[i + 1]));
  };
}

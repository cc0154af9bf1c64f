import { type EntityRegistry, type EntityRef, namesOf } from "../../model/entity-registry";
import { type EntityKind, type NamedPart, namedKinds } from "../../model/schema/entity";
import { foldText } from "../../text/text";
import { FRENCH_MONTH_NAMES, FRENCH_WEEKDAYS } from "../page/dates";
import { SENTENCE_WORDS } from "../page/line-shapes";

/** A registry name as the detector matches it: folded words, and how it must be written. */
/** `capitals`: which of its words the name writes with a capital (« La Réunion » the island, not « la réunion » a meeting). */
/** `bare`: the name without the article its registry name bears (« Réunion » of « La Réunion »). */
/** `initials`: a name in capitals (« EAU ») is found only in capitals (« Eau Vive 91 » is an association's word « eau »). */
type NameForm = EntityRef & { adjective: boolean; capitalised: boolean; capitals: boolean[]; bare: boolean; initials: boolean };

type Token = { word: string; original: string; start: number; segment: number; sentenceStart: boolean };

/** The slugs found, under their registry part (`companies`, `countries`, `themes`). */
export type DetectedEntities = Record<NamedPart, string[]> & {
  /** Countries named only by an adjective that qualifies no company ("les leaders américains"). */
  adjectiveOnly: { slug: string; forms: string[] }[];
};

/** How a text names each kind the importer looks for (lib/model/schema/entity.ts). */
const naming = new Map<EntityKind, (typeof namedKinds)[number]>(namedKinds.map((k) => [k.kind, k]));
const isCommonNoun = (kind: EntityKind) => naming.get(kind)?.commonNouns === true;

/** Words between a nationality adjective and the company it qualifies ("le géant chinois du commerce en ligne Alibaba"). */
const ADJECTIVE_REACH = 4;

/** Themes are common nouns: "partenaires" names the theme "partenaire". */
function singular(word: string): string {
  return word.length > 3 ? word.replace(/[sx]$/, "") : word;
}

/**
 * Tokens of a text with the clause they belong to: a comma, a quote mark or a
 * dash ends a clause, so an adjective is only tied to a name in its own clause.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let segment = 0;
  let sentenceStart = true;
  for (const m of text.matchAll(/[\p{L}\p{N}]+|[,;:!?«»"“”()[\]–—…\n]|\.(?=\s|$)/gu)) {
    const piece = m[0];
    if (!/[\p{L}\p{N}]/u.test(piece)) {
      segment++;
      if (/[.!?…\n«"“:]/.test(piece)) sentenceStart = true;
      continue;
    }
    tokens.push({ word: foldText(piece), original: piece, start: m.index!, segment, sentenceStart });
    sentenceStart = false;
  }
  return tokens;
}

function nameForms(registry: EntityRegistry): Map<string, NameForm[]> {
  const forms = new Map<string, NameForm[]>();
  const add = (kind: EntityKind, entity: { slug: string; adjectives: string[] } & Parameters<typeof namesOf>[0]) => {
    for (const name of namesOf(entity)) {
      const adjective = entity.adjectives.includes(name);
      const key = (name.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => (isCommonNoun(kind) ? singular(foldText(w)) : foldText(w))).join(" ");
      if (!key) continue;
      // A proper name written with a capital must be found with one ("Orange" the company, not the colour).
      const capitalised = !isCommonNoun(kind) && !adjective && /^\p{Lu}/u.test(name) && name !== entity.slug.replace(/-/g, " ");
      const capitals = (name.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => /^\p{Lu}/u.test(w));
      const list = forms.get(key) ?? [];
      const bare = entity.name.replace(/^(?:La|Le|Les)\s+|^L['’]/u, "") === name && entity.name !== name;
      if (!list.some((f) => f.kind === kind && f.slug === entity.slug)) list.push({ kind, slug: entity.slug, adjective, capitalised, capitals, bare, initials: /^\p{Lu}{2,}$/u.test(name) });
      forms.set(key, list);
    }
  };
  for (const { kind, part } of namedKinds) registry[part].forEach((entity) => add(kind, entity));
  return forms;
}

type Match = { start: number; end: number; forms: NameForm[] };

/** Longest registry names first, left to right, each token used once: common nouns (themes) or proper names. */
function matchNames(tokens: Token[], forms: Map<string, NameForm[]>, common: boolean): Match[] {
  const maxLength = Math.max(...[...forms.keys()].map((k) => k.split(" ").length));
  const matches: Match[] = [];
  for (let i = 0; i < tokens.length; ) {
    let found: Match | undefined;
    for (let n = Math.min(maxLength, tokens.length - i); n >= 1 && !found; n--) {
      const slice = tokens.slice(i, i + n);
      if (slice.some((t) => t.segment !== slice[0].segment)) continue;
      const key = slice.map((t) => (common ? singular(t.word) : t.word)).join(" ");
      const candidates = (forms.get(key) ?? []).filter(
        (f) =>
          isCommonNoun(f.kind) === common &&
          (!f.capitalised || slice.every((t, k) => (k > 0 && !f.capitals[k]) || /^[\p{Lu}\p{N}]/u.test(t.original))) &&
          (!f.initials || slice.every((t) => t.original === t.original.toUpperCase())),
      );
      // « Réunion publique » opening a line is a meeting: the island, opening a sentence, keeps its article (« La Réunion »).
      const next = tokens[i + n];
      const commonStart = slice[0].sentenceStart && next?.segment === slice[0].segment && /^\p{Ll}/u.test(next.original);
      const named = commonStart ? candidates.filter((f) => !f.bare) : candidates;
      if (named.length) found = { start: i, end: i + n, forms: named };
    }
    if (found) {
      matches.push(found);
      i = found.end;
    } else i++;
  }
  return matches;
}

/** « la paroisse Saint-Martin » (Louisiana), « la rue de Suède », « le canal Saint-Martin »: a parish or a street named after a country, not the country. */
const NAMED_AFTER = /(?<![\p{L}])(?:paroisses?|rues?|canal|boulevards?|quais?|faubourgs?|églises?|chapelles?|avenues?|chemins?|impasses?)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?$/iu;

/**
 * The registry's companies, countries and themes a text names, through names,
 * aliases and adjectives matched on folded word n-grams. A nationality
 * adjective counts for its country only when it qualifies a named company in
 * the same clause; otherwise it is reported in `adjectiveOnly`.
 * @example detectEntities("Le groupe chinois Alibaba investit.", registry).countries // ["chine"]
 */
export function detectEntities(text: string, registry: EntityRegistry): DetectedEntities {
  const forms = nameForms(registry);
  const tokens = tokenize(text);
  const names = matchNames(tokens, forms, false);
  const commonMatches = matchNames(tokens, forms, true);

  const found = Object.fromEntries(namedKinds.map(({ part }) => [part, [] as string[]])) as Record<NamedPart, string[]>;
  const adjectiveForms = new Map<string, { part: NamedPart; forms: string[] }>();
  // Matches by clause, so that tying an adjective to a name it qualifies stays linear in the text's length.
  const namesBySegment = new Map<number, Match[]>();
  for (const m of names) {
    const segment = tokens[m.start].segment;
    namesBySegment.set(segment, [...(namesBySegment.get(segment) ?? []), m]);
  }
  const push = (list: string[], slug: string) => list.includes(slug) || list.push(slug);
  const lastOf = new Map<number, number>();
  tokens.forEach((t, i) => lastOf.set(t.segment, i));
  const after = (i: number) => text.slice(tokens[i].start + tokens[i].original.length).match(/^\s*(\S)/)?.[1];
  // « Le géant chinois des télécommunications, China Unicom, construira »: the name in apposition, a clause of its own between commas, is the one the adjective qualifies.
  const apposed = (match: Match, qualify: string) => {
    const end = lastOf.get(tokens[match.start].segment)!;
    if (end - match.end >= ADJECTIVE_REACH || after(end) !== ",") return false;
    return (namesBySegment.get(tokens[match.start].segment + 1) ?? []).some((c) => c.start === end + 1 && c.end - 1 === lastOf.get(tokens[c.start].segment) && after(c.end - 1) === "," && c.forms.some((f) => f.kind === qualify));
  };
  for (const match of [...names, ...commonMatches]) {
    for (const form of match.forms) {
      const { part, qualify, neverHyphenated } = naming.get(form.kind)!;
      const [first, last] = [tokens[match.start], tokens[match.end - 1]];
      if (neverHyphenated && (text[first.start - 1] === "-" || /^-\p{L}/u.test(text.slice(last.start + last.original.length, last.start + last.original.length + 2)))) continue;
      if (part === "countries" && NAMED_AFTER.test(text.slice(Math.max(0, first.start - 30), first.start))) continue;
      if (!form.adjective || !qualify) {
        push(found[part], form.slug);
        continue;
      }
      const segment = tokens[match.start].segment;
      const qualifiesName = (namesBySegment.get(segment) ?? []).some(
        (c) => c.forms.some((f) => f.kind === qualify) && (c.start >= match.end ? c.start - match.end : match.start - c.end) <= ADJECTIVE_REACH,
      );
      if (qualifiesName || apposed(match, qualify)) push(found[part], form.slug);
      else {
        const said = adjectiveForms.get(form.slug) ?? { part, forms: [] };
        said.forms.push(tokens.slice(match.start, match.end).map((t) => t.original).join(" "));
        adjectiveForms.set(form.slug, said);
      }
    }
  }
  const adjectiveOnly = [...adjectiveForms]
    .filter(([slug, { part }]) => !found[part].includes(slug))
    .map(([slug, { forms }]) => ({ slug, forms: [...new Set(forms)] }));
  return { ...found, adjectiveOnly };
}

/** Acronyms of roles and trades: capitalised, yet neither companies nor places. */
const COMMON_ACRONYMS = new Set(["ceo", "pdg", "dg", "dsi", "it", "cto", "cfo", "coo", "ti", "pme", "tpe", "eti", "ia", "ai", "api", "saas", "paas", "iaas", "n"]);

/**
 * Capitalised names that look like companies or places but that the registry
 * does not know, for the editor to add: sentence-initial common words, months,
 * weekdays, continents and the given people's names are left out.
 * @example unknownNames("Atos ouvre un site à Toulouse.", registry, []) // ["Atos", "Toulouse"]
 */
export function unknownNames(text: string, registry: EntityRegistry, people: readonly string[]): string[] {
  const forms = nameForms(registry);
  const tokens = tokenize(text);
  const known = new Set<number>();
  for (const m of [...matchNames(tokens, forms, false), ...matchNames(tokens, forms, true)]) {
    for (let i = m.start; i < m.end; i++) known.add(i);
  }
  const lowerWords = new Set(tokens.filter((t) => /^\p{Ll}/u.test(t.original)).map((t) => t.word));
  const writtenCount = new Map<string, number>();
  for (const t of tokens) writtenCount.set(t.original, (writtenCount.get(t.original) ?? 0) + 1);
  const personWords = new Set(people.flatMap((p) => p.split(/\s+/)).map((w) => foldText(w)));
  const ignored = new Set([
    ...FRENCH_MONTH_NAMES.map(foldText),
    ...FRENCH_WEEKDAYS,
    ...[...registry.countries.values()].map((c) => foldText(c.continent)),
  ]);
  const isNameToken = (t: Token, i: number) =>
    /^[\p{Lu}]/u.test(t.original) &&
    !known.has(i) &&
    !ignored.has(t.word) &&
    !personWords.has(t.word) &&
    !COMMON_ACRONYMS.has(t.word) &&
    t.original.length > 1 &&
    // A capital at the start of a sentence says nothing, unless the word never appears in lower case.
    !(t.sentenceStart && (SENTENCE_WORDS.has(t.word) || lowerWords.has(t.word)));

  // Lower-case links inside a name: "Cour de Justice de la Communauté Européenne".
  const CONNECTORS = new Set(["de", "du", "des", "la", "le", "d", "l"]);
  const found: string[] = [];
  const seen = new Set<string>();
  let group: number[] = [];
  const flush = () => {
    while (group.length && !isNameToken(tokens[group.at(-1)!], group.at(-1)!)) group.pop();
    if (group.length) {
      const first = tokens[group[0]];
      const last = tokens[group.at(-1)!];
      // A lone capitalised word opening a sentence is most often an ordinary word;
      // a name shows itself by coming back, capitalised, elsewhere in the text.
      const lone = group.length === 1 && first.sentenceStart && (writtenCount.get(first.original) ?? 0) < 2;
      // Keep an elided article that belongs to the name: "L’Usine Digitale".
      const elided = /(?:^|[^\p{L}])\p{Lu}['’]$/u.test(text.slice(Math.max(0, first.start - 3), first.start));
      const name = text.slice(elided ? first.start - 2 : first.start, last.start + last.original.length);
      if (!lone && !seen.has(name)) {
        seen.add(name);
        found.push(name);
      }
    }
    group = [];
  };
  tokens.forEach((t, i) => {
    const adjacent = group.length > 0 && t.segment === tokens[group.at(-1)!].segment && i === group.at(-1)! + 1;
    if (isNameToken(t, i)) {
      if (group.length && !adjacent) flush();
      group.push(i);
    } else if (adjacent && CONNECTORS.has(t.word) && /^\p{Ll}/u.test(t.original)) group.push(i);
    else flush();
  });
  flush();
  return found;
}

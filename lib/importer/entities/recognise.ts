import { type EntityRegistry, resolveName } from "../../model/entity-registry";
import type { CountryRole } from "../../model/schema/article";
import type { Place } from "../../model/schema/entity";
import { foldText, escapeRegExp } from "../../text/text";
import { firmByOrigin, proposeCompanies } from "./company-cues";
import { detectEntities } from "./entities";
import type { Gazetteer } from "./gazetteer";
import { findPeople } from "../page/people";
import { areaPlaces, findAreas } from "./areas";
import { companyIndex, countryNameWords, nameAlone, nationalArm, productOfParent, subsidiaryNames, unitNames } from "./company-names";
import { parseWireDateline } from "../page/dates";
import { type FoundPlace, findPlaces } from "./places";
import { roleFromContext, sentenceAround } from "./roles";
import { CONTRACTOR, nationalityNoun } from "./nationality-nouns";
import { builds, isProduct, ownOperator, presentedAsAssociation, PRESENTED_AS_FIRM } from "./proposal-filters";

const ARM = "filiale nationale d'un opérateur ou d'un électricien";

export type RecognisedCompany = { slug?: string; name: string; sentence?: string; why?: string; aliases?: string[] };
export type RecognisedEntities = {
  /** Registry companies (with `slug`), then proposed ones (with the sentence that shows each). */
  companies: RecognisedCompany[];
  /** One entry per role a country plays; named, qualifying a company, or through one of its places. */
  countries: { slug: string; role: CountryRole; via?: string }[];
  places: FoundPlace[];
};

export type RecogniseOptions = {
  gazetteer?: Gazetteer;
  /** The page's own publisher and the other names of its furniture: never companies of the article. */
  publishers?: string[];
  /** People already known to be named (author, quoted persons): never companies. */
  people?: string[];
};

const fold = (s: string) => foldText(s).replace(/[^a-z0-9+]+/g, " ").trim();

/** « le golfe de Guinée », « le golfe du Mexique »: a sea named after a country, not the country. */
const GULF_OF = String.raw`golfe\s+(?:de\s+|du\s+|d['’])`;
const GULF = new RegExp(String.raw`(?<![\p{L}])${GULF_OF}$`, "iu");

/** Where a country is named in the text, as [start, end, adjective?]; a gulf's name is none. */
function countryMentions(text: string, forms: string[], adjectives: string[]): [number, number, boolean][] {
  const found: [number, number, boolean][] = [];
  for (const form of [...forms, ...adjectives]) {
    const escaped = escapeRegExp(form).replace(/[-\s]+/g, "[-\\s]+");
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "gu"))) {
      if (GULF.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
      found.push([m.index!, m.index! + m[0].length, adjectives.includes(form)]);
    }
  }
  return found;
}

/**
 * The text with the place of a wire's or a release's dateline blanked out
 * ("Paris, le 9 octobre 2025 – …"): where the release was sent from is not a
 * place of its story, unless the text names it again.
 */
function withoutDatelinePlaces(text: string): string {
  return text.replace(/^.+$/gmu, (line) => {
    const place = parseWireDateline(line)?.place.replace(/\s*\(.*$/, "");
    return place && line.startsWith(place) ? " ".repeat(place.length) + line.slice(place.length) : line;
  });
}

/**
 * Companies, countries and places an article's text names, with the part each
 * country and place plays. Names the registry does not know but the text
 * presents as firms are proposed (with their sentence); towns come from the
 * gazetteer when one is given (import time).
 */
export function recogniseEntities(text: string, registry: EntityRegistry, options: RecogniseOptions = {}): RecognisedEntities {
  const detected = detectEntities(text, registry);
  const agencies = [...text.matchAll(/^\(([^)]{2,60})\)\s*[-–—]/gmu)].map((m) => m[1]);
  const publishers = [...(options.publishers ?? []), ...agencies].filter((p): p is string => !!p).map(fold);
  // « la société publique Niger Télécoms »: a name the text gives a trade noun is a firm, though a speech verb precedes it elsewhere.
  const firmLike = (name: string) => new RegExp(String.raw`(?:société|entreprise|opérateur|groupe|hébergeur|filiale)(?:\s+\p{Ll}[\p{L}-]+){0,2}\s+${escapeRegExp(name)}(?![\p{L}])`, "u").test(text);
  const people = [...(options.people ?? []), ...findPeople(text, registry).map((p) => p.name)].filter((n) => !firmLike(n)).map(fold);
  // A person's full name, or their surname alone ("Bouchard"): not any word of a name ("Lorient" of "Lorient Agglomération").
  const isPerson = (name: string) => people.some((p) => p === fold(name) || (p.includes(" ") && p.split(" ").at(-1) === fold(name)));

  const countryForms = new Set([...registry.countries.values()].flatMap((c) => [c.name, ...c.aliases, ...c.adjectives]).map(fold));
  // Business parks, ports and districts are places of their own: their names are not looked for as towns.
  const { areas, masked } = findAreas(text);
  // Company names are not skipped: the context rule in findPlaces decides ("à Orange" is the town).
  // Towns are looked for in the countries the text names, not those its adjectives give a firm ("le chinois Huawei").
  const named = detected.countries.filter((slug) => {
    const country = registry.countries.get(slug)!;
    return countryMentions(text, [country.name, ...country.aliases], []).length > 0;
  });
  const hinted = detected.adjectiveOnly.map((a) => registry.countries.get(a.slug)?.code ?? "").filter(Boolean);
  // « Le Réveil valdôtain – Aoste »: a town the copyright line sets beside the paper's name is still a place where the text says « à Aoste ».
  const placed = (name: string) => new RegExp(String.raw`(?<![\p{L}])(?:à|au|aux)\s+${escapeRegExp(name)}(?![\p{L}])`, "u").test(text);
  const towns = findPlaces(withoutDatelinePlaces(masked), registry, options.gazetteer, (name) => countryForms.has(fold(name)) || isPerson(name) || (publishers.includes(fold(name)) && !placed(name)), named.map((slug) => registry.countries.get(slug)?.code ?? ""), text, hinted);
  const places = [...towns.places, ...areaPlaces(text, areas, towns.places, towns.lookup)];

  const countries: RecognisedEntities["countries"] = [];
  const addCountry = (slug: string, role: CountryRole, via?: string) => {
    if (!countries.some((c) => c.slug === slug && c.role === role)) countries.push({ slug, role, ...(via ? { via } : {}) });
  };
  for (const slug of detected.countries.filter((s) => !firmByOrigin(text, registry.countries.get(s)!.name))) {
    const country = registry.countries.get(slug)!;
    const mentions = countryMentions(text, [country.name, ...country.aliases], country.adjectives);
    if (!mentions.length && [country.name, ...country.aliases].some((n) => new RegExp(GULF_OF + escapeRegExp(n), "iu").test(text))) continue;
    // « confié à l'entreprise chinoise Huawei »: a contractor's nationality is not a country of the story.
    if (mentions.length && mentions.every(([start, , adjective]) => adjective && CONTRACTOR.test(text.slice(Math.max(0, start - 100), start)))) continue;
    const roles = mentions.map(([start, end, adjective]) => {
      if (adjective) return "headquarters" as const;
      const { before, after, previous } = sentenceAround(text, start, end);
      return roleFromContext(before, after, previous);
    });
    const strong = roles.filter((r) => r !== "mentioned");
    for (const role of strong.length ? new Set(strong) : ["mentioned" as const]) addCountry(slug, role);
  }
  for (const place of places) {
    if (!countries.some((c) => c.slug === place.country)) addCountry(place.country, place.role, place.name);
    else if (place.role !== "mentioned" && !countries.some((c) => c.slug === place.country && c.role === place.role)) {
      const weak = countries.findIndex((c) => c.slug === place.country && c.role === "mentioned");
      if (weak >= 0) countries.splice(weak, 1);
      addCountry(place.country, place.role, place.name);
    }
  }

  const placeNames = new Set(places.flatMap((p) => [p.written, p.name, ...p.aliases]).map(fold));
  const isPublisher = (name: string) => publishers.some((p) => p === fold(name) || p.startsWith(`${fold(name)} `));
  const isKnown = (name: string) =>
    resolveName(registry, name).length > 0 || countryForms.has(fold(name)) || placeNames.has(fold(name)) || isPerson(name) || [...registry.places.values()].some((p) => fold(p.name) === fold(name));
  // "Exim Bank" when the text says "Exim Bank of China", a registry name.
  const registryNames = detected.companies.flatMap((slug) => {
    const c = registry.companies.get(slug)!;
    return [c.name, ...c.aliases].map(fold);
  });
  // "OVH Cloud Group", "Equinix, Inc.", "Africa Data Centers": registry companies under another spelling.
  const index = companyIndex(registry);
  const spelled: string[] = [];
  // « Le Grand Reims, propriétaire des terrains »: « Grand » and a town is its intercommunality, a public body (« Grand Frais » is no town).
  const intercommunality = (name: string) => {
    const town = name.match(/^Grand\s+(\p{Lu}[\p{L}'’-]+)$/u)?.[1];
    return !!town && (options.gazetteer?.lookup(town)?.population ?? 0) >= 20_000;
  };
  const proposed = proposeCompanies(text, (name) => {
    const slug = index.resolve(name);
    if (slug && !detected.companies.includes(slug) && !spelled.includes(slug)) spelled.push(slug);
    return !!slug || (isKnown(name) && !firmByOrigin(text, name)) || registryNames.some((n) => n.startsWith(`${fold(name)} `));
  }, (name) => index.resolve(name) !== undefined).filter((p) => !intercommunality(p.name) && !isProduct(text, p.name, registryNames) && !presentedAsAssociation(text, p.name) && !(isPublisher(p.name) && !PRESENTED_AS_FIRM.has(p.why) && !builds(p)));
  // « Orange Mali », « Bouygues Construction »: a registry group and a country or a business line, a subsidiary the registry lacks (« Equinix Irlande », known as Equinix, is not proposed); « Viettel IDC »: a unit.
  const groups = detected.companies.flatMap((slug) => [registry.companies.get(slug)!.name, ...registry.companies.get(slug)!.aliases]);
  for (const name of [...subsidiaryNames(text, groups, registry), ...unitNames(text, proposed.map((p) => p.name), groups)]) {
    const arm = nationalArm(name, registry);
    if ((index.resolve(name) && !arm) || isPublisher(name) || proposed.some((p) => p.name === name)) continue;
    const at = text.indexOf(name);
    proposed.push({ name, sentence: sentenceAround(text, at, at + name.length).sentence, why: arm ? ARM : "filiale nommée par son groupe et son pays ou son métier" });
  }
  // « la directrice de Digicel Haïti » beside « Digicel a mis en service »: the firm named alone, then in its country, is one firm.
  // A registry group's national arm stays whole when the text names the group as its parent (« Orange Mali, filiale du groupe
  // Orange »); « Airtel » in a headline over « Airtel Gabon » is the arm named short, one firm.
  const parentNamed = (name: string) => new RegExp(String.raw`(?<![\p{L}])groupe\s+(?:\p{Ll}+\s+)?${escapeRegExp(name.split(" ")[0])}(?![\p{L}])`, "u").test(text);
  for (const p of proposed) if (!(nationalArm(p.name, registry) && parentNamed(p.name))) p.name = nameAlone(p.name, text, countryNameWords(registry));
  // "le fonds américain Roha": an adjective qualifying a proposed firm names its home country; « L'américain investira »: the adjective stands for a firm.
  for (const { slug, forms } of detected.adjectiveOnly) {
    if (forms.some((f) => nationalityNoun(text, f, slug, detected.companies, registry))) addCountry(slug, "headquarters");
    else if (proposed.some((p) => forms.some((f) => new RegExp(`${f}(?:\\s+[\\p{L}'’-]+){0,4}\\s+${escapeRegExp(p.name)}`, "u").test(text)))) {
      addCountry(slug, "headquarters");
    }
  }
  // "Orange Guinée" proposed as a firm of its own: "Orange", only ever read inside it, is not named too (the longest name wins).
  const insideLonger = (slug: string) => {
    const c = registry.companies.get(slug)!;
    const longer = proposed.filter((p) => [c.name, ...c.aliases].some((n) => p.name.startsWith(`${n} `) || p.name.endsWith(` ${n}`)));
    if (!longer.length) return false;
    const at = (n: string) => [...text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(n)}(?![\\p{L}])`, "gu"))].map((m) => m.index!);
    const mentions = [c.name, ...c.aliases].flatMap(at);
    return mentions.length > 0 && mentions.every((i) => longer.some((p) => text.startsWith(p.name, i) || [c.name, ...c.aliases].some((n) => p.name.endsWith(` ${n}`) && text.startsWith(p.name, i - p.name.length + n.length))));
  };
  const companies: RecognisedCompany[] = [
    ...[...detected.companies.filter((slug) => !insideLonger(slug) && !productOfParent(text, slug, registry, detected.companies)), ...spelled].map((slug) => ({ slug, name: registry.companies.get(slug)!.name })),
    ...proposed.map((p) => ({ name: p.name, sentence: p.sentence, why: p.why, ...(p.aliases ? { aliases: p.aliases } : {}) })),
    ...ownOperator(text, options.publishers ?? []),
  ];
  return { companies, countries, places: dedupePlaces(places) };
}

function dedupePlaces(places: FoundPlace[]): FoundPlace[] {
  const seen = new Map<string, FoundPlace>();
  for (const p of places) {
    const prior = seen.get(p.slug);
    if (!prior || (prior.role === "mentioned" && p.role !== "mentioned")) seen.set(p.slug, p);
  }
  return [...seen.values()];
}

export type { Place };

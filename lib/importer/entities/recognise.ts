import { type EntityRegistry, namesOf, resolveName } from "../../model/entity-registry";
import type { CountryRole } from "../../model/schema/article";
import type { Place } from "../../model/schema/entity";
import { foldText, escapeRegExp } from "../../text/text";
import { firmByOrigin, proposeCompanies } from "./company-cues";
import { detectEntities } from "./entities";
import type { Gazetteer } from "./gazetteer";
import { findPeople } from "../page/people";
import { areaPlaces, findAreas } from "./areas";
import { companyIndex, countryNameWords, nameAlone, productOfParent, subsidiaryNames, unitNames } from "./company-names";
import { parseWireDateline } from "../page/dates";
import { type FoundPlace, findPlaces } from "./places";
import { roleFromContext, sentenceAround } from "./roles";

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

/** Where a country is named in the text, as [start, end, adjective?]. */
function countryMentions(text: string, forms: string[], adjectives: string[]): [number, number, boolean][] {
  const found: [number, number, boolean][] = [];
  for (const form of [...forms, ...adjectives]) {
    const escaped = escapeRegExp(form).replace(/[-\s]+/g, "[-\\s]+");
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, adjectives.includes(form) ? "gu" : "gu"))) {
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
    // « confié à l'entreprise chinoise Huawei »: a contractor's nationality is not a country of the story.
    if (mentions.length && mentions.every(([start, , adjective]) => adjective && CONTRACTOR.test(text.slice(Math.max(0, start - 100), start)))) continue;
    const roles = mentions.map(([start, end, adjective]) => {
      if (adjective) return "headquarters" as const;
      const { before, after } = sentenceAround(text, start, end);
      return roleFromContext(before, after);
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
  const proposed = proposeCompanies(text, (name) => {
    const slug = index.resolve(name);
    if (slug && !detected.companies.includes(slug) && !spelled.includes(slug)) spelled.push(slug);
    return !!slug || (isKnown(name) && !firmByOrigin(text, name)) || registryNames.some((n) => n.startsWith(`${fold(name)} `));
  }, (name) => index.resolve(name) !== undefined).filter((p) => !isProduct(text, p.name, registryNames) && !(isPublisher(p.name) && !PRESENTED_AS_FIRM.has(p.why) && !builds(p)));
  // « Orange Mali », « Bouygues Construction »: a registry group and a country or a business line, a subsidiary the registry lacks (« Equinix Irlande », known as Equinix, is not proposed); « Viettel IDC »: a unit.
  const groups = detected.companies.flatMap((slug) => [registry.companies.get(slug)!.name, ...registry.companies.get(slug)!.aliases]);
  for (const name of [...subsidiaryNames(text, groups, registry), ...unitNames(text, proposed.map((p) => p.name), groups)]) {
    if (index.resolve(name) || isPublisher(name) || proposed.some((p) => p.name === name)) continue;
    const at = text.indexOf(name);
    proposed.push({ name, sentence: sentenceAround(text, at, at + name.length).sentence, why: "filiale nommée par son groupe et son pays ou son métier" });
  }
  // « la directrice de Digicel Haïti » beside « Digicel a mis en service »: the firm named alone, then in its country, is one firm.
  for (const p of proposed) p.name = nameAlone(p.name, text, countryNameWords(registry));
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

/**
 * A publisher subject of building or opening a facility (« Hebergix construira son centre de données » on its
 * own blog) is a firm of its article; « Le Quotidien a appris », « Vol Matin ouvrira une rubrique » are not.
 */
const builds = (p: { name: string; sentence: string; why: string }) =>
  p.why === "sujet d'une annonce" &&
  new RegExp(String.raw`${escapeRegExp(p.name)}\s+(?:va\s+)?(?:constru|ouvr|inaugur|investi|exploit|install|implant)\p{Ll}*\s+(?:(?:en|d['’]ici|dès|à)\s+\p{Ll}+\s+|\p{Ll}+ment\s+)?(?:son|sa|ses|un|une|des|le|la|les|l['’]|leur|leurs)\s*(?:\p{Ll}+\s+){0,2}?(?:centres? de données|datacenters?|data centers?|campus|usine|bâtiment|salle)`, "u").test(p.sentence);

/** The words that make the firm after them a contractor: « confié à l'entreprise », « le contrat … avec le groupe ». */
const CONTRACTOR = /(?:(?:confi|attribu|adjug|sous-trait)[ée]e?s?\s+(?:à|au)|\bcontrat\b[^.!?\n]{0,80}\savec)\s+(?:l['’]|les?\s+|la\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** A verb after a nationality used as a noun (« L'américain investira »): the sentence's subject is a firm. */
const FIRM_VERB = String.raw`(?:a|va|compte|prévoit|investit|annonce|lance|rachète|exploite|construit|ouvre|vise|mise|cible|\p{Ll}{3,}(?:era|ira|ra))`;

/**
 * « Oracle a annoncé… L'américain investira »: a nationality used as a noun, subject of a firm's verb, stands for
 * the firm the sentence before opens on; it names a country only when that firm is a registry one of that country.
 */
function nationalityNoun(text: string, form: string, slug: string, companies: readonly string[], registry: EntityRegistry): boolean {
  for (const m of text.matchAll(new RegExp(String.raw`(?:^|[.!?]\s+|\n)(?:L['’]|Le\s+|La\s+)${form}e?\s+${FIRM_VERB}(?![\p{L}])`, "gu"))) {
    const previous = text.slice(Math.max(0, m.index! - 300), m.index! + 1).split(/(?<=[.!?])\s+|\n/).filter((p) => p.trim()).at(-1) ?? "";
    if (companies.some((c) => registry.companies.get(c)?.country === slug && namesOf(registry.companies.get(c)!).some((n) => previous.trimStart().startsWith(n)))) return true;
  }
  return false;
}

/** « L'université a mis en service ce centre de données »: the institution named by its common noun runs a facility. */
const RUNS = /(?:^|[.!?]\s+)L['’](université|école)\s+(?:a\s+(?:mis en service|inauguré|ouvert|construit|mis en route)|exploite|inaugure|ouvre|construit|construira|ouvrira|exploitera)(?![\p{L}])/u;

/**
 * The page's own university (its banner « Université Paris-Saclay »), when the
 * text names it by its common noun as the one that runs a facility: the
 * operator of its own data center, a firm of the article though it heads the page.
 */
function ownOperator(text: string, banner: readonly string[]): RecognisedCompany[] {
  const m = text.match(RUNS);
  if (!m) return [];
  const names = [...new Set(banner.filter((b) => foldText(b).startsWith(`${foldText(m[1])} `)))];
  if (names.length !== 1) return [];
  const at = m.index! + m[0].indexOf("L");
  return [{ name: names[0], sentence: sentenceAround(text, at, at + m[0].length).sentence, why: "exploitant désigné par son nom commun" }];
}

/**
 * Cues by which the text itself presents a name as a firm (its trade, its
 * parent, its legal form): the publisher so presented (a firm's own release, an
 * exhibitor's page) is one of the article's firms. A publisher only seen as a
 * subject (« Le Quotidien a appris ») is not.
 */
const PRESENTED_AS_FIRM = new Set(["après un nom de métier", "devant une forme juridique", "« filiale de »", "suivi de son métier", "après un titre de dirigeant"]);

/** A maker's trade before the product noun (« le fabricant de systèmes de refroidissement Calorion »): the name is the maker's. */
const MAKER = /(?<![\p{L}])(?:fabricant|fournisseur|éditeur|spécialiste|constructeur|intégrateur|distributeur|concepteur)s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:de|d['’]|des)\s*(?:[\p{Ll}'’-]+\s+){0,4}$/iu;

/** Words that name what a firm sells: the name after them is a product ("le service Kapsule", "les puces H100"); not « service avec X », a party. */
const PRODUCT_NOUN = /(?<![\p{L}])(?:services?|offres?|plateformes?|puces?|processeurs?|applications?|logiciels?|solutions?|gammes?|mod[èe]les?|outils?|produits?|syst[èe]mes?|assistants?|serveurs?|cartes?)\s+(?:(?!(?:avec|pour|par|chez|auprès|entre|contre|et|ou)\s)[\p{Ll}-]+\s+){0,2}$/iu;

/**
 * A product of a registry company, not a company: a name after a product noun,
 * or followed by « de » and a registry company ("Kapsule de Scaleway", "Kapsule,
 * le service de Scaleway").
 */
function isProduct(text: string, name: string, registryNames: readonly string[]): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (PRODUCT_NOUN.test(text.slice(Math.max(0, at - 40), at)) && !MAKER.test(text.slice(Math.max(0, at - 100), at))) return true;
    // fold() turns ", le service de" into " le service de": the apposition of a product reads the same.
    const after = fold(text.slice(at + name.length, at + name.length + 80)).match(
      /^(?:(?:le|la|l|son|sa|les|ses) (?:service|offre|plateforme|puce|processeur|application|logiciel|solution|gamme|modele|outil|produit|systeme|assistant|serveur|carte)s?(?: [a-z]+){0,2} )?(?:de|d|du groupe) (.*)$/,
    );
    if (after && registryNames.some((n) => after[1] === n || after[1].startsWith(`${n} `))) return true;
  }
  return false;
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

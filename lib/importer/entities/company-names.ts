import type { EntityRegistry } from "../../model/entity-registry";
import { foldText, escapeRegExp } from "../../text/text";

/*
 * One firm, many spellings: "OVH Cloud Group" is OVHcloud, "Equinix, Inc." and
 * "Equinix Irlande" are Equinix, "Africa Data Centers" is Africa Data Centres.
 * A name is reduced to a key — folded letters and digits run together, legal
 * forms and the generic words firms add to their name dropped — and a name
 * whose key is a registry company's is that company, never a new proposal.
 */

/** Legal forms: never part of what a firm is called in a sentence. */
const LEGAL = new Set("sas sasu sa sarl se gmbh ag ltd limited inc incorporated llc plc nv bv spa corp corporation co cie lp".split(" "));

/** Generic words firms put after their name ("Group", "Data Centres", "Trust", a business unit's "Entreprises"): the name is what comes before. */
const GENERIC = new Set(
  ("group groupe groep holding holdings cloud clouds data datacenter datacenters datacentre datacentres centre centres center centers " +
    "environments services solutions technologies technology systems networks network infrastructure infrastructures partners international " +
    "platforms trust global company compagnie europe entreprises").split(" "),
);

const wordsOf = (name: string) => (foldText(name).match(/[a-z0-9+]+/g) ?? []).map((w) => w.replace(/^centers?$/, (m) => m.replace("er", "re")));

/**
 * The key a firm's name reduces to: legal forms and trailing generic words
 * (and country names, when given) removed, the rest run together. Empty when
 * nothing specific is left ("Groupe", "Data Centres").
 * @example companyKey("OVH Cloud Group") // "ovh"
 * @example companyKey("Equinix, Inc.") // "equinix"
 */
export function companyKey(name: string, countryWords: ReadonlySet<string> = new Set()): string {
  const words = wordsOf(name).filter((w) => !LEGAL.has(w));
  // "OVHcloud" is one word: its generic tail is split off like a separate word's.
  const split = words.flatMap((w) => {
    const tail = [...GENERIC].find((g) => g.length >= 4 && w.length > g.length + 1 && w.endsWith(g));
    return tail ? [w.slice(0, -tail.length), tail] : [w];
  });
  // « Électricité de Mayotte » is not « Électricité de France »: a country after « de » is the name's own, not a subsidiary's suffix.
  while (split.length > 1 && (GENERIC.has(split.at(-1)!) || (countryWords.has(split.at(-1)!) && !/^(?:de|du|des|d)$/.test(split.at(-2)!)))) split.pop();
  // A country written in several words ("Côte d'Ivoire"): drop it whole when the rest still names something.
  for (const country of countryWords) {
    const tail = country.split(" ");
    if (tail.length > 1 && split.length > tail.length && split.slice(-tail.length).join(" ") === country) split.splice(-tail.length);
  }
  const key = split.join("");
  return split.length === 1 && GENERIC.has(split[0]) ? "" : key;
}

/** Folded names of the registry's countries, as they may end a subsidiary's name ("Equinix Irlande"). */
export function countryNameWords(registry: EntityRegistry): Set<string> {
  return new Set([...registry.countries.values()].flatMap((c) => [c.name, ...c.aliases]).map((n) => wordsOf(n).join(" ")).filter((n) => !/^(la|le|les|l|en|au|aux) /.test(n)));
}

export type CompanyIndex = { resolve(name: string): string | undefined };

/**
 * The registry's companies by key. Exact spellings first; a key two different
 * companies reduce to ("Alibaba" and "Alibaba Cloud" both give "alibaba") is
 * only found through an exact name.
 */
export function companyIndex(registry: EntityRegistry): CompanyIndex {
  const countries = countryNameWords(registry);
  const exact = new Map<string, string>();
  const reduced = new Map<string, string | null>();
  for (const company of registry.companies.values()) {
    for (const name of [company.name, ...company.aliases]) {
      exact.set(wordsOf(name).join(""), company.slug);
      const key = companyKey(name, countries);
      if (!key) continue;
      const prior = reduced.get(key);
      reduced.set(key, prior === undefined || prior === company.slug ? company.slug : null);
    }
  }
  return {
    resolve(name) {
      const found = exact.get(wordsOf(name).join(""));
      if (found) return found;
      const key = companyKey(name, countries);
      return key ? (reduced.get(key) ?? undefined) : undefined;
    },
  };
}

/**
 * A group's business line after its name (« Bouygues Construction », « Vinci Immobilier », « Orange Marine », its
 * cable ships), its business customers' arm (« Free Pro ») or the world region a subsidiary serves (« Orange Caraïbe »):
 * a subsidiary, not the group.
 */
const BUSINESS_LINE = String.raw`(?:Pro|Construction|Immobilier|Bâtiment|Travaux Publics|Énergies|Energies|Industrie|Marine|Caraïbes?|Antilles|Océan Indien|Pacifique|Moyen-Orient|Maghreb|Afrique|Amérique latine)`;

/**
 * « Orange Mali », « Kelso Sénégal »: a registry group's name followed by the
 * name of a country, a subsidiary named by its group and its country. Only the
 * registry's countries, written with their capital, count; or by its business line or world region.
 */
export function subsidiaryNames(text: string, groups: readonly string[], registry: EntityRegistry): string[] {
  const countries = [...registry.countries.values()].flatMap((c) => [c.name, ...c.aliases]).filter((n) => /^\p{Lu}/u.test(n));
  if (!groups.length || !countries.length) return [];
  const pattern = new RegExp(String.raw`(?<![\p{L}])(?:${groups.map(escapeRegExp).join("|")})\s(?:${[...countries.map(escapeRegExp), BUSINESS_LINE].join("|")})(?![\p{L}'’-])`, "gu");
  return [...new Set([...text.matchAll(pattern)].map((m) => m[0]))];
}

/** Trades licensed country by country: a telecom operator's or a power utility's arm in a country is a firm of its own. */
const LICENSED = /opérateur télécoms|électricité|énergéticien/iu;

/**
 * « Free Sénégal », « Airtel Niger », « SFR Réunion »: a registry telecom operator or power utility, then a country other
 * than its home, is its national arm, a licensed firm of its own (the corpus keeps its full name), though its key is the
 * group's. « Equinix Irlande » (a colocation firm's local office), « Orange France » (its home) and a registry spelling stay the group.
 */
export function nationalArm(name: string, registry: EntityRegistry): boolean {
  const exact = foldText(name);
  const all = [...registry.companies.values()];
  if (all.some((c) => [c.name, ...c.aliases].some((n) => foldText(n) === exact))) return false;
  return all.some((c) => LICENSED.test(c.kind ?? "") && [c.name, ...c.aliases].some((n) => {
    if (!name.startsWith(`${n} `)) return false;
    const rest = foldText(name.slice(n.length + 1));
    const country = [...registry.countries.values()].find((k) => [k.name, ...k.aliases].some((f) => foldText(f) === rest));
    return !!country && country.slug !== c.country;
  }));
}

/**
 * A firm's name followed by its country's (« Digicel Haïti »), when the text also names the firm alone
 * (« Digicel a mis en service… »): the name alone, one firm. A subsidiary the text only ever names with its
 * country (« Orange Mali ») keeps its whole name.
 */
export function nameAlone(name: string, text: string, countryWords: ReadonlySet<string>): string {
  const key = companyKey(name, countryWords);
  if (key === companyKey(name)) return name;
  const parts = name.split(" ");
  const cut = parts.findIndex((_, i) => i > 0 && companyKey(parts.slice(0, i).join(" ")) === key);
  const base = cut > 0 ? parts.slice(0, cut).join(" ") : "";
  const escaped = escapeRegExp(base);
  return base && new RegExp(String.raw`(?<![\p{L}])${escaped}(?![\p{L}'’-])(?!\s+\p{Lu})`, "u").test(text) ? base : name;
}

/** Nouns of what a cloud firm sells, before its division's short name: « une zone cloud Azure », « la région cloud Azure ». */
const OFFER = /(?<![\p{L}])(?:zones?|régions?|offres?|services?|plateformes?|instances?|abonnements?|solutions?)(?:\s+(?:cloud|de\s+cloud|publique?s?))?\s+$/iu;

/**
 * A registry division named only by its short name after an offer's noun, in a text that names its parent
 * (« Microsoft ouvrira une zone cloud Azure »): the parent's product, not a firm of the article. Named in
 * full (« Microsoft Azure »), or as the subject of a sentence (« Azure ouvrira »), it stays a firm.
 */
export function productOfParent(text: string, slug: string, registry: EntityRegistry, detected: readonly string[]): boolean {
  const company = registry.companies.get(slug);
  if (!company?.parent || !detected.includes(company.parent)) return false;
  const mentions = [company.name, ...company.aliases].flatMap((n) => [...text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(n)}(?![\\p{L}])`, "gu"))].map((m) => ({ n, at: m.index! })));
  // The longest name at a place: « Microsoft Azure » is not also an « Azure » after « Microsoft ».
  const own = mentions.filter((m) => !mentions.some((o) => o !== m && o.at <= m.at && o.at + o.n.length >= m.at + m.n.length && o.n.length > m.n.length));
  return own.length > 0 && own.every((m) => m.n !== company.name && OFFER.test(text.slice(Math.max(0, m.at - 40), m.at)));
}

/**
 * A proposed firm's name, then a registry firm's initials in one run (« les centres de Viettel IDC »): the first
 * firm's unit, a name of its own, not the registry's IDC. « Viettel et IDC », « Viettel, IDC » stay two firms.
 */
export function unitNames(text: string, firms: readonly string[], registryNames: readonly string[]): string[] {
  const initials = registryNames.filter((n) => /^\p{Lu}{2,5}$/u.test(n));
  if (!firms.length || !initials.length) return [];
  const pattern = new RegExp(String.raw`(?<![\p{L}])(?:${firms.map(escapeRegExp).join("|")}) (?:${initials.map(escapeRegExp).join("|")})(?![\p{L}\p{N}'’-])`, "gu");
  return [...new Set([...text.matchAll(pattern)].map((m) => m[0]))];
}

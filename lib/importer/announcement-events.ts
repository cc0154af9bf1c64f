import { type AmountMention, findAmounts, findCapacities } from "./amounts";
import { type FacilityNoun, FUTURE, eventYears, facilityNouns, isSiteLocative, joinOf } from "./announcement-clues";
import type { AnnouncementRegistry, Mention } from "./announcement-mentions";
import { COMPANY_ANAPHOR, FACILITY_SUBJECT, companiesAfter, namedSubject, ownerOf, tagCompanies } from "./announcement-subject";
import { MODALS, type Trigger, type VerbClass, findTriggers, timeOf } from "./announcement-verbs";

export type AnnouncementKind = "datacenter" | "cloud-region" | "investment" | "acquisition" | "partnership" | "cable" | "other";
export type AnnouncementStatus = "announced" | "under-construction" | "operational" | "cancelled" | "completed";

/** One announcement a sentence states, before the article-level steps (subject carried over, continuation, currency). */
export type Reading = {
  by: string[];
  /** The subject is « il », « le groupe »…: `by` is to be taken from the sentence before. */
  carried: boolean;
  kind: AnnouncementKind;
  status: AnnouncementStatus;
  place?: string;
  country?: string;
  amount?: AmountMention;
  mw?: number;
  year?: number;
  /** A new facility, deal or plan in itself, not a figure added to the previous sentence's. */
  standalone: boolean;
  /** « y construira », « dans le pays »: the place is the one the sentence before names. */
  there: boolean;
  why: string[];
};

type Chain = { triggers: Trigger[]; start: number; end: number };
const HEADS: VerbClass[] = ["partner", "acquire", "sell", "open", "build", "deliver", "land", "invest"];
const isHead = (t: Trigger) => HEADS.includes(t.cls);

/** Trigger words joined into one statement: « prévoit de construire », « a annoncé qu'il rachèterait », « a lancé la construction ». */
function chainsOf(text: string, triggers: Trigger[], companies: Mention[], facilities: FacilityNoun[]): Chain[] {
  const chains: Chain[] = [];
  for (const t of triggers) {
    if (MODALS.has(t.form) && !/^\s+(?:[\p{L}'-]+\s+){0,2}?(?:être|avoir|[\p{L}']+(?:er|ir|re))(?![\p{L}])/u.test(text.slice(t.end, t.end + 40))) continue;
    // « en partenariat avec » says how, not what: the announcement is elsewhere in the sentence.
    if (t.cls === "partner" && t.tense === "noun" && /(?<![\p{L}])en\s+$/iu.test(text.slice(0, t.start))) continue;
    const prev = chains.at(-1);
    const last = prev?.triggers.at(-1);
    const gap = last ? text.slice(last.end, t.start) : "";
    const before = text.slice(0, t.start);
    const named = companies.some((c) => last && c.start >= last.end && c.end <= t.start);
    // What a statement's own words go on to say about it: its purpose (« pour construire »), its cost
    // (« pour un investissement de »), or a relative clause on its facility (« un bâtiment de 20 MW qui doit être livré »).
    const purpose = t.tense === "infinitive" && /(?<![\p{L}])(?:pour|afin d[e'])\s+(?:y\s+)?$/iu.test(before);
    const cost = t.cls === "invest" && t.tense === "noun" && /(?<![\p{L}])pour\s+(?:un|une)\s+$/iu.test(before);
    const relative = /(?<![\p{L}])qui\s+$/iu.test(before) && facilities.some((f) => f.end <= t.start && t.start - f.end < 40 && (!last || f.start > last.end));
    const linked =
      prev && last && !/;/.test(gap) &&
      ((gap.length <= 70 && !named && (!isHead(last) || ["noun", "infinitive"].includes(t.tense))) || ((purpose || cost || relative) && gap.length <= 140));
    if (linked) {
      prev.triggers.push(t);
      prev.end = t.end;
    } else chains.push({ triggers: [t], start: t.start, end: t.end });
  }
  return chains;
}

/** What the statement is about: the strongest head (a deal over a building over an investment). */
function headOf(chain: Chain): Trigger | undefined {
  for (const cls of HEADS) {
    const found = chain.triggers.find((t) => t.cls === cls);
    if (found) return found;
  }
  return undefined;
}

function statusOf(chain: Chain, head: Trigger | undefined, text: string, scope: string): AnnouncementStatus {
  if (chain.triggers.some((t) => t.cls === "cancel")) return "cancelled";
  const governing = chain.triggers.find((t) => t.tense !== "noun") ?? chain.triggers[0];
  const time = timeOf(governing, text.slice(0, governing.start));
  const later = time === "future" || time === "purpose" || time === "noun";
  switch (governing.cls) {
    case "announce": {
      // « annonce l'ouverture de sa région » reports an opening, unless the opening is still to come.
      const reports = /^(?:annonc|confirm|dévoil)/.test(governing.form) && head?.cls === "open" && head.tense === "noun";
      if (reports && time !== "future" && !FUTURE.test(scope)) return "operational";
      if (head && head !== governing && head.tense === "participle" && /(?<![\p{L}])avoir\s+$/u.test(text.slice(0, head.start))) break;
      return "announced";
    }
    case "complete":
      if (later) return "announced";
      return head && ["build", "open", "deliver"].includes(head.cls) ? "operational" : "completed";
    case "start":
      if (later) return "announced";
      if (head?.cls === "build") return "under-construction";
      return chain.triggers.some((t) => t.form === "projet") ? "announced" : "operational";
  }
  const h = head ?? governing;
  const ht = h === governing ? time : timeOf(h, text.slice(0, h.start));
  const done = ht === "past" || ht === "present";
  switch (h.cls) {
    case "open":
      return done && !(ht === "present" && FUTURE.test(scope)) ? "operational" : "announced";
    case "build":
      return ht === "present" ? "under-construction" : ht === "past" ? "operational" : "announced";
    case "deliver":
      return done ? "operational" : "announced";
    case "land":
      return done ? "under-construction" : "announced";
    case "invest":
      return ht === "past" ? "completed" : "announced";
    default:
      return done ? "completed" : "announced";
  }
}

const TARGET = /(?:société|opérateur|filiale|activités?|participation|parts|\d+\s?%|actifs|portefeuille|centres? de données|campus)/iu;
/** Figures that are not the announcement's: turnover, a fund raise, a running total. */
const NOT_ITS_AMOUNT = /(?:chiffre d'affaires|revenus?|bénéfices?|pertes?|valoris\p{L}*|capitalisation|porte à|portant à|au total|un total de|levée? de fonds|a levé|lève|dette)\s*(?:de\s+|d')?(?:plus de |près de |environ |quelque )?$/iu;

/** « de 600 à 650 milliards », « entre 2 et 3 milliards »: a range is no single figure. */
const RANGE = /(?:\d[\d\s,.]*\s+(?:à|et)|entre)\s+$/iu;

/** « porter sa capacité à 280 MW »: a total to reach, not the size of what is announced. */
export function announcementCapacities(text: string) {
  return findCapacities(text).filter((c) => !/port(?:er|e|era|ant|ent)\s+(?:[\p{L}'-]+\s+){0,6}?à\s+$/iu.test(text.slice(Math.max(0, c.start - 60), c.start).replace(/’/g, "'")));
}

export function announcementAmounts(text: string): AmountMention[] {
  return findAmounts(text).filter((a) => {
    const before = text.slice(Math.max(0, a.start - 40), a.start).replace(/’/g, "'");
    return !NOT_ITS_AMOUNT.test(before) && !RANGE.test(before) && !/^\s+le total/.test(text.slice(a.end));
  });
}

/** Kinds of places that contain towns: named after a town, they say where the town is. */
export const REGIONAL = /^(?:région|province|département|préfecture|comté|canton|état|land)$/iu;

type Located = { slug: string; kind: "place" | "country"; start: number; country: string };

/** The places of a clause, grouped: one group per place of a list, a qualifier (« en Alsace ») joins its place. */
function placeGroups(text: string, mentions: Mention[], registry: AnnouncementRegistry, from: number, to: number): Located[][] {
  const groups: Located[][] = [];
  let previous: (Located & { end: number }) | undefined;
  for (const m of mentions) {
    if ((m.kind !== "place" && m.kind !== "country") || m.start < from || m.end > to) continue;
    const country = m.kind === "place" ? (registry.places.get(m.slug)?.country ?? "") : m.slug;
    const here = { slug: m.slug, kind: m.kind, start: m.start, country, end: m.end };
    const join = previous ? joinOf(text.slice(previous.end, m.start)) : "apart";
    const current = groups.at(-1);
    // « Sakai, dans la préfecture d'Osaka »: a region after a town of its country qualifies it.
    const regional = m.kind === "place" && REGIONAL.test(registry.places.get(m.slug)?.kind ?? "");
    // The same place named twice (« au Québec … située à Québec ») is one place, not a list.
    const again = groups.find((g) => g.some((x) => x.slug === m.slug));
    if (again) {
      previous = here;
      continue;
    }
    if (regional && previous && current?.some((g) => g.kind === "place" && g.country === country) && m.start - previous.end < 40) current.push(here);
    else if (!previous || !current || join === "apart") {
      if (!isSiteLocative(text.slice(Math.max(0, m.start - 80), m.start).replace(/’/g, "'"))) continue;
      if (current?.every((g) => g.country === country) && (m.kind === "country" || current.every((g) => g.kind === "country"))) current.push(here);
      else groups.push([here]);
    } else if (current.every((g) => g.kind === "country") && m.kind === "place" && current[0].country === country) current.push(here);
    else if (join === "qualifier" && !(m.kind === "country" && previous.kind === "country")) current.push(here);
    else groups.push([here]);
    previous = here;
  }
  return groups;
}

export type SentenceContext = { registry: AnnouncementRegistry; mentions: Mention[] };

/**
 * The announcements one sentence states: for each statement (a chain of
 * trigger words), its subject, kind, status, and the place, amount, capacity
 * and year of its own clause; a list of places gives one announcement each.
 */
export function readSentence(text: string, { registry, mentions }: SentenceContext): Reading[] {
  const plain = text.replace(/’/g, "'");
  const companies = tagCompanies(plain, mentions);
  const facilities = facilityNouns(plain);
  const chains = chainsOf(plain, findTriggers(plain), companies, facilities);
  const amounts = announcementAmounts(plain);
  const capacities = announcementCapacities(plain);
  const years = eventYears(plain);
  const readings: Reading[] = [];
  chains.forEach((chain, i) => {
    const scopeStart = i === 0 ? 0 : Math.max(chains[i - 1].end, plain.lastIndexOf(",", chain.start) + 1);
    // A clause ends at the comma before the next statement, or at the next statement itself.
    const next = chains[i + 1];
    const comma = next ? plain.lastIndexOf(",", next.start) : -1;
    const scopeEnd = !next ? plain.length : comma > chain.end ? comma : next.start;
    const scope = plain.slice(scopeStart, scopeEnd);
    const head = headOf(chain);
    const governing = chain.triggers.find((t) => t.tense !== "noun") ?? chain.triggers[0];
    const after = facilities.filter((f) => f.start >= chain.start && f.end <= scopeEnd);
    const facility: FacilityNoun | undefined = after[0] ?? facilities.find((f) => f.start >= scopeStart && f.end <= scopeEnd);
    const cancel = chain.triggers.some((t) => t.cls === "cancel");
    const nounOnly = chain.triggers.every((t) => t.tense === "noun");
    // « Le projet représente… », « les investissements »: a noun refers back unless it is new (« un projet de… »).
    // « le permis de construire », « la première pierre » state a step even with a definite article.
    const step = chain.triggers.some((t) => ["permis de construire", "première pierre"].includes(t.form));
    // « la construction d'un centre de données » is new too: the facility it names is.
    const newObject = /^\s*(?:d'un|d'une|de\s+(?:deux|trois|quatre|cinq|plusieurs|nouveaux|nouvelles))\s/iu.test(plain.slice(chain.end, chain.end + 30));
    if (nounOnly && !step && !newObject && !/(?:^|\s)(?:un|une|des|d'un|d'une)\s+(?:[\p{L}-]+\s+)?$/iu.test(plain.slice(Math.max(0, chain.start - 30), chain.start))) return;
    // « forment sa région », « signe un contrat »: completing or starting nothing the lexicon names is no announcement.
    if (!head && ["complete", "start"].includes(governing.cls) && !chain.triggers.some((t) => t.form === "projet")) return;
    // « n'a pas inauguré », « n'ouvrira pas »: the negation wraps the auxiliary or the verb.
    const before = plain.slice(Math.max(0, governing.start - 25), governing.start);
    const negated = /(?<![\p{L}])(?:ne\s|n')/iu.test(before) &&
      (/(?<![\p{L}])(?:pas|plus|jamais)(?![\p{L}])/iu.test(before) || /^\s*(?:\S+\s+)?(?:pas|plus|jamais)(?![\p{L}])/iu.test(plain.slice(governing.end, governing.end + 20)));
    if (negated) return;

    let kind: AnnouncementKind;
    if (head?.cls === "partner") kind = "partnership";
    else if (head?.cls === "acquire" || head?.cls === "sell") kind = "acquisition";
    else if (head?.cls === "invest" && !chain.triggers.some((t) => ["build", "open"].includes(t.cls))) kind = "investment";
    else if (facility) kind = facility.kind;
    else if (head?.cls === "land") kind = "cable";
    else if (head?.cls === "build" || (cancel && chain.triggers.some((t) => t.form === "projet"))) kind = "other";
    else return;
    // What is bought is the verb's object, not what a purpose clause goes on to name (« un terrain pour y construire un centre »).
    const objectEnd = Math.min(scopeEnd, ...[plain.slice(governing.end).search(/\s(?:pour|afin d)[\s']/u)].filter((x) => x >= 0).map((x) => governing.end + x));
    if (kind === "acquisition" && !companies.some((c) => c.start > governing.end && c.end <= objectEnd) && !TARGET.test(plain.slice(governing.end, objectEnd))) return;

    const why = [`verbe : « ${chain.triggers.map((t) => t.form).join(" … ")} »`];
    const owner = ownerOf(plain, companies, scopeStart, scopeEnd);
    const agent = owner?.slugs ?? [];
    let by = nounOnly && agent.length ? agent : namedSubject(plain, companies, chain.start);
    const subjectZone = plain.slice(0, chain.start);
    let carried = false;
    // « Le câble, financé par Meta, doit atterrir », « Le consortium mené par Orange et China Mobile a achevé… »
    if (!by.length && agent.length && (FACILITY_SUBJECT.test(subjectZone) || owner!.start < chain.start)) by = agent;
    if (!by.length && (COMPANY_ANAPHOR.test(plain.slice(0, (head ?? governing).start)) || FACILITY_SUBJECT.test(subjectZone))) {
      // « Octave Klaba, fondateur d'OVHcloud, a confirmé que l'hébergeur… »: the firm the sentence named.
      const named = companies.filter((c) => c.end <= chain.start && /d(?:e\s+|u\s+|')$/u.test(plain.slice(Math.max(0, c.start - 3), c.start)));
      if (named.length) by = [named.at(-1)!.slug];
      else carried = true;
    }
    if (!by.length && !carried) return;
    if (kind === "partnership") by = [...new Set([...by, ...companiesAfter(plain, companies, governing.end, scopeEnd, /(?:avec|à|au|auprès de)\s+(?:(?:le|la|l')\s*)?(?:[\p{Ll}-]+\s+){0,2}$/u)])];
    if (head?.cls === "sell") {
      const buyers = companiesAfter(plain, companies, head.end, scopeEnd, /(?:^|\s)(?:à|au|aux)\s+(?:(?:le|la|les|l')\s*)?(?:[\p{Ll}-]+\s+){0,2}$/u);
      if (buyers.length) by = buyers;
    }
    const status = statusOf(chain, head, plain, scope);
    const groups = placeGroups(plain, mentions, registry, scopeStart, scopeEnd);
    const standalone = !!facility?.indefinite || !!facility?.isNew || (head !== undefined && ["acquire", "sell", "invest", "partner"].includes(head.cls) && !nounOnly) || cancel;
    const read = (from: number, to: number, group?: Located[]): Reading => {
      const place = group?.find((g) => g.kind === "place")?.slug;
      let country = group?.[0]?.country;
      if (!country) {
        const adjective = mentions.find((m) => m.kind === "adjective" && m.start >= governing.end && m.end <= scopeEnd);
        if (adjective) (country = adjective.slug), why.push(`pays lu de l'adjectif « ${plain.slice(adjective.start, adjective.end)} »`);
      }
      const amount = amounts.find((a) => a.start >= from && a.end <= to);
      const mw = capacities.find((c) => c.start >= from && c.end <= to)?.mw;
      const year = years.find((y) => y.start >= from && y.start < to)?.year;
      const there = /(?<![\p{L}])(?:y\s+(?:\p{L}+\s+)?$)/u.test(plain.slice(Math.max(0, chain.start - 20), chain.start)) || /(?<![\p{L}])(?:dans|à travers) le pays(?![\p{L}])/iu.test(plain.slice(from, to));
      return { by, carried, kind, status, place, country, amount, mw, year, standalone, there, why: [...why] };
    };
    // A deal or a sum over several places is one announcement, with no single place.
    if (groups.length > 1 && ["acquisition", "partnership", "investment"].includes(kind)) {
      const countries = [...new Set(groups.map((g) => g[0].country))];
      readings.push({ ...read(scopeStart, scopeEnd), ...(countries.length === 1 ? { country: countries[0] } : {}) });
    } else if (groups.length <= 1) readings.push(read(scopeStart, scopeEnd, groups[0]));
    else groups.forEach((g, j) => readings.push(read(g[0].start, j + 1 < groups.length ? groups[j + 1][0].start : scopeEnd, g)));
  });
  return readings;
}

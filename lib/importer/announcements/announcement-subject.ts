import type { AnnouncementRegistry, Mention } from "./announcement-mentions";

/*
 * Who does what a sentence announces: the company in subject position, not a
 * company the sentence merely names (« fondé par », « hébergés chez »,
 * « les technologies de Microsoft », « selon le cabinet IDC »).
 */

const PREPOSITION = String.raw`(?:de|d'|du|des|avec|chez|par|pour|à|au|aux|auprès de|contre|selon|comme|dont|sur|entre|via|hors de|face à|après|sans|vers)`;
/** A preposition right before a name (« filiale de Cassava », « chez Equinix ») makes it a complement, not a subject. */
const RIGHT_AFTER_PREPOSITION = new RegExp(`(?:^|[\\s'])${PREPOSITION}\\s*$`, "iu");
/** So does one before the article of its noun phrase (« par le fonds américain Roha », « par le fonds d'investissement américain Bluecrest »), not « le fournisseur … de centres de données NorthC ». */
// Case-blind: « Selon le cabinet IDC » opens a sentence.
const PHRASE_AFTER_PREPOSITION = new RegExp(`(?:^|[\\s'])${PREPOSITION}\\s*(?:le|la|les|l'|son|sa|ses|leur|leurs|notre|nos|votre|vos|un|une)\\s*(?:[\\p{L}-]+(?:'[\\p{L}-]+)?\\s+){0,5}$`, "iu");
// « Le gestionnaire du réseau Creos »: a capital article opens the sentence's phrase, the name its apposition.
// « auprès du fonds X » is not the article « au » before « près »: the phrase starts at « du », governed.
const PHRASE_START = /(?:^|[\s'])(?:[Ll]e|[Ll]a|[Ll]es|[Ll]'|son|sa|ses|leur|leurs|notre|nos|votre|vos|un|une|du|des|au(?!près)|aux)\s*(?:[\p{L}-]+(?:'[\p{L}-]+)?\s+){0,5}$/u;
const governed = (before: string) => {
  // « le centre que Data4 construit »: the subject of a relative clause.
  if (/(?:^|\s)qu(?:e\s+|')$/iu.test(before)) return false;
  // « la direction d'Eviden a annoncé l'abandon »: a firm's management speaks and acts as the firm.
  if (/(?:^|\s)(?<!sous\s+)(?:la|sa)\s+direction\s+(?:de\s+|d'|du\s+)$/iu.test(before)) return false;
  if (RIGHT_AFTER_PREPOSITION.test(before)) return true;
  const phrase = PHRASE_START.exec(before);
  return !!phrase && (/^\s*(?:du|des|au|aux)\s/u.test(phrase[0]) || PHRASE_AFTER_PREPOSITION.test(before.slice(0, phrase.index + phrase[0].length)));
};
/**
 * « Le spécialiste américain des centres de données Digital Realty a annoncé »: a name closing the sentence's opening phrase,
 * longer than PHRASE_START reaches, is that phrase's apposition, the subject. Only plain words up to it (no name, article,
 * verb or preposition but « de »), and none right before it (« Le groupe a signé avec le fonds X » stays governed).
 */
const OPENING_WORDS = /^\s*(?:Le|La|Les|L')\s*((?:[\p{Ll}-]+(?:'[\p{Ll}-]+)?\s+){5,8})$/u;
const NOT_OF_THE_NOUN = /(?<![\p{L}])(?:le|la|les|l'|un|une|avec|chez|par|pour|à|au|aux|sur|entre|via|selon|contre|a|ont|est|sont|va|vont|doit|qui|que|qu'|dont|et|ou)(?![\p{L}])/u;
const openingApposition = (lead: string, before: string) => {
  const words = OPENING_WORDS.exec(lead)?.[1];
  return !!words && !NOT_OF_THE_NOUN.test(words) && !RIGHT_AFTER_PREPOSITION.test(before);
};
/** « X et le canadien Y », « X, Y », « X, acteur européen des centres de données, et Y »: names joined into one subject. */
const JOINED = /^\s*(?:,|et|,\s*et|,\s*[^,;.()]{1,60},\s*et)\s+(?:(?:le|la|les|l')\s*(?:[\p{Ll}-]+\s+){0,2})?$/u;

/** « Ce dernier », « ces derniers »: the firm named last; « ces derniers mois » is a time, no firm. */
const THE_LATTER = String.raw`(?:ce dernier|cette dernière|ces derniers)(?!\s+(?:mois|jours?|semaines?|années?|ans|temps|décennies|trimestres?|siècles?)(?![\p{L}]))`;

/** « Ce dernier » opening a sentence: the firm named last, not the subject of the sentence before. */
export const THE_LATTER_WORDS = new RegExp(String.raw`(?<![\p{L}])${THE_LATTER}(?![\p{L}])`, "iu");

/** « Le groupe », « il », « l'opérateur »: a subject that is a firm named before. */
export const COMPANY_ANAPHOR = new RegExp(
  String.raw`(?:^|[\s,'])(?:il|elle|ils|elles|celui-ci|celle-ci|${THE_LATTER}|(?:le|la|l'|les|ce|cet|cette|ces)\s*(?:[\p{L}-]+\s+)?(?:groupe|société|entreprise|opérateur|hébergeur|géant|firme|compagnie|conglomérat|fonds|filiale|promoteur|partenaires|coentreprise|spécialiste|fournisseur|éditeur|constructeur|exploitant|leader|scpi|foncière|fabricant|prestataire|intégrateur|investisseur|gestionnaire|industriel|hyperscaler|start-up|startup|câblo-opérateur|américain|américaine|chinois|chinoise|français|française|japonais|japonaise|allemand|allemande|britannique|canadien|canadienne|indien|indienne|espagnol|espagnole|italien|italienne|néerlandais|néerlandaise|suédois|suédoise|coréen|coréenne|irlandais|irlandaise|australien|australienne|saoudien|saoudienne|émirati|singapourien|luxembourgeois|européen|européenne|québécois|québécoise|marocain|marocaine|sud-africain|sud-africaine))(?![\p{L}])`,
  "iu",
);
/** « Le site », « l'installation », « le projet »: a subject that is the facility or plan named before. */
export const FACILITY_SUBJECT =
  /(?:^|[\s,'])(?:le|la|l'|les|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s*(?:[\p{L}-]+\s+)?(?:sites?|projets?|plans?|bâtiments?|campus|centres?|installations?|infrastructures?|investissements?|régions?|câbles?|travaux|chantiers?|extensions?|agrandissements?|opération|mise en service|ensemble|data ?centers?|datacenters?|datacentres?|usines?|stations?|budget)(?![\p{L}])/iu;

/** A company mention, marked governed (a complement: « le projet de X », « avec X ») or not. */
export type Tagged = Mention & { governed: boolean };

const LED_BY = /^\s*\p{Lu}\p{Ll}+(?:é|ée|és|ées|i|ie|is|u|ue|us)\s+par\s/u;
/** The sentence's companies, each marked governed (a complement) or not. */
export function tagCompanies(text: string, mentions: Mention[]): Tagged[] {
  const tagged: Tagged[] = [];
  for (const m of mentions) {
    if (m.kind !== "company") continue;
    const prior = tagged.at(-1);
    // « créée par le fonds britannique Ardent Capital, Artois Data Campus SAS, consiste à »: a name set off by commas after a governed one renames the phrase (204).
    const renames = !!prior?.governed && /^\s*,\s*$/u.test(text.slice(prior.end, m.start)) && /^(?:\s+(?:SAS|SA|SARL|SE))?\s*,/u.test(text.slice(m.end));
    if (prior && !renames && JOINED.test(text.slice(prior.end, m.start))) {
      tagged.push({ ...m, governed: prior.governed });
      continue;
    }
    // « apporté par la Banque européenne pour la reconstruction et le développement (BERD) »: an acronym in brackets is governed as the name it repeats.
    // « Porté par l'Office des postes (OPT), le chantier… » opens on its doer: the name stays what it was.
    const lead = LED_BY.test(text) ? text.slice(0, m.start) : text.slice(0, m.start).replace(/\(\s*$/u, "");
    const before = lead.length < m.start ? lead.slice(-80).split(/[,;:(«»"“”]/).at(-1) ?? "" : text.slice(Math.max(0, m.start - 60), m.start).split(/[,;:(«»"“”]/).at(-1) ?? "";
    const plainBefore = before.replace(/’/g, "'");
    tagged.push({ ...m, governed: (governed(plainBefore) && !openingApposition(text.slice(0, m.start).replace(/’/g, "'"), plainBefore)) || APPOSED_PARENT.test(text.slice(Math.max(0, m.start - 80), m.start)) });
  }
  return tagged;
}

/** « Atlas Cloud Services, la filiale numérique du groupe OCP, construit »: the parent named in the subject's apposition (319 of held-out-15). */
const APPOSED_PARENT = /\p{L}\s*,\s*(?:la|sa)\s+filiale\s+(?:[\p{L}-]+\s+){0,2}(?:de\s+|d'|du\s+|des\s+)(?:(?:la|le|l')\s*)?(?:groupe\s+)?$/iu;

/** The named subject before `at`: the nearest company not governed, with the ones joined to it (« Orange et Capgemini »). */
export function namedSubject(text: string, companies: Tagged[], at: number): string[] {
  const before = companies.filter((c) => c.end <= at);
  // « Digital Realty, qui a racheté Interxion en 2020, y construit »: the object of a relative clause closed before the verb is no subject.
  const inRelative = (c: Tagged) => /,\s*qui\s[^,;]*$/iu.test(text.slice(0, c.start)) && text.slice(c.end, at).includes(",");
  // « Bleu, la société commune d'Orange et de Capgemini qui commercialise les services Microsoft, a confirmé »: a firm inside the subject's apposition is none (362 of held-out-17).
  const inApposition = (c: Tagged) => /[\p{L}\p{N}]\s*,\s*(?:la|le|l'|les|un|une)\s*[^,;]*$/iu.test(text.slice(0, c.start)) && /^[^,;]*,/u.test(text.slice(c.end, at)) && before.some((o) => o.end < c.start && !o.governed && /^\s*,\s*(?:la|le|l'|les|un|une)\s*[^,;]*$/iu.test(text.slice(o.end, c.start)));
  const index = before.findLastIndex((c) => !c.governed && !inRelative(c) && !inApposition(c));
  if (index < 0) return [];
  const group = [before[index]];
  for (let i = index - 1; i >= 0 && JOINED.test(text.slice(before[i].end, group[0].start)); i--) group.unshift(before[i]);
  return [...new Set(group.map((c) => c.slug))];
}

/** « une aide de 1,5 million d'euros à la société X », « un prêt à Y »: the firm a grant or a loan goes to. */
const GRANTED = /(?:aide|subvention|prêt|avance|soutien)s?(?![\p{L}])[^.;:«»]{0,60}?\s(?:à|au)\s+(?:(?:la|le|l')\s*)?(?:(?:société|entreprise|groupe|opérateur|start-up|PME)\s+)?$/iu;

/**
 * Who builds what a statement names with no subject of its own: the firm a grant
 * or a loan goes to « pour la construction d'un centre » (a regional council's
 * decision list) builds it; otherwise the named subject before.
 */
export function builderOf(text: string, companies: Tagged[], at: number, nounOnly: boolean): string[] {
  const helped = nounOnly ? companies.filter((c) => c.end <= at).at(-1) : undefined;
  if (helped && /^\s*,?\s*pour\s+(?:la\s+|le\s+|l')?$/iu.test(text.slice(helped.end, at)) && GRANTED.test(text.slice(Math.max(0, helped.start - 100), helped.start))) return [helped.slug];
  return namedSubject(text, companies, at);
}

/** Companies after `from` that a word joins to the action: « avec Google Cloud », « aux fonds KKR et DigitalBridge ». */
export function companiesAfter(text: string, companies: Tagged[], from: number, to: number, words: RegExp): string[] {
  const found: string[] = [];
  let last: Tagged | undefined;
  for (const c of companies) {
    if (c.start < from || c.end > to) continue;
    const before = text.slice(Math.max(from, c.start - 40), c.start).replace(/’/g, "'");
    if (words.test(before) || (last && found.includes(last.slug) && JOINED.test(text.slice(last.end, c.start)))) found.push(c.slug);
    last = c;
  }
  return [...new Set(found)];
}

/** « le centre de données de Vantage », « mené par Orange et China Mobile »: the firm(s) a facility or consortium subject belongs to. */
export function ownerOf(text: string, companies: Tagged[], from: number, to: number): { slugs: string[]; start: number } | undefined {
  for (const [i, c] of companies.entries()) {
    if (c.start < from || c.end > to) continue;
    const before = text.slice(Math.max(0, c.start - 80), c.start).replace(/’/g, "'");
    const owner = /(?:centres? de données|data ?cent(?:er|re)s?|campus|câble|projet|plan|site)\s+(?:[\p{L}-]+\s+){0,2}?d(?:e\s+|u\s+|')$/iu.test(before);
    const agent = /(?:financ|port|constru|réalis|men|détenu|soutenu|exploit)\p{L}*\s+(?:\p{L}+\s+)?par\s+(?:(?:le|la|l'|les)\s*)?(?:[\p{Ll}-]+\s+){0,2}$/iu.test(before);
    if (!owner && !agent) continue;
    const slugs = [c.slug];
    for (let j = i + 1; j < companies.length && JOINED.test(text.slice(companies[j - 1].end, companies[j].start)); j++) slugs.push(companies[j].slug);
    return { slugs: [...new Set(slugs)], start: c.start };
  }
  return undefined;
}

/** The place a sentence is about when it opens with it (« Francfort, où… », « L'Aéropole de Gosselies, le parc… »). */
export function subjectPlace(text: string, mentions: Mention[]): Mention | undefined {
  const first = mentions[0];
  if (!first || first.kind !== "place" || first.start > 40 || /[,;:]/.test(text.slice(0, first.start))) return undefined;
  return first;
}

/** « Le groupe prévoit un investissement total de 2 milliards »: a sum with nothing it goes into is the cost of what was just announced. */
export const AN_OBJECT = /(?<![\p{L}])(?:dans|pour|en faveur d[eu'])\s/iu;

/** « ce projet », « ce campus »: the object is the facility or plan the sentence before announced. */
export const THAT_ONE = /(?<![\p{L}])(?:ce|cet|cette)\s+(?:nouveau\s+|nouvel\s+|nouvelle\s+)?(?:projet|site|campus|centre|bâtiment|chantier|câble|data ?center|datacenter)(?![\p{L}])/iu;

/** « L'opérateur », « le groupe »: a noun that names one firm (« il » may be the facility). */
export const ONE_FIRM = /(?:^|[\s,'])(?:le|la|l'|ce|cet|cette)\s*(?:[\p{L}-]+\s+)?(?:groupe|société|entreprise|opérateur|hébergeur|firme|compagnie|filiale|fournisseur|exploitant|constructeur|promoteur)(?![\p{L}])/iu;

/** Companies a signed contract binds the subject to: « a signé avec Digicel un accord », « conclut un contrat avec X ». */
export function dealWith(text: string, companies: Tagged[], from: number, to: number, subject: readonly string[] = []): string[] {
  const clause = text.slice(from, to);
  // « a signé avec l'opérateur un contrat », « a signé avec l'hébergeur italien Aruba pour occuper… »: a partner described, maybe never named.
  const described = /^\s*(?:\p{Ll}+\s+)?avec\s+(?:l'|l’|le\s|la\s|les\s)\s*\p{Ll}/u.test(clause);
  if (!described && !/(?<![\p{L}])(?:un|une|l'|le|la)\s*(?:[\p{L}-]+\s+)?(?:accord|convention|contrat|protocole|partenariat)(?![\p{L}])/iu.test(clause)) return [];
  // « un contrat d'usufruit portant sur 20 hectares »: a lease of land is no partnership (the README's land rule); what is built there is the announcement.
  if (/(?<![\p{L}])(?:usufruit|bail|baux|emphytéotique|hectares?)(?![\p{L}])/iu.test(clause)) return [];
  // « un accord … pour équiper ses centres »: a supplier's contract, and a supplier is not `by`.
  if (/(?<![\p{L}])pour\s+(?:l'|les?\s+)?(?:équiper|fournir|livrer|approvisionner|équipement|fourniture)/iu.test(text.slice(from))) return [];
  const partners = companiesAfter(text, companies, from, to, /(?<![\p{L}])avec\s+(?:(?:le|la|les|l')\s*)?(?:[\p{Ll}-]+\s+){0,3}$/u);
  // « Gabon Télécom et Airtel Gabon ont signé un protocole d'accord »: two firms that sign together are the parties.
  return partners.length ? partners : subject.length > 1 || described ? [...subject] : [];
}

/** Whether the words between a verb and a noun leave the noun its object: « agrandir de 2 MW son centre », not « étendre son activité de centres ». */
export function isObject(between: string, noun = false): boolean {
  // « la réalisation de son campus »: a works noun takes its object with « de » (not « l'extension de son activité de centres »).
  if (noun && /^\s*(?:de\s+(?:son|sa|ses|leur|leurs|la|le|l')\s*|du\s+|d')$/iu.test(between)) return true;
  const rest = between.replace(/^\s*(?:de\s+[\d\s,.]+\s*\S+|d'ici(?:\s+(?:à|la fin de))?\s+\d{4}|\p{L}+ment)\s+/iu, " ");
  return rest.length <= 30 && !/(?<![\p{L}])(?:de|d'|du|des)(?![\p{L}])/iu.test(rest);
}

/** Whether an offset is inside « … » (the sentence quotes someone). */
export function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (before.match(/«/g)?.length ?? 0) > (before.match(/»/g)?.length ?? 0);
}

/**
 * « La filiale cloud du groupe Iliad a ouvert… »: the one subsidiary of the
 * named group that the article names (Scaleway), when the subject is a
 * subsidiary; undefined otherwise.
 */
export function subsidiaryMeant(text: string, parent: Mention, registry: AnnouncementRegistry, articleCompanies: readonly string[], why: string[]): string | undefined {
  if (!/(?<![\p{L}])filiale\s+(?:[\p{L}-]+\s+){0,2}(?:d(?:e|u|es)\s+|d')(?:(?:la|le|l')\s*)?(?:groupe\s+)?$/iu.test(text.slice(Math.max(0, parent.start - 50), parent.start))) return undefined;
  const subsidiaries = articleCompanies.filter((slug) => registry.companies.get(slug)?.parent === parent.slug);
  if (subsidiaries.length !== 1) return undefined;
  why.push(`entreprise : la filiale de ${registry.companies.get(parent.slug)?.name ?? parent.slug} que l'article nomme`);
  return subsidiaries[0];
}

/** « Le nouveau datacentre de l'Université… »: a sentence whose subject is a new facility. */
export const NEW_FACILITY = /^\s*(?:le|la|l')\s*(?:nouveau|nouvelle|nouvel|futur|future)\s+(?:[\p{L}-]+\s+)?(?:centre de données|data ?cent(?:er|re)|datacent(?:er|re)|campus|bâtiment|câble|site)(?![\p{L}])/iu;

/** « Le groupe exploite déjà… », « possède trois campus »: the firm's existing assets as the main verb (not « qui exploite déjà »). */
export const BACKGROUND = /(?<![\p{L}]|qui\s)(?:exploite|exploitent|exploitait|exploitaient|possède|possèdent|possédait)(?![\p{L}])/iu;

/** Whether the anaphor `re` finds opens the sentence as its subject: no name and no « nous », « on » before it. */
export function isSubject(re: RegExp, head: string, mentions: readonly Mention[]): boolean {
  const at = re.exec(head)?.index ?? -1;
  return at >= 0 && !mentions.some((m) => m.start < at) && !/(?:^|[\s,])(?:nous|je|j'|on)(?![\p{L}])/iu.test(head.slice(0, at));
}

/** « ↑ « Brookfield rachète Data4 », Le Quotidien, 12 juillet 2017. »: an encyclopedia's reference line cites an article, it announces nothing. */
export const REFERENCE = /^\s*(?:↑|\^)/u;

/** « Octobre 2024 : Début des travaux… »: an entry of a dated chronology, a new event, never a figure added to the entry before. */
export const DATED_ENTRY = /^\s*(?:(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+)?(?:19|20)\d{2}\s*:/iu;

/** « Le site, ouvert en 2019, … », « en service depuis 2015 »: a facility described as it has long been (an apposition, no auxiliary: not « sera ouvert en 2027 »). */
export const EXISTING = /(?:,\s*(?:ouvert|inauguré|construit|mis en service|livré)e?s?\s+en\s+(?:19|20)\d{2}|(?<![\p{L}])en service depuis)(?![\p{L}\d])/iu;

/** « et Engie fournira l'électricité »: a supplier's clause; « le projet » after it is not the supplier's. */
export const SUPPLIES = /^\s+(?:\S+\s+)?(?:fournit|fournissent|fournira|fourniront|équipe|équipera|équiperont|livre|livrera|livreront|alimente|alimentera)\s/iu;

/** « La Société de patrimoine des infrastructures numériques (SPIN), qui gère… »: a body introduced with its acronym; « elle » next is that body, not a firm named before. */
export const INTRODUCED_BODY = /^\s*(?:(?:[Ll]a|[Ll]e|[Ll]es)\s+|[Ll]['’])?\p{Lu}[\p{L}'’ -]{2,90}?\s\(\p{Lu}[\p{Lu}\d&-]{1,9}\)/u;

/** « Un second site, plus petit, est prévu au Port »: another facility of the firm the article is about, which the sentence does not name. */
export const ANOTHER_FACILITY = /^\s*(?:un|une)\s+(?:second|seconde|deuxième|troisième|autre)\s+(?:site|centre|campus|bâtiment|data ?cent(?:er|re)|datacent(?:er|re))(?![\p{L}])/iu;

/** « a déclaré le directeur général de Niger Télécoms »: the firm's officer speaking keeps the firm the thread's subject. */
export const spokenFor = (text: string, mentions: Mention[], by: string[]) =>
  mentions.some((m) => m.kind === "company" && by.includes(m.slug) && OFFICER.test(text.slice(Math.max(0, m.start - 40), m.start).replace(/’/g, "'")));
const OFFICER = /(?<![\p{L}])(?:directeur|directrice|PDG|président|présidente|patron|patronne|porte-parole|responsable)(?:\s+général|\s+générale|\s+exécutif)?\s+(?:de\s+(?:la\s+|l')?|d'|du\s+)$/iu;

/** Words that open a sentence with a capital and are no name: « Le groupe a… », « Il a… ». */
const NOT_A_NAME = /^(?:le|la|les|l|il|elle|ils|elles|nous|on|ce|cet|cette|ces|c|son|sa|ses|leur|leurs|un|une|celui|celle|tout|chaque|aucun|aucune|selon|après|depuis|en|au|aux|à|du|des|de|d)$/iu;
const NAME_THEN_VERB = /^\s*(?:(?:[Pp]ar ailleurs|[Dd]e son côté|[Dd]e leur côté|[Ee]n outre|[Ee]nfin|[Pp]our sa part|[Dd]ans le même temps),\s*)?(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3})\s+(?:a|ont|va|vont|avait|avaient|annonce|annoncent|prévoit|prévoient|construit|construira|investit|investira|compte|veut)\s/u;

/**
 * « Par ailleurs, Telecom Egypt a annoncé qu'elle construira… »: a subject
 * named by a capitalised name the registry does not know. « elle » is that
 * body, not a firm named before, and so is « l'opérateur » next.
 */
export function unknownNamedSubject(text: string, mentions: readonly Mention[]): boolean {
  const m = NAME_THEN_VERB.exec(text.replace(/’/g, "'"));
  if (!m || NOT_A_NAME.test(m[1].split(/[\s'-]/u)[0])) return false;
  const at = m.index + m[0].indexOf(m[1]);
  return !mentions.some((x) => x.start < at + m[1].length && x.end > at);
}

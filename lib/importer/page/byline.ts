import { foldText } from "../../text/text";
import { type DateMention, findDateMentions, parseIsoDate, parseNumericDate } from "./dates";
import { PERSON_NAME, isBylineName, isPersonNameLine, surnameInCapitals } from "./line-shapes";
import { isAgencyCredit } from "./source";

/** Who signed the page, and the role the byline gives, as written. */
export type Byline = { author: string; role?: string; date?: DateMention };

/** Words of a journalist's job, at the start of what follows a name: they make it a byline, not a quoted person. */
const ROLE = String.raw`(?:journaliste|r[ée]dact(?:eur|rice)|contribut(?:eur|rice)|collaborat(?:eur|rice)|stagiaire|correspondante?|envoy[ée]e? sp[ée]ciale?|chroniqueu(?:r|se)|reporter|pigiste|[ée]ditrice|[ée]diteur|r[ée]daction|grand reporter|cheffe? de (?:rubrique|service|la rubrique)|avec (?:l'|l’)?AFP)`;
export const ROLE_START = new RegExp(`^${ROLE}`, "iu");

/** Words that announce the author ("Par", "Propos recueillis par", "Publié par", "Auteur :", a research note's "Analyste :", "Reportage :", "Article rédigé par", "Posted on … by"). */
const INTRO = String.raw`(?:[Pp]ar(?:\s*:|\s*\/\s*[Bb]y)?|[Aa]nalyste ?:|[Pp]r[ée]sent[ée]e? par|(?:[Dd]irect |[Ll]ive )?[Aa]nim[ée]e? par|[Pp]ropos recueillis par|[Pp]ubli[ée]e? par|[Pp]ost[ée]e? par|(?:[Aa]rticle )?[Rr][ée]dig[ée]e? par|[ÉEée]crit par|[Uu]n texte de|[Aa]uteure? ?:|dc:creator ?:|(?:[Rr]eportage|[Tt]extes?|[Rr]écit|[Ee]nquête) ?:|[Ss]ign[ée]e? par|[Bb]y|[Pp]osted (?:on .{4,30} )?by)`;

/** Initials that sign a short piece: "S.L.", "J.-M.D.". */
const INITIALS = String.raw`\p{Lu}\.(?:[\s-]?\p{Lu}\.){1,3}`;
/** "Par: Samir B.": a first name and an initial, after the word that announces the author. */
const NAMES = `((?:${PERSON_NAME}(?:\\s+et\\s+${PERSON_NAME})?)|\\p{Lu}[\\p{Ll}'’-]+\\s+\\p{Lu}\\.|${INITIALS})`;
/** The desk or agency a journalist writes for, in brackets after the name: "(CLP)", "(AFP)". */
const DESK = String.raw`(?:\s*\((?:\p{Lu}{2,6}|(?:\p{Lu}[\p{L}'’ -]{1,30},\s*)?(?:correspondante?|envoy[ée]e? sp[ée]ciale?))\))?`;
// No "i" flag on these: it would let a name's capitals match any letter ("Par ailleurs, …").
/** A lawyer's, a doctor's or a professor's title before the name (« Maître », « Me », « Dr »…). */
const TITLE = /^(?:Maître|Me|Docteur|Dr|Professeur|Pr)\s+(.+)$/u;
const INTRO_NAME = new RegExp(`^${INTRO}\\s+${NAMES}${DESK}\\s*(?:[,|–—/-]\\s*(.{0,80})|\\s+((?:le|du|à)\\s.{0,60}))?$`, "u");
const INTRO_WITH_AGENCY = new RegExp(`^${INTRO}\\s+${NAMES}\\s+avec\\s+(?:l['’]\\s?)?(\\p{Lu}.{1,29})$`, "u");
const INTRO_ONLY = new RegExp(`^${INTRO}\\s+${NAMES}${DESK}$`, "u");
/** A wire's closing credit: "(Reportage Klaus Becker ; version française Camille Dubois, édité par …)". */
const REPORTING = new RegExp(`^\\((?:[Rr]eportage|[Rr]eporting|[Tt]exte|[Rr]édaction)(?:\\s+(?:de|d['’]|par|by))?\\s+(${PERSON_NAME})(?:\\s*(?:[;,]|et)\\s*.{0,160})?\\)$`, "u");
/** A broadcaster's correspondent: « Avec notre correspondant à Yaoundé, X », « De notre envoyée spéciale au Caire, X ». */
const CORRESPONDENT = new RegExp(`^(?:[Aa]vec|[Dd]e|[Pp]ar)\\s+(?:notre|nos)\\s+(?:correspondante?s?|envoy[ée]e?s?\\s+sp[ée]ciale?s?)\\s+(?:à|au|aux|en|dans|pour)\\s+[^,]{2,40},\\s*(${PERSON_NAME})$`, "u");
const NAME_DASH = new RegExp(`^(${PERSON_NAME})\\s*[-–—|/]\\s*(.{2,60})$`, "u");
/** A publisher's name (a few words or a domain), a dash with spaces, then a name. */
const PUBLISHER_DASH = new RegExp(`^(\\p{Lu}[\\p{L}\\d'’.&-]*(?:\\s[\\p{L}\\d'’.&-]+){0,3})\\s[–—|]\\s(${PERSON_NAME})$`, "u");
const EMAIL = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;
/** "Publié le 23 janvier 2024 par Armand Ngono", "Publié le 17/06/2025 à 18h12 par Yann Le Goff". */
const DATE_THEN_NAME = new RegExp(`^(?:[Pp]ubli[ée]e?|[Mm]is en ligne|[Pp]ost[ée]e?|[Pp]aru|[ÉEé]crit|[Rr][ée]dig[ée]e?)\\s+le\\s+(.{4,40}?)\\s+par\\s+${NAMES}$`, "u");
/**
 * « lundi 17 mars 2025, par X », « Le 08 octobre 2025 par X », « 27 mai 2025 – Par X »: the date alone (a weekday at most),
 * then who signs (after a dash « Par » opens its part, so its capital is allowed there only).
 */
const BARE_DATE_THEN_NAME = new RegExp(`^(?:[Ll]e\\s+)?((?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?\\d{1,2}(?:er)?\\s+\\p{L}+\\.?\\s+\\d{4})(?:,?\\s+par|\\s+[–—-]\\s+[Pp]ar)\\s+${NAMES}$`, "u");

/** « Le 15/01/2026, par X, Chroniqueur »: a numeric date, then who signs and, after a comma, the trade. */
const NUMERIC_DATE_THEN_NAME = new RegExp(`^(?:[Ll]e\\s+)?(\\d{1,2}\\/\\d{1,2}\\/\\d{4}),?\\s+par\\s+${NAMES}(?:,\\s*(.{2,60}))?$`, "u");

/** « Par Laure DUMONTET », « Par Jean-Marc LE GALL, à Brest »: given names, then the surname in capitals. */
const SURNAME_CAPITALS = /^([Pp]ar\s+)((?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*\s+){1,2}(\p{Lu}{2,}(?:[\s'’-]\p{Lu}{2,})*))(?=$|\s*[,|–—\/(]|\s+-\s|\s+le\s)/u;
/** « Par Korben le 3 octobre 2024 »: one capitalised word (a pen name, a handle), then « le » and a whole date. */
const PEN_NAME_DATED = /^[Pp]ar\s+(\p{Lu}[\p{Ll}\d_-]{2,20})\s+le\s+(\d{1,2}(?:er)?\s+\p{L}+\s+\d{4})$/u;

/** A thread's opening post, signed with a handle (« u/name », « @name ») and when, alone on its line. */
const HANDLE_BYLINE = /^(?:[•·]\s*)?(?:[Pp]ubli[ée]e?|[Pp]ost[ée]e?) par (?:u\/|@)([\p{L}\d_.-]{3,30})(?:\s*[·•|–-]?\s*(?:il y a \d{1,2} ?(?:h|min|heures?|minutes?|jours?)|le \d{1,2}(?:er)? \p{L}+(?: \d{4})?))?$/u;

/** Words of a masthead: "Marc-Olivier Gagnon, La Presse Canadienne" is signed with the agency's name. */
const MASTHEAD = /^(?:\p{Lu}{2,6}|(?:(?:L['’]|La |Le |Les )?\p{Lu}[\p{L}'’-]*(?: (?:de |du |des |d['’])?\p{Lu}[\p{L}'’-]*){0,4}))$/u;
const MEDIA = /\b(?:presse|agence|press|radio|journal|t[ée]l[ée]vision|t[ée]l[ée]|info|infos|news|hebdo|quotidien|magazine|gazette|courrier|nouvelles|m[ée]dias?)\b/iu;

/** A role word alone on a line under a byline: "Journaliste au service Économie", "Directeur général chez NordHost SAS". */
export function isRoleLine(line: string): boolean {
  const trimmed = line.trim();
  return (
    trimmed.length <= 80 &&
    !/[.;!?]$/.test(trimmed) &&
    (ROLE_START.test(trimmed) || /^(co-?)?(fondat|pr[ée]sident|directeur|directrice|consultante?|responsable|analyste|associ[ée]|ing[ée]nieure?|dirigeante?|chef|cheffe|ceo|cto|pdg)\b/iu.test(trimmed) || (/^[^,]{2,40}\s(chez|at)\s\p{Lu}/u.test(trimmed) && trimmed.split(/\s+/).length <= 7))
  );
}

const READING_TIME = /^(?:\d{1,2}\s*min\.?(?:\s+de lecture)?|(?:temps de )?lecture\s*:?\s*\d{1,2}\s*min\.?)$/iu;
/** A relative time (« il y a 2 jours »): a stamp beside the name, which dates nothing but makes the line a byline. */
const AGO = /^il y a \d{1,2}\s?(?:min(?:utes?)?|h|heures?|jours?|semaines?|mois)$/iu;
const isDateOrTime = (text: string) => findDateMentions(text).length > 0 || parseNumericDate(text) !== undefined;

/**
 * A byline, by shape: an author announced ("Par …", "Auteur : …"), a name
 * followed by a journalist's role ("Julien Morel Journaliste", "Isabelle Roux,
 * Journaliste"), a name with an e-mail address or a date, or a name followed
 * by the publisher's name (`page`: the page's folded text, where the
 * publisher's name comes back). A quoted executive ("Jeff Zhang, directeur de
 * la technologie du groupe, a déclaré…") is not one: the role must be a
 * journalist's and the line must stop there.
 * @example readByline("Par Aïssatou Diallo - à Kinshasa") // { author: "Aïssatou Diallo" }
 */
export function readByline(line: string, page = ""): Byline | undefined {
  // A bilingual site's label, its other language first: « Gant / Par X »; or the paper's initials: « OLJ / Par X ».
  const trimmed = line.trim().replace(/^(?:\p{Lu}\p{Ll}{1,10}|\p{Lu}{2,6})\s\/\s(?=[Pp]ar\s)/u, "")
    // « Par X - 12 févr. 2025 à 06:00 - Temps de lecture : 3 min »: the reading time closing a byline is the site's, not the author's.
    .replace(/\s+[-–—|·•]\s*(?:[Tt]emps de lecture\s*:\s*\d{1,2}\s*min(?:utes?)?|\d{1,2}\s*min(?:utes?)? de lecture)\.?$/u, "")
    // « Par Korben ✨ le … »: a pictograph beside a pen name decorates it.
    .replace(/\s*\p{Extended_Pictographic}\uFE0F?/gu, "")
    // « Par Laure DUMONTET »: the surname in capitals, as some papers print it, read as the name it is (not « Par Claire AFP »).
    .replace(SURNAME_CAPITALS, (all, intro: string, name: string, surname: string) => (isAgencyCredit(surname) ? all : intro + surnameInCapitals(name)));
  // « Par Korben le 3 octobre 2024 »: a pen name of one word signs only with the whole date beside it.
  const pen = trimmed.match(PEN_NAME_DATED);
  const penDate = pen ? findDateMentions(pen[2]).find((d) => d.year !== undefined && d.day !== undefined) : undefined;
  if (pen && penDate) return { author: pen[1], date: penDate };
  const reporting = trimmed.length <= 220 ? trimmed.match(REPORTING) : null;
  if (reporting) return { author: reporting[1] };
  const correspondent = trimmed.length <= 120 ? trimmed.match(CORRESPONDENT) : null;
  if (correspondent) return { author: correspondent[1] };
  if (trimmed.length > 120) return undefined;
  // « Par la rédaction », « Par l'équipe éditoriale », « Par la rédaction de Vannes »: a desk signs in lower case, or with its
  // town; a byline all the same, which names no author (isDesk).
  const desk = trimmed.match(/^(?:[Pp]ar|[Rr]édigé par|[ÉE]crit par)\s+((?:la\s+|l['’]\s*)(?:r[ée]daction|[ée]quipe)(?:\s+[\p{Ll}'’-]+){0,2}(?:\s+(?:de|d['’])\s*\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,2})?)\.?$/u);
  if (desk) return { author: desk[1] };
  // « Sify Technologies Limited (NASDAQ : SIFY) »: a listed firm's ticker, never a person's.
  if (/\(\p{Lu}{2,}[\p{Lu}\s-]*\s?:\s?[\p{Lu}\d.]+(?:[,;][^()]*)?\)/u.test(trimmed)) return undefined;
  // « • Publié par u/Kernel_Panique il y a 5 h »: a forum's or a network's original poster signs with a handle.
  const handle = trimmed.match(HANDLE_BYLINE);
  if (handle) return { author: handle[1] };
  const segmented = bySegments(trimmed);
  if (segmented) return segmented;
  // « Claude Roy (avec AFP) »: the journalist, and in brackets the agency the copy draws on.
  const wire = trimmed.match(/^(?:[Pp]ar\s+)?([^()]{3,60}?)\s*\(avec\s+(?:l['’]\s?)?([^()]{2,30})\)$/u);
  if (wire && isBylineName(wire[1]) && isAgencyCredit(wire[2])) return { author: wire[1] };
  // « Léa Roy @LeaRoy »: a name and the author's handle beside it.
  const handled = trimmed.match(/^(.{3,50}?)\s+@[\p{L}\d_]{2,30}$/u);
  if (handled && isBylineName(handled[1])) return { author: handled[1] };
  // « Par Name avec AP »: the journalist, and the agency the copy draws on, without the comma « Name, avec Belga » has.
  const withAgency = trimmed.match(INTRO_WITH_AGENCY);
  // « Écrit par Name avec Other Name »: the journalist who signs, helped by a colleague the page names after « avec ».
  if (withAgency && (isAgencyCredit(withAgency[2]) || isBylineName(withAgency[2]))) return { author: withAgency[1] };
  const intro = trimmed.match(INTRO_NAME);
  if (intro) {
    const rest = (intro[2] ?? intro[3])?.trim();
    // "Par Jean Dupont | Publié le 3 avril 2024", "Rédigé par Salma Idrissi le 12/06/2024": the date is the article's.
    const date = rest ? (findDateMentions(rest).find((d) => d.year !== undefined) ?? parseNumericDate(rest)) : undefined;
    if (intro[3] && !date) return undefined;
    // « Par Léa Morel, Hugo Dumas »: two signatures; a name the page prints alone on a line (« Sud Ouest ») is its masthead.
    if (page && intro[2] && !intro[1].includes(" et ") && rest && isBylineName(rest) && !page.split("\n").includes(foldText(rest))) return { author: `${intro[1]} et ${rest}` };
    // « Par Maître Name, avocat associé »: the title of a lawyer, a doctor or a professor is no part of the name.
    const untitled = intro[1].match(TITLE)?.[1];
    const author = untitled && isBylineName(untitled) ? untitled : intro[1];
    return { author, ...(rest && ROLE_START.test(rest) ? { role: rest } : {}), ...(date?.year !== undefined ? { date } : {}) };
  }
  const dateFirst = trimmed.match(DATE_THEN_NAME) ?? trimmed.match(BARE_DATE_THEN_NAME) ?? trimmed.match(NUMERIC_DATE_THEN_NAME);
  if (dateFirst) {
    const date = findDateMentions(dateFirst[1]).find((d) => d.year !== undefined) ?? parseNumericDate(dateFirst[1]);
    const role = dateFirst[3]?.trim();
    if (date?.year !== undefined) return { author: dateFirst[2], date, ...(role && ROLE_START.test(role) ? { role } : {}) };
  }
  const comma = trimmed.indexOf(",");
  if (comma > 0) {
    const [name, rest] = [trimmed.slice(0, comma).trim(), trimmed.slice(comma + 1).trim()];
    // « Maître Julien Roussel, avocat au barreau de Versailles »: a lawyer's or a doctor's column, signed with the title and the trade.
    const titled = name.match(TITLE);
    if (titled && isBylineName(titled[1]) && rest.length <= 60 && /^\p{Ll}/u.test(rest) && !/[,.;!?]/u.test(rest)) return { author: titled[1], role: rest };
    if (isBylineName(name) && rest.length <= 60 && (ROLE_START.test(rest) || /^pour \p{Lu}/u.test(rest))) return { author: name, role: rest };
    // « Name, avec Belga »: the journalist, and the agency the copy draws on (an agency of the trade's vocabulary).
    const agency = rest.match(/^avec\s+(?:l['’]\s?)?(.{2,30})$/u)?.[1];
    if (isBylineName(name) && agency && isAgencyCredit(agency)) return { author: name };
    // "Name, AFP", "Name, La Presse Canadienne": the agency or paper the journalist writes for.
    if (isBylineName(name) && MASTHEAD.test(rest) && (MEDIA.test(rest) || /^\p{Lu}{2,6}$/u.test(rest))) return { author: name };
    // « Yann Morel, LE BERRY »: the paper in capitals, the name the page prints alone on a line (its masthead, its footer).
    if (page && isBylineName(name) && /^\p{Lu}[\p{Lu}'’ -]{1,30}$/u.test(rest) && /\s/u.test(rest) && page.split("\n").includes(foldText(rest))) return { author: name };
    // « Clémence Roux, à Dijon »: a correspondent signs with the town she writes from, a name alone after « à ».
    if (isBylineName(name) && /^(?:à|depuis)\s+\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,2}$/u.test(rest)) return { author: name };
  }
  const parts = trimmed.split(/\s+/);
  for (let n = 2; n <= Math.min(4, parts.length - 1); n++) {
    const [name, rest] = [parts.slice(0, n).join(" "), parts.slice(n).join(" ")];
    // "Le Nouvel Écho avec AFP" is a masthead and its agency, not a person.
    if (isBylineName(name) && rest.length <= 50 && ROLE_START.test(rest)) return { author: name, role: rest };
  }
  const dash = trimmed.match(NAME_DASH);
  if (dash && EMAIL.test(dash[2].trim())) return { author: dash[1] };
  // « Marion Roux — Journaliste »: a name, a dash, a journalist's trade, as after a comma.
  if (dash && isBylineName(dash[1]) && ROLE_START.test(dash[2].trim())) return { author: dash[1], role: dash[2].trim() };
  // « Élodie Carrère – 19 août 2025 »: the date beside the name is the article's, as after « Par X le … ».
  // « Mathieu Pelletier | Le Journal de Montréal »: the name, then the paper it writes for.
  if (dash && isBylineName(dash[1]) && MASTHEAD.test(dash[2].trim()) && MEDIA.test(dash[2])) return { author: dash[1] };
  // « Léa Roy / Le Berry Libre »: the paper is the page's masthead, printed alone on a line of it.
  if (page && dash && isBylineName(dash[1]) && MASTHEAD.test(dash[2].trim()) && page.split("\n").includes(foldText(dash[2].trim()))) return { author: dash[1] };
  const dashDate = dash && isDateOrTime(dash[2]) ? (findDateMentions(dash[2]).find((d) => d.year !== undefined) ?? parseNumericDate(dash[2])) : undefined;
  if (dash && isDateOrTime(dash[2])) return { author: dash[1], ...(dashDate?.year !== undefined ? { date: dashDate } : {}) };
  return page ? withPublisher(trimmed, page) : undefined;
}

/**
 * A line of parts between separators, one of them "par X": "Publié le 2025-10-21
 * · par Léa Fontaine · 6 min de lecture", "Publié le mardi 15 avril 2025 | Par
 * Koffi N'Guessan". The date of another part is the article's.
 */
function bySegments(line: string): Byline | undefined {
  const parts = line.split(/\s+[·|•]\s+/u);
  if (parts.length < 2) return undefined;
  const date = parts.map((p) => findDateMentions(p).find((d) => d.year !== undefined) ?? parseNumericDate(p) ?? parseIsoDate(p)).find((d) => d?.year !== undefined);
  // « Éric Wamytan | Publié le 23 juin 2025 », « Fabienne Lautric • Publié le 16.05.2025 »: a name alone beside the date.
  // « 02.07.2024 · Léa Guillaumin · 3 min de lecture »: the same, with the reading time as a third part.
  // « Le Courrier | Par Léa Roy - 12 mars 2025 »: the part that says « Par » names the author, whatever follows it there.
  const names = parts.filter((p) => isBylineName(p) && !isDateOrTime(p));
  const alone = (date || parts.some((p) => AGO.test(p))) && names.length === 1 && parts.every((p) => p === names[0] || isDateOrTime(p) || READING_TIME.test(p) || AGO.test(p));
  const named = parts.map((p) => p.match(INTRO_ONLY) ?? p.match(INTRO_NAME)).find(Boolean)?.[1] ?? (date && parts.length === 2 ? parts.find((p) => isBylineName(p) && !isDateOrTime(p)) : alone ? names[0] : undefined);
  // « 26 et 27 novembre 2025 · Paris Expo Porte de Versailles »: an event's span of days, and the venue beside it, which signs nothing.
  if (!named || parts.some((p) => /^(?:du\s)?\d{1,2}(?:er)?\s?(?:et|au|-|–)\s?\d{1,2}(?:er)?\s\p{L}/iu.test(p.trim()))) return undefined;
  return { author: named, ...(date ? { date } : {}) };
}

/** "Marie-Ève Tremblay La Presse d'ici": the shortest name whose remainder is the page's publisher. */
function withPublisher(line: string, page: string): Byline | undefined {
  // « Le Quotidien.com — Jeanne Morel »: the publisher first, a dash, the name; the publisher's name comes back elsewhere on the page,
  // the person's does not (a firm's or a report's title printed again is no byline), and initials first are an acronym over its expansion.
  const first = line.match(PUBLISHER_DASH);
  const seen = (part: string) => page.split(foldText(part)).length - 1;
  if (first && isBylineName(first[2]) && !/^\p{Lu}{2,6}$/u.test(first[1]) && seen(first[1]) >= 2 && seen(first[2]) === 1) return { author: first[2] };
  if (line.length > 60 || /^(logo|le|la|les|l'|un|une)\b/iu.test(line) || /[.;!?,]$/.test(line)) return undefined;
  const parts = line.split(/\s+/);
  for (let n = 2; n <= Math.min(4, parts.length - 1); n++) {
    const name = parts.slice(0, n).join(" ");
    const rest = foldText(parts.slice(n).join(" "));
    // The publisher's name comes back elsewhere on the page: twice at least, counting this line.
    const seen = page.split(rest).length - 1;
    if (isBylineName(name) && parts.length - n >= 2 && parts.length - n <= 5 && /^\p{Lu}/u.test(parts[n]) && seen >= 2) return { author: name };
  }
  return undefined;
}

/**
 * The author a byline names (the string form used by the tests of the old API).
 * @example parseByline("Par Jeanne Martin, à Lyon") // "Jeanne Martin"
 */
export function parseByline(line: string): string | undefined {
  return readByline(line)?.author;
}

/** "La Rédaction", "L'équipe", "Service Économie": a desk signs, no author. */
export function isDesk(author: string): boolean {
  return /^(?:(?:la|l['’]|le)\s*)?(?:r[ée]daction|[ée]quipe|service|desk|staff)(?![\p{L}])/iu.test(author.trim());
}

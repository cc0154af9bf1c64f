import { type EntityRegistry, resolveName } from "../../model/entity-registry";
import { words } from "../../text/text";
import { findDateMentions, yearsIn } from "./dates";
import { PERSON_NAME } from "./line-shapes";
import { isAgencyCredit, parseCredit } from "./source";

/** An agency credit closing a caption: "… bedrijven. – EPA", "… (AFP)". */
const AGENCY_CREDIT = /\s*(?:[–—-]\s*|\()([\p{Lu}][\p{Lu}\d./ -]{1,20}?)\)?\s*$/u;

/** Function words of French: a caption without them is in another language. */
const FRENCH_WORDS = new Set(["le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "dans", "sur", "pour", "par", "avec", "au", "aux", "en", "qui", "que", "son", "sa", "ses", "il", "elle", "ce", "cette"]);

/**
 * A caption line as the page marks it: ending with " |" or starting "En photo :"
 * / "Légende :". Returns the caption as written (the trailing bar removed).
 */
export function markedCaption(line: string): string | undefined {
  const trimmed = line.trim();
  if (/\s\|$/.test(trimmed) || (trimmed.endsWith("|") && trimmed.length > 40)) return trimmed.replace(/\s*\|$/, "");
  if (/^(en photo|sur la photo|sur notre photo|légende|legende|ci-dessus|ci-contre|photo d['’](?:illustration|archives?))\s*:/iu.test(trimmed)) return trimmed;
  return undefined;
}

/**
 * The agency credit ending a line, looked for in its last characters only: the
 * pattern's leading blanks would otherwise be tried from every position of a
 * long run of spaces (quadratic on a line of a million blanks).
 */
function agencyCreditAt(text: string): { index: number; credit: string } | undefined {
  const from = Math.max(0, text.length - 40);
  const match = text.slice(from).match(AGENCY_CREDIT);
  return match ? { index: from + match.index!, credit: match[1].trim() } : undefined;
}

/** A line that ends with an agency credit ("– EPA"), the shape of a caption under a picture. */
export function hasAgencyCredit(line: string): boolean {
  return line.length <= 300 && agencyCreditAt(line.trim()) !== undefined && /[\p{Ll}]/u.test(line);
}

/** Function words of the languages foreign pages quote captions in (Dutch, English, German, Spanish). */
const FOREIGN_WORDS = new Set(["een", "van", "het", "zijn", "met", "voor", "niet", "the", "of", "and", "is", "are", "with", "der", "die", "das", "und", "ist", "von", "mit", "ein", "eine", "einem", "el", "los", "las", "y", "es", "del", "con", "por"]);

/** More foreign function words than French ones, or almost no French ones: another language. */
export function looksForeign(line: string): boolean {
  const ws = words(line);
  if (ws.length < 4) return false;
  const french = ws.filter((w) => FRENCH_WORDS.has(w)).length;
  const foreign = ws.filter((w) => FOREIGN_WORDS.has(w)).length;
  return foreign > french || french / ws.length < 0.1;
}

/**
 * What makes a caption worth keeping: the date, place or person it names.
 * A place is a country of the registry; a person is a "Firstname Lastname"
 * pair that is not a registry name. Returns the reasons, empty when none.
 */
export function captionInformation(caption: string, registry: EntityRegistry): string[] {
  const reasons: string[] = [];
  if (findDateMentions(caption).some((d) => d.day !== undefined || d.year !== undefined) || yearsIn(caption).length) reasons.push("une date");
  // A place is a country's name or alias; its adjectives ("chinois") describe, they do not locate.
  const countryNames = new Set([...registry.countries.values()].flatMap((c) => [c.name, ...c.aliases]).map((n) => words(n).join(" ")));
  const ws = words(caption);
  if (ws.some((_, i) => [1, 2, 3].some((n) => countryNames.has(ws.slice(i, i + n).join(" "))))) reasons.push("un lieu");
  const person = [...caption.matchAll(new RegExp(PERSON_NAME, "gu"))].some((m) => resolveName(registry, m[0]).length === 0);
  if (person) reasons.push("une personne");
  return reasons;
}

/** The caption without its agency credit, and the credit. */
export function splitAgencyCredit(line: string): { caption: string; credit?: string } {
  const text = line.trim();
  const found = agencyCreditAt(text);
  return found ? { caption: text.slice(0, found.index).trim(), credit: found.credit } : { caption: text };
}

/** A label between a caption and its credit: "(Illustration)", "(Photo d'archives)". */
const CREDIT_LABEL = /^\((?:illustration|photo(?: d['’](?:archives?|illustration))?|archives?|image|document)\)\s*/iu;

/** A credit in brackets that says it is one: "(Photo La Voix de l'Est, Jean Roy)", "(Crédit photo : X)". */
const BRACKETED_CREDIT = /^\((?:photos?|ph\.?|cr[ée]dits?(?: photos?)?|illustration|image)\s*:?\s+([^()]{2,80})\)$/iu;

/**
 * A caption and its credit printed on one line: a sentence or two, then the
 * credit in one of the shapes pages give it (« PHOTO CAMILLE DESROSIERS », « (Ph. DR) »,
 * « (Photo La Voix de l'Est, Jean Roy) », « © Belga », « Safe Host/DR »,
 * « (Illustration) JULIEN VASSEUR / AFP », « (JULIEN DUPRÉ / MAXPPP) »). The
 * credit must say it is one (©, « Photo », brackets, a slash or dash before an
 * agency): an agency's name alone (« … a-t-il dit. AFP ») is how wire copy ends
 * its last paragraph. A caption quoting someone at length is a paragraph.
 * @example splitTrailingCredit("La charpente est posée. © Belga") // { caption: "La charpente est posée.", credit: "Belga" }
 */
export function splitTrailingCredit(line: string): { caption: string; credit: string } | undefined {
  const trimmed = line.trim();
  if (trimmed.length > 300) return undefined;
  for (const end of trimmed.matchAll(/[.!?…»”]\s+/gu)) {
    const caption = trimmed.slice(0, end.index! + 1);
    if (words(caption).length < 4 || !/\p{Ll}/u.test(caption) || /[«“][^»”]{25,}[»”]/u.test(caption)) continue;
    // "… Airport. - Photo d'archives Benoît Delvaux": a dash may stand before the credit's own label.
    const tail = trimmed.slice(end.index! + end[0].length).replace(/^[–—-]\s*(?=photos?\b|droits d['’]auteur\b)/iu, "").replace(CREDIT_LABEL, "");
    const credit =
      BRACKETED_CREDIT.exec(tail)?.[1] ??
      // « Le bâtiment, vu d'architecte. DR »: « droits réservés », a picture's credit and nothing else.
      (tail === "DR" ? tail : undefined) ??
      // « … Crédit : Port Sud de France »: the credit's label, then its holder.
      /^cr[ée]dits?(?: photos?)?\s*:\s*([^()]{2,80})$/iu.exec(tail)?.[1] ??
      // « … Capture d'écran Google Street View »: a screenshot's source is the picture's credit.
      (/^captures? d['’][ée]cran\s*:?\s+[^().,;!?]{2,60}$/iu.test(tail) ? tail : undefined) ??
      // « … (KHAC/GMI) »: a photographer's and a paper's initials in brackets.
      /^\((\p{Lu}{2,8}(?:\s?\/\s?\p{Lu}{2,8}){1,2})\)$/u.exec(tail)?.[1] ??
      (/^(?:©|\(|photos?\b|ph\.\s?:|droits d['’]auteur\b)/iu.test(tail) ? parseCredit(tail) : undefined) ??
      (/[/–—-]|\svia\s/u.test(tail) && isAgencyCredit(tail) ? tail : undefined) ??
      // "Photo d'archives Benoît Delvaux": the label, then the photographer.
      new RegExp(String.raw`^photos?(?:\s+d['’](?:archives?|illustration))?\s*:?\s+(${PERSON_NAME})$`, "iu").exec(tail)?.[1] ??
      // "KEYSTONE/Martial Trezzini": an agency in capitals, a slash, its photographer.
      (new RegExp(String.raw`^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*\s*/\s*${PERSON_NAME}$`, "u").test(tail) ? tail : undefined);
    if (credit) return { caption, credit: credit.trim() };
  }
  // « … lors de la pose de la première pierre (Photo : Le Quotidien du Faso) »: a caption without its period, the credit in brackets.
  const bracket = /^(.{20,250}?)\s+(\([^()]{2,90}\))$/u.exec(trimmed);
  const bracketCredit = bracket ? BRACKETED_CREDIT.exec(bracket[2])?.[1] : undefined;
  if (bracket && bracketCredit && words(bracket[1]).length >= 4 && /\p{Ll}/u.test(bracket[1]) && !/[.!?…:;,]$/u.test(bracket[1])) return { caption: bracket[1], credit: bracketCredit.trim() };
  // « … lors de la signature Ph. : Jean Roy », « … à Oran © DR »: a caption without its period, the credit's label said, a name after it.
  const labelled = /^(.{20,250}?)\s+(?:(?:Photos?|Ph\.)\s?:|©)\s*(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3})$/u.exec(trimmed);
  if (labelled && words(labelled[1]).length >= 4 && /\p{Ll}/u.test(labelled[1]) && !/[.!?…:;,]$/u.test(labelled[1])) return { caption: labelled[1], credit: labelled[2].trim() };
  // « … le futur centre de données | Photo : lesite.com »: the caption, a bar, the credit's label and its holder, a site's name too.
  const barred = /^(.{20,250}?)\s+\|\s+(?:(?:Photos?|Ph\.?|Cr[ée]dits?(?: photos?)?)\s?:|©)\s*([^|:]{2,60})$/u.exec(trimmed);
  if (barred && words(barred[1]).length >= 4 && /\p{Ll}/u.test(barred[1]) && !/[.!?…:;,]$/u.test(barred[1])) return { caption: barred[1], credit: barred[2].trim() };
  return undefined;
}

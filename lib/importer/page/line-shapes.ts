/*
 * Shapes of a line of a raw page, shared by the steps that sort lines:
 * a headline, an intertitle and a signature differ from prose by their
 * length and their last character, never by their words.
 */
import { endsWithLegalForm } from "./legal-form";

/** What may close a line after its last word without being punctuation: Markdown emphasis, emoji. */
const TRAILING_MARKS = /[\s*_\p{Extended_Pictographic}\u{FE0F}\u{200D}]+$/u;

/** The line without the emphasis marks and emoji that may follow its punctuation ("… 90 millions d'euros. 💪"). */
export function withoutTrailingMarks(line: string): string {
  const trimmed = line.trim();
  // Only the last few characters can be such marks: a bounded slice keeps the test linear on a long line.
  const cut = trimmed.slice(-12).replace(TRAILING_MARKS, "");
  return trimmed.slice(0, Math.max(0, trimmed.length - 12)) + cut;
}

/** Ends like a sentence or a clause, so it is prose rather than a heading. */
export function endsLikeProse(line: string): boolean {
  // French typesetting puts a space inside the closing guillemet: « … prochain. »
  return /[.;:,…](?:[\s\u00a0\u202f]?["»”’)\]])?$/u.test(withoutTrailingMarks(line));
}

/** A name-like word: "Jeanne", "Jean-Pierre", "N'Diaye", "N'Guessan", "O'Brien" (not "L'Écho", an article and a noun). */
// A hyphenated surname may hold a lone capital between its parts (« Ho-A-Chuck »).
const NAME_WORD = String.raw`(?:[A-CE-KM-Z]['’]\p{Lu}[\p{Ll}'’]+|\p{Lu}[\p{Ll}'’]+)(?:-(?:\p{Lu}-)?\p{Lu}[\p{Ll}'’]+)?`;

/** Lower-case particles inside a person's name ("Ursula von der Leyen"). */
const NAME_PARTICLE = String.raw`(?:de|du|des|van|von|der|le|la|da|di|ben|bin|al)`;

/** Two to four name-like words: "Jeanne Martin", "Adoni Conrad Quenum". */
export const PERSON_NAME = String.raw`${NAME_WORD}(?:\s+(?:${NAME_PARTICLE}\s+)?${NAME_WORD}){1,3}`;

/** The whole line is a person's name and nothing else. */
export function isPersonNameLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= 50 && new RegExp(`^${PERSON_NAME}$`, "u").test(trimmed);
}

/** Words of media and institutions: a line holding one names a site or a body, not a person ("Radio Service Public"). */
const MEDIA_WORDS = /^(radio|agence|groupe|journal|magazine|lettre|portail|site|blog|télé|tv|quotidien|hebdo|édition|service|presse|infos?|actu|news|médias?|gazette|courrier|nouvelles|voix|revue|mag|data|cloud|tech|digital|numérique|matin|soir)$/iu;

/** A state's motto (« Liberté Égalité Fraternité », « Union – Discipline – Travail »): words of virtues, not a name. */
const VIRTUE = /^(?:\p{L}+ités?|liberté|égalité|fraternité|travail|justice|progrès|discipline|paix|patrie|honneur|ordre|union|foi)$/iu;
const isMotto = (line: string) => line.split(/[\s,–—-]+/u).filter((w) => VIRTUE.test(w)).length >= 2;

/** A name alone that can sign an article: a person's name, not opened by an article, with no word of a masthead. */
export function isBylineName(line: string): boolean {
  const trimmed = line.trim();
  return (
    isPersonNameLine(trimmed) &&
    // Not opened by an article, nor by the word that announces a name ("Par Camille" is half a byline).
    !/^(le|la|les|l'|l’|un|une|des|du|au|aux|par|by|avec|pour|selon)\s/iu.test(trimmed) &&
    !trimmed.split(/\s+/).some((w) => MEDIA_WORDS.test(w)) &&
    // A firm's legal form closing it (« Sify Technologies Limited », « Kempen Datacenters NV ») names no person.
    !endsWithLegalForm(trimmed) &&
    !isMotto(trimmed)
  );
}

/** Word count, for length rules that should not depend on typography. */
export function wordCount(line: string): number {
  return line.trim().split(/\s+/).filter(Boolean).length;
}

/** The first sentence of a paragraph; the whole paragraph when it has a single one. */
export function firstSentence(paragraph: string): string {
  // A sentence ends at . ! ? … followed by a space and a capital, a quote or a digit;
  // "M. Dupont" and "n°1" do not end one because of the capital/length checks.
  const match = paragraph.match(/^.+?[^\s.]{2}[.!?…]["»”’]?(?=\s+["«“‘]?[\p{Lu}\d])/u);
  return (match ? match[0] : paragraph).trim();
}

/**
 * Folded French words that start sentences with a capital without being names
 * ("Comme Kevin Liu, …" names Kevin Liu, not "Comme Kevin Liu").
 */
export const SENTENCE_WORDS = new Set(
  ("a à au aux avec ainsi alors apres après au aussi car ce ces cet cette celui celle ceux comme dans de des depuis du d donc elle elles en entre et " +
    "grace grâce il ils je la le les leur lors l mais malgre nous on or ou où par parmi pendant plus pour pourtant puis quand que qui " +
    "sans selon si son sa ses sur toutefois tous tout un une vers voici voila vous deux trois quatre cinq six sept huit neuf dix").split(" "),
);

/** Drops sentence words a name pattern caught before the name itself. */
export function trimLeadingSentenceWords(name: string): string {
  const parts = name.split(/\s+/);
  while (parts.length > 2 && SENTENCE_WORDS.has(parts[0].toLowerCase())) parts.shift();
  return parts.join(" ");
}

/** A menu's or a breadcrumb's separators between its rubrics: « Nominations / Carnet », « Accueil > Économie », « Tous | Calcul | Stockage ». */
export const MENU_SEPARATOR = /\s+[/|>›»·]\s+/u;

/**
 * A legal act's title: its kind, its number, its date, then what it does
 * (« Décret n° 2026-418 du 12 mai 2026 qualifiant … »), with no final period
 * however long: a gazette's or a code's headline, and the act's own date.
 */
export const LEGAL_ACT_TITLE = /^(?:décret|arrêté|ordonnance|loi|décision|délibération|circulaire)(?: n[°º]\s*[\w./-]+)? du (?:\p{L}+ )?\d{1,2}(?:er)? \p{L}+ \d{4}\s+\p{Ll}[^.!?]*$/iu;

/** A status or record line: parts between « · », « • » or « | », one a key and its value (« Incident résolu · Impact : majeur », « Réf. 12 | Statut : ouvert »). */
export const STATUS_LINE = /\s[|·•]\s\p{L}[\p{L}'’ .-]{0,30}?\s?:\s+\S|^\p{L}[\p{L}'’ .-]{0,30}?\s?:\s+[^|·•]{1,40}\s[|·•]\s/u;

/**
 * « Kadiatou OUÉDRAOGO », « Mariam A. TRAORÉ »: a name printed the French way, its surname in capitals, read as the name
 * it is (« Kadiatou Ouédraogo »). Only given names or initials, then the capitals, at its end: « Claire Dupont (AFP) »
 * or a desk (« AFP ») keep their letters.
 */
export const surnameInCapitals = (name: string) =>
  name.replace(/^((?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*|\p{Lu}\.)(?:\s(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*|\p{Lu}\.))*\s)(\p{Lu}{2,}(?:[\s'’-]\p{Lu}{2,})*)$/u, (_, given: string, surname: string) => given + nameCase(surname));

/** « LAURE FABRE »: a signature some papers print in capitals, read as the name it is (« Laure Fabre »); any other line as it is. */
export const capitalsAsName = (line: string) => (/^\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+){1,2}$/u.test(line.trim()) ? nameCase(line.trim()) : line);

/** Words in capitals in a name's case: each word, and each part after a hyphen or an apostrophe, opens in a capital (« LE GOFF » → « Le Goff »). */
const nameCase = (words: string) => words.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

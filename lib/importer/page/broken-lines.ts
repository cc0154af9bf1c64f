import { wordCount } from "./line-shapes";
import { FINITE } from "./prose-guard";

/*
 * Old pages and texts copied from PDFs or plain-text archives break their
 * paragraphs into lines of 60 to 80 characters, mid-sentence. Every other step
 * reads one paragraph per line, so such lines are joined first, with one
 * space, never across a blank line. A line is broken when it stops where no
 * sentence or heading stops (no final punctuation, or on « de », « la », a
 * comma…) and the next line goes on (a small letter, or the rest of the words
 * the first one left hanging). A word cut by a hyphen at the end of a line
 * (« informa- / tiques ») is put back together. A PDF's running header or
 * footer (the same line on every page, with the page's number) is page
 * furniture printed across the sentences: it is taken out before joining.
 */

/** Words a sentence, a heading or a label never ends on. */
const HANGING = /(?:^|\s)(?:de|du|des|d['’]|la|le|les|l['’]|à|au|aux|en|et|ou|un|une|pour|par|sur|dans|avec|sans|sous|chez|entre|vers|qui|que|qu['’]|dont|son|sa|ses|leur|leurs|ce|cette|ces|se|ne|est|sont|a|ont|plus|très|«)$/iu;

/** A line long enough to have been wrapped: headings and labels are shorter. */
const WRAPPED_MIN = 35;

/** Ends like a sentence, a quotation or a heading that stands alone. */
const CLOSED = /[.!?…:;»”"]$/u;

/** A word cut at the end of a line: a letter, then the hyphen. */
const CUT_WORD = /\p{L}-$/u;

/**
 * Prefixes that make compound words (« porte-parole », « sous-station »): a
 * hyphen after one of them is the word's own, kept when the line is joined.
 */
const COMPOUND_PREFIX = /(?:^|[\s'’(«-])(?:porte|vice|sous|non|auto|anti|co|ex|demi|semi|mi|après|avant|arrière|grand|grande|petit|petite|haut|haute|bas|basse|nord|sud|est|ouest|centre|multi|néo|pré|post|quasi|contre|entre|extra|long|court|bien|mal|sans|état|chef|cheffe|libre|vis|peut|c'est|est-ce|a|t)-$/iu;

/** A quotation closed mid-sentence (« sites « clés en main » » / « destinés à… »): the sentence goes on after it. */
const QUOTE_MID_SENTENCE = /[^.!?…\s]\s*[»”"]$/u;

/** A photo's credit closing a line (« … à l'arrière du site. © ADH »): the caption ends there. */
const CREDIT_END = /©\s*[\p{L}\d][\p{L}\d\s.'’&-]*$/u;

/** A gallery's counter (« 3/5 Les groupes… ») opens an item of its own. */
const COUNTER_START = /^\d{1,3}\/\d{1,3}\s/u;

/** The end of a sentence cut before its last words, a name (« … de la communauté urbaine / Le Havre Seine Métropole. Le bâtiment… »). */
const NAME_THEN_SENTENCE = /^\p{Lu}\p{Ll}*['’]?(?:[\s-]\p{Lu}[\p{Ll}'’]*){1,5}\.\s+\p{Lu}\p{Ll}/u;

/**
 * A paragraph's line left open in the middle of the text, on a small word,
 * whose rest is a name closing the sentence: one sentence broken in two, even
 * on a page that is not hard-wrapped. A line of prose sits above it, so it is
 * no headline or brief's title, and it is long and open, so no intertitle.
 */
function cutBeforeName(prev: string | undefined, line: string, next: string | undefined): boolean {
  if (!prev || !next || !CLOSED.test(prev) || prev.length < WRAPPED_MIN) return false;
  return wordCount(line) >= 12 && !CLOSED.test(line) && /\s\p{Ll}+$/u.test(line) && NAME_THEN_SENTENCE.test(next);
}

/** A name, then its apposition in small letters, closing a sentence (« Hexa Nord, basée à Lille (Nord). »). */
const NAME_THEN_APPOSITION = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3},\s\p{Ll}[^.!?…]*[.!?…]$/u;

/**
 * A paragraph's last sentence cut before its last words, a name and what it
 * is (« … au profit de l'entreprise » / « Hexa Nord, basée à Lille (Nord). »):
 * the open line already holds a whole sentence, so it is a paragraph, and the
 * rest has no verb of its own, so it is no sentence nor paragraph alone.
 */
function cutBeforeApposition(line: string, next: string | undefined): boolean {
  if (!next || CLOSED.test(line) || wordCount(line) < 15 || !/[.!?…]\s+\p{Lu}/u.test(line) || !/\s(?:\p{Ll}['’])?\p{Ll}+$/u.test(line)) return false;
  return wordCount(next) <= 12 && NAME_THEN_APPOSITION.test(next) && !FINITE.test(next);
}

/**
 * A paragraph cut once in the middle of a sentence, on a page that is not
 * hard-wrapped: a long line of prose left hanging on a small word (« … sur un
 * terrain de »), then a line in small letters that closes the sentence. A
 * heading never ends on « de », and a label under a headline is no sentence's end.
 */
function cutMidSentence(prev: string | undefined, line: string, next: string | undefined): boolean {
  // Under a paragraph of the text, the line is the text's too: one long sentence cut is enough (« Mais les élus … des arrêtés de »).
  const inText = !!prev && CLOSED.test(prev) && prev.length >= WRAPPED_MIN;
  if (!next || !/^\p{Ll}/u.test(next) || !CLOSED.test(next) || wordCount(next) < 4 || line.endsWith("«")) return false;
  // Left open on a comma, or, under a paragraph, on any word with a clause started (« Dans son jugement, le tribunal estime que l'étude d'impact »):
  // a paragraph never opens in small letters, a heading never holds a clause cut before its verb's object.
  // Or left open on its last word with the next line going on by « et », « ou », « mais » (« … sur sa toiture / et d'un système … »):
  // a heading is never carried on by a conjunction in small letters.
  if (inText && !CLOSED.test(line) && wordCount(line) >= 8 && (/,$/u.test(line) || /\p{L},\s/u.test(line) || /^(?:et|ou|mais|ni|puis|ainsi que)\s/u.test(next))) return true;
  if (wordCount(line) < 15 || !(inText || /[.!?…]\s+\p{Lu}/u.test(line))) return false;
  return (HANGING.test(line) || /\p{L},$/u.test(line)) && !line.endsWith("«");
}

/**
 * A sentence cut inside a quotation, on a page that is not hard-wrapped: the
 * line opens a « it does not close, and the next line, in small letters,
 * closes it (« … nous devons maîtriser cette technologie / plutôt que de
 * l'acheter sur étagère », explique X. »). A heading or a label opens no
 * quotation it leaves open; a quotation closed on its own line is whole.
 */
function cutInQuote(line: string, next: string | undefined): boolean {
  if (!next || wordCount(line) < 5 || CLOSED.test(line)) return false;
  const open = (line.match(/«/gu) ?? []).length - (line.match(/»/gu) ?? []).length;
  return open === 1 && /^\p{Ll}/u.test(next) && !next.includes("«") && /»/u.test(next) && CLOSED.test(next);
}

function continues(line: string, next: string | undefined): boolean {
  if (!next || line.length < WRAPPED_MIN || CREDIT_END.test(line) || COUNTER_START.test(next)) return false;
  if (CLOSED.test(line) && !(QUOTE_MID_SENTENCE.test(line) && /^\p{Ll}/u.test(next))) return false;
  // A raw feed's field (« link: https://… », « dc:creator: X »): a key glued to its colon opens a line of its own.
  if (/^\p{Ll}+(?::\p{Ll}+)?:\s\S/u.test(next)) return false;
  if (CUT_WORD.test(line) && /^\p{L}/u.test(next)) return true;
  // A line of figures alone (« 11/03 », « 17h45 ») under a title is its date stamp, not the rest of its sentence.
  if (/^[\p{Ll}«(]/u.test(next) || (/^\d/u.test(next) && /\p{L}{2}/u.test(next)) || /^(?:d|l|qu|j|n|s)['’]\p{L}/u.test(next)) return true;
  return HANGING.test(line) || line.endsWith(",");
}

/** How two broken lines go back together: a cut word without its hyphen, a compound with it, else a space. */
function join(line: string, next: string): string {
  if (!CUT_WORD.test(line)) return `${line} ${next}`;
  if (/^\p{Ll}/u.test(next) && !COMPOUND_PREFIX.test(line)) return `${line.slice(0, -1)}${next}`;
  return `${line}${next}`;
}

/** A line without its page number: "Dossier de presse – Inauguration 3" → "Dossier de presse – Inauguration". */
const withoutPageNumber = (line: string) => line.replace(/\s+\d{1,4}$/, "");

/**
 * A PDF's running header or footer: the same words on two lines or more, each
 * ending with a different page number.
 */
function runningLines(lines: readonly string[]): Set<string> {
  const numbers = new Map<string, Set<string>>();
  for (const line of lines) {
    const stem = withoutPageNumber(line);
    if (stem === line || stem.length < 10) continue;
    const seen = numbers.get(stem) ?? new Set<string>();
    seen.add(line.slice(stem.length).trim());
    numbers.set(stem, seen);
  }
  const running = new Set([...numbers].filter(([, pages]) => pages.size >= 2).map(([stem]) => stem));
  for (const line of printedPageMarks(lines)) running.add(line);
  return running;
}

/** A printed page's number out of the page count, alone on its line: « Page 1/2 », « 2 / 3 », « Page 1 sur 4 ». */
const PAGE_OF = /^(?:page\s+)?(\d{1,3})\s*(?:\/|sur)\s*(\d{1,3})$/iu;

/**
 * A browser's print of a page: at each page's foot, its number out of the
 * count (« Page 1/2 », then « Page 2/2 ») and the same line beside it on every
 * page (the address). Both cut the sentence that runs on to the next page.
 */
function printedPageMarks(lines: readonly string[]): string[] {
  const marks = lines.flatMap((l, i) => {
    const m = PAGE_OF.exec(l);
    return m && Number(m[1]) <= Number(m[2]) ? [{ i, page: m[1], of: m[2] }] : [];
  });
  const pages = new Set(marks.map((m) => `${m.page}/${m.of}`));
  if (pages.size < 2 || new Set(marks.map((m) => m.of)).size !== 1) return [];
  const beside = (k: number) => marks.map((m) => lines[m.i + k]).filter((l): l is string => !!l);
  const repeated = [-1, 1].flatMap((k) => {
    const next = beside(k);
    return next.length === marks.length && next.every((l) => l === next[0] && l.length >= 10) ? [next[0]] : [];
  });
  return [...marks.map((m) => lines[m.i]), ...repeated];
}

/**
 * The page's lines with hard-wrapped paragraphs joined. Lines are trimmed and
 * blank ones dropped after joining. A page is taken as hard-wrapped only when
 * at least two joins are found and they are a good share of its long lines:
 * a label in small letters under a headline does not make one. On other pages,
 * a single sentence broken over three lines or more (each going on in small
 * letters, the last one closing it: a quotation pasted from a PDF) is still
 * joined. Running headers and footers are returned apart, in `pageMarks`.
 * @example joinBrokenLines(["Le groupe a ouvert mardi à Montpellier", "un centre d'hébergement.", "", "Suite."]).lines
 * // ["Le groupe a ouvert mardi à Montpellier un centre d'hébergement.", "Suite."]
 */
export function joinBrokenLines(raw: readonly string[]): { lines: string[]; joined: number; pageMarks: string[] } {
  const all = raw.map((l) => l.trim());
  const running = runningLines(all);
  const pageMarks = all.filter((l) => running.has(withoutPageNumber(l)));
  const trimmed = running.size ? all.filter((l) => !running.has(withoutPageNumber(l))) : all;
  // The lines a page mark stood between: a sentence running on in small letters over the page's foot is one sentence.
  const kept = all.flatMap((l, i) => (running.size && running.has(withoutPageNumber(l)) ? [] : [i]));
  const overMark = new Set(kept.flatMap((from, k) => (k + 1 < kept.length && kept[k + 1] > from + 1 ? [k] : [])));
  const breaks = trimmed.map((line, i) => continues(line, trimmed[i + 1] || undefined));
  const count = breaks.filter(Boolean).length;
  const long = trimmed.filter((l) => l.length >= WRAPPED_MIN).length;
  const hardWrapped = count >= 2 && count >= long * 0.3;
  if (hardWrapped) {
    // Inside a wrapped paragraph, a line of the column's width left open goes on even before a capital (« Schneider / Electric »);
    // so does one opening a paragraph under a closed line, when it fills the column as its wrapped lines do (« … de la Région / Auvergne… »).
    // A fold, not Math.max(...lines): a spread of that many arguments overflows the stack on a long page.
    const column = trimmed.reduce((widest, l, i) => (breaks[i] ? Math.max(widest, l.length) : widest), -Infinity);
    for (let i = 1; i < trimmed.length; i++) {
      const next = trimmed[i + 1];
      const opensParagraph = CLOSED.test(trimmed[i - 1]) && trimmed[i].length >= column * 0.9;
      if (!breaks[i] && (breaks[i - 1] || opensParagraph) && next && trimmed[i].length >= WRAPPED_MIN && !CLOSED.test(trimmed[i]) && /^\p{Lu}/u.test(next)) breaks[i] = true;
    }
  } else {
    // Elsewhere, only chains of lines that each go on in small letters and end a sentence.
    const found = [...breaks];
    const small = (i: number) => found[i] && (/^\p{Ll}/u.test(trimmed[i + 1]) || CUT_WORD.test(trimmed[i]));
    breaks.fill(false);
    for (let i = 0; i < trimmed.length; ) {
      let k = i;
      while (k < trimmed.length && small(k)) k++;
      if (k - i >= 2 && CLOSED.test(trimmed[k] ?? "")) for (let j = i; j < k; j++) breaks[j] = true;
      i = k + 1;
    }
  }
  for (const i of overMark) if (breaks[i] === false && continues(trimmed[i], trimmed[i + 1] || undefined) && /^\p{Ll}/u.test(trimmed[i + 1])) breaks[i] = true;
  let prose: string | undefined;
  trimmed.forEach((line, i) => {
    if (cutBeforeName(prose, line, trimmed[i + 1]) || cutBeforeApposition(line, trimmed[i + 1]) || cutMidSentence(prose, line, trimmed[i + 1]) || cutInQuote(line, trimmed[i + 1])) breaks[i] = true;
    if (line) prose = line;
  });
  const joined = breaks.filter(Boolean).length;
  if (!joined) return { lines: trimmed.filter(Boolean), joined: 0, pageMarks };
  const lines: string[] = [];
  let current = "";
  trimmed.forEach((line, i) => {
    if (!line) return;
    current = current ? join(current, line) : line;
    if (!breaks[i]) {
      lines.push(current);
      current = "";
    }
  });
  if (current) lines.push(current);
  return { lines, joined, pageMarks };
}

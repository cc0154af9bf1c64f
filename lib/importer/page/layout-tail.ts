import { foldText } from "../../text/text";
import { coSigned, signatoryName, underContact } from "./signatories";
import { isFurniture, isProseLine, isText, type Role } from "./line-roles";
import { capitalsAsName, isBylineName, withoutTrailingMarks, wordCount } from "./line-shapes";

/** « — Lucía Ortega »: a signature opened by a dash (an em or en dash, not a hyphen), as the name alone. */
const undashed = (line: string) => line.trim().replace(/^[—–]\s*/u, "");

/*
 * The end of a page, after the article's text: where it stops (comments, a
 * share block, a footer), what signs it, and which short lines after its last
 * paragraph are still its own.
 */


/** A line that closes the article, a paywall's notice aside (the article may go on under it). */
const closes = (role: Role) => role.kind === "furniture" && role.block === "end" && role.why !== "paywall";

/** A long line of prose: what a paywall's teaser is followed by when the whole article is printed anyway. */
const isArticleProse = (line: string, role: Role) => role.kind === "text" && isProseLine(line) && wordCount(line) >= 12;

/**
 * Ends like a sentence (a quotation, an exclamation, a question included, an
 * emoji or emphasis after it), or is long enough to be one: never dropped as a short line.
 */
const endsLikeSentence = (line: string) => (/[.!?…]["»”’)]?$|[»”]$/u.test(withoutTrailingMarks(line)) && wordCount(line) >= 4) || wordCount(line) >= 12;

/**
 * After the text: once a line closing the article comes (comments, a share
 * block, an author box, a footer; a paywall only when no paragraph of the
 * article follows it), nothing is text any more but a byline, a signature or a
 * source line. After the last paragraph, a name alone signs the article; short
 * lines shaped like sentences stay in the text (and are reported), the others
 * are page, but a fact sheet's rows ("Surface : 12 000 m²") stay. A paragraph
 * that presents the author ("Nadia Rochat est journaliste…") is the author box.
 * Returns the lines kept though uncertain, and the signature's name.
 */
/** The words before a date line's date (« Posté le »): the shape a thread prints over each message. */
const datePrefix = (line: string, role: Role) => (role.kind === "dateline" ? foldText(line.slice(0, role.date.index)).trim() : undefined) || undefined;

/** A poster's name or handle alone on its line (« Phil-Alsace », « Marco R. », « Nono »). */
const isHandle = (line: string) => wordCount(line) <= 3 && line.length <= 40 && !/[.!?:;,]$/u.test(line.replace(/\s\p{Lu}\.$/u, ""));

/**
 * After the text, the header's shape printed again: a date line worded as the
 * one under the headline, under a poster's name (a forum's reply), or a byline
 * naming the article's author again (a blog's author box: « Écrit par X »).
 */
function isReply(lines: readonly string[], roles: readonly Role[], i: number, postedAs: string | undefined, author: string | undefined, signed: number): boolean {
  const role = roles[i];
  // Only a repeat: the byline that first signs the article (the text read from too high, over a box) ends nothing.
  if (role.kind === "byline") return author !== undefined && role.byline.author === author && signed >= 0 && signed < i;
  return role.kind === "dateline" && postedAs !== undefined && datePrefix(lines[i], role) === postedAs && isText(roles[i - 1]) && isHandle(lines[i - 1]);
}

/** Initials alone closing a piece ("N.F.", "J.-M.D.", spaced "A. L."): its writer's mark, no sentence. */
const INITIALS_LINE = /^\p{Lu}\.(?:\s?-?\p{Lu}\.){1,3}$/u;

/** A letter's greeting, left open on its comma: « Chers adhérents, chers voisins, », « Madame, Monsieur, ». */
const GREETING = /^(?:Ch(?:er|ère)s?|Madame|Monsieur|Mesdames|Messieurs|Bonjour)\b[^.!?]{0,60},$/u;

/** From which line on at most one short sentence of text follows: the end of the article, whatever short lines (links, labels) come after. */
function closingFrom(lines: readonly string[], roles: readonly Role[]): number {
  const texts = roles.flatMap((r, j) => (isText(r) && isProseLine(lines[j]) ? [j] : []));
  const last = texts.at(-1) ?? -1;
  return last >= 0 && wordCount(lines[last]) <= 8 ? (texts.at(-2) ?? 0) : last;
}

/** An act signed on an authority's behalf: « Pour le préfet et par délégation, », « Par délégation, », « P/O le maire ». */
const DELEGATION = /^(?:pour (?:le|la|l['’]) [^,]{2,60},? (?:et )?par d[ée]l[ée]gation|par d[ée]l[ée]gation|p\/o\b.{0,40})\s*,?$/iu;

export function readTail(lines: readonly string[], roles: Role[], start: number, author: string | undefined): { kept: number[]; signature?: string } {
  let ended = false;
  let signature: string | undefined;
  // A letter signs with the name its head prints (« Claire Rivoire » over « Sénatrice de … »): its other sections follow the signature.
  const head = new Set(lines.slice(0, start).map((l) => l.trim()));
  const posted = roles.findIndex((r, i) => i < start && r.kind === "dateline");
  const postedAs = posted >= 0 ? datePrefix(lines[posted], roles[posted]) : undefined;
  const signed = roles.findIndex((r) => r.kind === "byline" && r.byline.author === author);
  const closing = closingFrom(lines, roles);
  // « — Lucía Ortega » after a sentence, over a short line (« Lire l'article original »): signed, though a source's card with a sentence of its own follows.
  const dashedClose = (i: number) => /^[—–]\s*\p{Lu}/u.test(lines[i].trim()) && /[.!?…]$/u.test(lines[i - 1].trim()) && wordCount(lines[i - 1]) >= 15 && wordCount(lines[i + 1] ?? "") <= 6;
  // Prefix counts of article prose, and each line's next closer (a paywall's notice aside): one pass each, however many closers.
  const prose = [0];
  lines.forEach((l, j) => prose.push(prose[j] + (isArticleProse(l, roles[j]) ? 1 : 0)));
  const nextEnd: number[] = new Array(lines.length);
  for (let j = lines.length - 1, at = lines.length; j >= 0; j--) {
    nextEnd[j] = at;
    if (closes(roles[j])) at = j;
  }
  // Whatever closes the article (comments, share, author box, a reply's header) ends nothing above the page's main run of prose: three long lines or more follow it, over twice what the text above it holds.
  const overMainRun = (i: number) => {
    const below = prose[nextEnd[i]] - prose[i + 1];
    return below >= 3 && below > 2 * (prose[i] - prose[start]);
  };
  // The masthead's name printed again over the footer's links is the site's, no signature.
  const siteName = (i: number) => head.has(lines[i].trim()) && !!roles[i + 1] && isFurniture(roles[i + 1], "footer");
  for (let i = start; i < lines.length; i++) {
    const role = roles[i];
    if (!ended && i > start && isReply(lines, roles, i, postedAs, author, signed) && !overMainRun(i)) {
      // A thread's reply (« Phil-Alsace » / « Posté le … », the header's own shape) or the author's box (« Écrit par X » again): the article is over.
      ended = true;
      roles[i] = { kind: "furniture", why: "after-end" };
      if (isText(roles[i - 1]) && isHandle(lines[i - 1])) roles[i - 1] = { kind: "furniture", why: "after-end" };
    } else if (!ended && i > start && coSigned(lines, i) && !overMainRun(i)) {
      // A record's signatures (« Paul Martin, maire » over « Me Anne Leroy, greffière »): the record is over.
      ended = true;
      roles[i] = { kind: "furniture", why: "after-end" };
    } else if (!ended && i > start && role.kind === "text" && isBylineName(undashed(lines[i])) && isProseLine(lines[i - 1]) && !siteName(i) && (head.has(lines[i].trim()) || (!author && (i >= closing || dashedClose(i)) && /[.!?…»”]$/u.test(lines[i - 1].trim())))) {
      // An unsigned article's name alone after its last sentence (not under an official's « le secrétaire général, »), a closing formula at most under it (« Nos condoléances à la famille. »): its signature.
      // « — Lucía Ortega » under a translated piece's last paragraph: the dash opens a signature as it opens a letter's.
      ended = true;
      roles[i] = { kind: "signature" };
      signature = undashed(lines[i]);
    } else if (!ended && i > start && role.kind === "dateline" && postedAs?.endsWith(":") && datePrefix(lines[i], role) === postedAs && !overMainRun(i)) {
      // A feed's next item (« pubDate: … » again, as over the article): the article is over, and so are that item's title and link above it.
      ended = true;
      roles[i] = { kind: "furniture", why: "after-end" };
      for (let j = i - 1; j > start && !/[.!?…»]$/u.test(lines[j]); j--) if (isText(roles[j])) roles[j] = { kind: "furniture", why: "after-end" };
    } else if (role.kind === "furniture" && role.block === "end") {
      // A paywall that more text follows before the next closer ends nothing, nor any closer over the page's main run of prose.
      const resumes = (role.why === "paywall" && prose[nextEnd[i]] > prose[i + 1]) || overMainRun(i);
      if (!resumes) ended = true;
    } else if (ended && (role.kind === "text" || role.kind === "dateline" || role.kind === "caption" || role.kind === "credit")) {
      roles[i] = { kind: "furniture", why: "after-end" };
    } else if (role.kind === "text" && author && lines[i].startsWith(`${author} est `)) roles[i] = { kind: "furniture", why: "author-box" };
  }
  // « Pour le préfet et par délégation, » / « le secrétaire général, » / a name: an official signs the act for its authority, who wrote no article.
  const delegation = lines.findIndex((l, k) => k > start && isText(roles[k]) && DELEGATION.test(l.trim()));
  for (let j = delegation; delegation > 0 && j <= delegation + 2 && isText(roles[j] ?? roles[0]) && wordCount(lines[j]) <= 6; j++) roles[j] = { kind: "furniture", why: "tail" };
  // A letter's editorial, opened on its greeting (« Chers adhérents, »), signs « Françoise Delmas, présidente » before its other sections.
  const greeting = lines.findIndex((l, k) => k >= start - 2 && k < start + 3 && isText(roles[k]) && GREETING.test(l.trim()));
  for (let k = greeting + 2; greeting >= 0 && !signature && k < lines.length; k++) {
    const name = isText(roles[k]) && isProseLine(lines[k - 1]) && !coSigned(lines, k) ? signatoryName(lines[k].trim()) : undefined;
    if (name) [roles[k], signature] = [{ kind: "signature" }, name];
  }
  let last = -1;
  roles.forEach((r, i) => {
    if (i >= start && isText(r) && isProseLine(lines[i]) && !INITIALS_LINE.test(lines[i].trim())) last = i;
  });
  const kept: number[] = [];
  for (let i = last + 1; i < lines.length; i++) {
    if (!isText(roles[i])) continue;
    // "— Hélène Marchetti": a letter's signature may open with a dash.
    const name = capitalsAsName(lines[i].replace(/^[—–-]\s*/u, ""));
    // Under « Présenté par » or « Avec », a programme's host or guest: credits of a broadcast, no signature.
    if (!signature && !siteName(i) && (isBylineName(name) || /^\p{Lu}[\p{Ll}'’-]+\s\p{Lu}\.$/u.test(name) || signsAs(name)) && !underContact(lines, i) && !HOSTED.test(lines[i - 1] ?? "")) {
      roles[i] = { kind: "signature" };
      signature = name;
    } else if (INITIALS_LINE.test(name)) roles[i] = { kind: "furniture", why: "tail" };
    else if (endsLikeSentence(lines[i]) || isFact(lines[i]) || VOTE_OUTCOME.test(lines[i].trim()) || (isFigureRow(lines[i]) && (/\s:$/u.test(lines[i - 1]) || kept.at(-1) === i - 1)) || (isText(roles[i + 1] ?? roles[i]) && isFact(lines[i + 1] ?? "") && wordCount(lines[i]) <= 8)) kept.push(i);
    else roles[i] = { kind: "furniture", why: "tail" };
  }
  // An op-ed closes on its writer presented (« Olivier Demarcq est président-directeur général d'… »): that paragraph signs it, and stays.
  if (!signature && !author && last >= 0 && OPINION.test(lines.slice(0, start).join("\n"))) {
    const name = lines[last].match(PRESENTED)?.[1];
    if (name && isBylineName(name)) signature = name;
  }
  // An author's card at the page's foot (« Noémie Carpentier » over « Journaliste »), past the related links, no paragraph under it: the unsigned piece's writer.
  for (let i = lines.length - 2; !signature && !author && i > Math.max(last, start); i--) {
    if (!JOURNALIST.test(lines[i + 1].trim()) || !isBylineName(lines[i].trim()) || head.has(lines[i].trim()) || lines.slice(i + 2).some((l, k) => isText(roles[i + 2 + k]) && isProseLine(l))) continue;
    [roles[i], roles[i + 1], signature] = [{ kind: "signature" }, { kind: "furniture", why: "author-box" }, lines[i].trim()];
  }
  return { kept, signature };
}

/** A card's job line naming a writer of the paper, alone: « Journaliste », « Rédactrice en chef », « Correspondant à Eu ». */
const JOURNALIST = /^(journaliste|r[ée]dact(eur|rice)( en chef)?|correspondante?|reporter|chroniqueuse|chroniqueur)(\s[^.!?;]{0,40})?$/iu;

/** The label of an op-ed above its text: « Tribune », « Carte blanche », « Point de vue », or the notice that the opinions are the author's. */
const OPINION = /\b(?:tribune|carte blanche|point de vue|opinion|chronique)\b|n['’]engagent que (?:leurs?|son|ses) auteurs?/iu;

/** « Name est président… » opening a paragraph: the writer and the post that gives the op-ed its weight. */
const PRESENTED = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}) est (?:l[ae]\s|l['’]|un\s|une\s)?(?:co-?)?(?:président|présidente|directeur|directrice|fondat|pdg|PDG|avocat|avocate|professeur|chercheu|économiste|député|sénat|maire|ingénieur|consultant|associé|délégué|secrétaire|membre|chargée?)/u;

/** A broadcast's credits label: « Présenté par », « Animé par : », « Avec », « Réalisation ». */
const HOSTED = /^(?:(?:présenté|animé|produit|réalisé|modéré)e?s? par|avec|présentation|animation|réalisation|production)\s*:?$/iu;

/** A resolution's outcome under it (« ADOPTÉE », « Adopté à l'unanimité »): the record's text, however short. */
const VOTE_OUTCOME = /^(?:adopt[ée]e?s?|rejet[ée]e?s?|approuv[ée]e?s?)(?:\s+(?:à l['’]unanimité|à la majorité(?: des voix)?))?\.?$/iu;

/** « Kadiatou OUÉDRAOGO » (the surname in capitals) and « R. Andrianina » (an initial, not « M. » for Monsieur): a signature's other shapes, kept here as printed (the author is given its name's case once, in import-article.ts). */
const signsAs = (line: string) =>
  (/^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?\s\p{Lu}[\p{Lu}'’-]{3,}$/u.test(line) && isBylineName(line.replace(/\s(\p{Lu})(\S+)$/u, (_, first: string, rest: string) => ` ${first}${rest.toLowerCase()}`))) ||
  /^[A-LN-Z]\.\s\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u.test(line);

/** A fact sheet's row ("Puissance informatique : 18 MW"): a figure the article gives, kept after its last paragraph. */
const isFact = (line: string) => {
  const [key, value] = line.split(/\s:\s/u);
  return value !== undefined && wordCount(key) <= 5 && wordCount(value) <= 5 && /\d/.test(value) && !/[.!?]$/.test(value);
};

/**
 * A key figure's row: a number, its unit, then what it measures (« 180 MW de
 * puissance raccordée »), short and unpunctuated. Kept under the line that
 * announces the list (« Les chiffres clés : »): a sidebar's bare figures under
 * a box title (« Les chiffres ») are the page's.
 */
const isFigureRow = (line: string) => wordCount(line) <= 8 && /^\d[\d\s\u202f.,]*\s?(?:[\p{L}²³%€$]{1,12}\.?)\s+(?:de|d['’]|du|des)\s+\p{L}/u.test(line) && !/[.!?:]$/u.test(line);

import type { EntityRegistry } from "../model/entity-registry";
import { type FrontMatter, entityFieldsOf } from "../model/schema/article";
import { slugify } from "../text/text";
import { articleAnnouncements } from "./announcements/article-announcements";
import { type ArticleEntities, articleEntities, withProposals } from "./entities/article-entities";
import { joinBrokenLines } from "./page/broken-lines";
import { pageCaptions } from "./page/page-captions";
import { legalLineName } from "./page/clutter-shapes";
import { companyIndex } from "./entities/company-names";
import { isoOf, parseWireDateline } from "./page/dates";
import { detectEntities, unknownNames } from "./entities/entities";
import type { Gazetteer } from "./entities/gazetteer";
import { bodyBlock, isIntertitle } from "./page/body-blocks";
import { editorialTitle, titleParagraph } from "./page/editorial-title";
import { readLayout } from "./page/layout";
import type { Role } from "./page/line-roles";
import { firstSentence, surnameInCapitals } from "./page/line-shapes";
import { findPeople } from "./page/people";
import { resolvePublicationDate } from "./page/publication-date";
import { type Clue, findPublisher } from "./page/publisher";
import { channelClue } from "./page/channel";
import { documentIssuerClue, runningHeaderClue } from "./page/running-header";
import { quoteLine } from "./page/quote-line";
import { megabytes } from "../text/file-size";
import { MAX_RAW_BYTES } from "./page/read-raw";
import { removedLinesReport } from "./report";
import { pageAddressDate, statedDates } from "./page/stated-dates";

/** Up to this length, the first paragraph is the summary; beyond, its first sentence is. */
export const SUMMARY_MAX = 300;

/** Below this many characters of text once the page is cleaned, there is no article to archive. */
export const MIN_BODY_LENGTH = 200;

export type ImportedArticle = {
  slug: string;
  frontMatter: FrontMatter;
  /** Markdown: paragraphs separated by blank lines, intertitles as "## ". */
  body: string;
  /** Messages to the editor, in French: what was guessed, dropped or left to check. */
  warnings: string[];
  /** Firms, places and sites the registry lacks, which the article already names (see lib/importer/entities/article-entities.ts, site-proposals.ts). */
  proposals: ArticleEntities["proposals"];
  /** The line the date was read from, absent without a date. */
  dateEvidence?: string;
};

/** What the editor may give besides the text: the gazetteer (import time), the page's address, the publisher's name. */
export type ImportOptions = { gazetteer?: Gazetteer; url?: string; sourceName?: string };

export type ImportResult = ({ ok: true } & ImportedArticle) | { ok: false; message: string };

const quote = (text: string) => quoteLine(text, 90);

/** Control characters other than tab and newline: invisible, and never wanted in a title or a name. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]+/g;

/** The page's lines: control characters turned into spaces, paragraphs broken over lines joined, blank lines dropped. */
function pageLines(text: string): { lines: string[]; controls: number; joined: number; pageMarks: string[] } {
  let controls = 0;
  const raw = text.split("\n").map((l) => l.replace(CONTROL, (m) => ((controls += m.length), " ")).replace(/\t/g, " ").replace(/ {2,}/g, " "));
  return { ...joinBrokenLines(raw), controls };
}

/**
 * Turns the text of a French news page into an article: front matter that the
 * schema accepts, a Markdown body keeping every sentence as written, and the
 * warnings the editor must read. Nothing is invented: what the page does not
 * say is left empty and reported; every line removed is listed. The steps:
 * lines → layout (what each line is) → body → title → captions → date →
 * publisher → entities → front matter.
 * @param rawName the raw file's name, kept in `raw`
 */
export function importArticle(text: string, rawName: string, registry: EntityRegistry, options: ImportOptions = {}): ImportResult {
  if (text.length > MAX_RAW_BYTES) {
    return { ok: false, message: `texte brut trop volumineux (${megabytes(text.length)}, ${megabytes(MAX_RAW_BYTES)} au plus) : refusé avant toute analyse` };
  }
  const { lines, controls, joined, pageMarks } = pageLines(text);
  const layout = readLayout(lines);
  const roles: Role[] = layout.roles;
  const warnings: string[] = [];
  if (controls) warnings.push(`${controls} caractère${controls > 1 ? "s" : ""} de contrôle remplacé${controls > 1 ? "s" : ""} par des espaces`);
  if (joined) warnings.push(`${joined} lignes coupées en milieu de phrase rejointes à la suivante`);
  if (pageMarks.length) warnings.push(`lignes retirées (en-têtes et pieds de page numérotés d'un PDF) : ${pageMarks.map(quote).join(", ")}`);
  if (layout.headlineReport) warnings.push(layout.headlineReport);

  // Body: the text lines, intertitles marked; too little text is no article.
  const standfirstIndex = roles.findIndex((r) => r.kind === "standfirst");
  const standfirst = standfirstIndex >= 0 ? lines[standfirstIndex] : undefined;
  const bodyLines = roles.flatMap((r, i) => (r.kind === "text" ? [lines[i]] : []));
  const bodyLength = bodyLines.join(" ").length;
  // A photo gallery tells its story in its slides' captions: with three of them or more, the page is whole, not a teaser cut short.
  const slides = new Set(roles.flatMap((r) => (r.kind === "caption" ? [r.caption] : [])));
  const gallery = bodyLength > 0 && slides.size >= 3 && bodyLength + [...slides].join(" ").length >= MIN_BODY_LENGTH;
  if (bodyLength < MIN_BODY_LENGTH && !gallery) {
    return { ok: false, message: `texte d'article trop court une fois la page nettoyée (${bodyLength} caractères, ${MIN_BODY_LENGTH} au moins) : page d'accueil, page réservée aux abonnés ou article tronqué ?` };
  }
  // A digest opens on its first brief's title, an intertitle like the others; so does a text in sections, on its first heading.
  const sections = bodyLines.some((line, j) => j > 0 && isIntertitle(line, bodyLines[j + 1]));
  const allBlocks = bodyLines.map((line, j) => bodyBlock(line, bodyLines[j + 1], j === 0 && !layout.digest && !sections));
  const paragraphs = allBlocks.filter((b) => !/^#{1,6}\s/.test(b));
  // Without a standfirst, a short lead is the chapeau: printed once, above the text, not again as its first paragraph.
  const leadIsChapeau = !standfirst && !layout.digest && !sections && paragraphs.length >= 2 && paragraphs[0].length <= SUMMARY_MAX;
  const blocks = leadIsChapeau ? allBlocks.slice(1) : allBlocks;
  if (bodyLength < MIN_BODY_LENGTH) warnings.push(`texte court (${bodyLength} caractères) : galerie de ${slides.size} photos, dont les légendes (dans captions) portent le reste`);
  if (layout.uncertain.length) {
    warnings.push(`lignes gardées dans le texte après le dernier paragraphe, peut-être de la page (à vérifier) : ${layout.uncertain.map((i) => quote(lines[i])).join(", ")}`);
  }
  // Sentences a rule would have removed on its position or look alone: kept, never lost, and named for the editor.
  if (layout.possibleFurniture.length) warnings.push(`phrases gardées dans le texte, peut-être de la page (à vérifier) : ${layout.possibleFurniture.map((i) => quote(lines[i])).join(", ")}`);

  // Author: the byline under the headline, or the signature.
  const author = layout.author && surnameInCapitals(layout.author.author);
  const signature = layout.signature && surnameInCapitals(layout.signature);
  if (signature && author && author !== signature) {
    warnings.push(`signature ${quote(signature)} différente de l'auteur de la ligne « Par » (${author}) : à vérifier`);
  }
  const finalAuthor = author ?? signature;
  if (layout.author?.role) warnings.push(`auteur : ${layout.author.author}, fonction indiquée par la page : ${quote(layout.author.role)}`);

  // Title: the page's headline, else the first sentence's main clause.
  let title = layout.headline;
  let titleSource: FrontMatter["titleSource"] = "source";
  if (!title) {
    title = editorialTitle(titleParagraph(paragraphs));
    titleSource = "editorial";
    warnings.push(`pas de titre dans le texte : titre éditorial tiré de la proposition principale de la première phrase, à relire : ${quote(title)}`);
  }
  const slug = slugify(title);
  if (!slug) return { ok: false, message: `titre sans lettres ni chiffres, impossible d'en faire un slug : ${quote(title)}` };

  const captions = pageCaptions(roles, registry);
  warnings.push(...captions.warnings);
  const credits = roles.flatMap((r) => (r.kind === "credit" ? [r.credit] : []));
  if (credits.length) warnings.push(`crédits photo retirés du texte : ${credits.join(", ")}`);
  warnings.push(...removedLinesReport(lines, roles));

  // Date: only one the page states as its own (see publication-date.ts).
  // A release's dateline opens its first paragraph, or the one under a short deck printed as text (« Lupfig/Zurich, 27 mai 2025 – … »).
  const lead = !parseWireDateline(paragraphs[0] ?? "") && (paragraphs[0] ?? "").length <= SUMMARY_MAX && parseWireDateline(paragraphs[1] ?? "")?.date ? paragraphs[1] : paragraphs[0];
  // A press review cites several outlets (« Source : A », « Source : B »): none of them is the page's publisher or date.
  const sourceLines = roles.filter((r): r is Extract<Role, { kind: "source" }> => r.kind === "source").map((r) => r.source);
  const sourceLine = new Set(sourceLines.map((s) => s.name.toLowerCase())).size === 1 ? sourceLines[0] : undefined;
  const published = resolvePublicationDate({
    stated: statedDates(lines, layout, lead, pageMarks),
    source: sourceLine?.date ? { name: sourceLine.name, date: sourceLine.date } : undefined,
    lead,
    context: [...captions.texts, ...roles.flatMap((r, i) => (r.kind === "headline" || r.kind === "dateline" ? [lines[i]] : []))].join("\n"),
    updateStamps: roles.flatMap((r, i) => (r.kind === "furniture" && r.why === "update-stamp" ? [lines[i]] : [])),
    signed: layout.author !== undefined,
    address: pageAddressDate(lines, options.url, layout.textStart),
  });
  warnings.push(...published.warnings);
  // The editor checks a date against the line it came from: said for every date, stated or deduced.
  if (published.date && published.evidence) warnings.push(`date${published.dateInferred ? " déduite" : ""} : ${published.date}, lue dans « ${published.evidence.slice(0, 160)}${published.evidence.length > 160 ? "…" : ""} »`);

  // Publisher: named by the editor, the address or the page; never a firm the article is about.
  const companies = companyIndex(registry);
  const wire = parseWireDateline(lead);
  const clues: Clue[] = [
    ...(sourceLine && !companies.resolve(sourceLine.name) ? [{ name: sourceLine.name, weight: 5, why: "ligne « Source »" }] : []),
    ...(wire?.agency ? [{ name: wire.agency, weight: 2, why: "agence de la dépêche" }] : []),
    ...runningHeaderClue(pageMarks),
    ...documentIssuerClue(lines),
    ...channelClue(lines),
  ];
  const publisher = findPublisher(lines, roles, { textStart: layout.textStart, url: options.url, sourceName: options.sourceName, extra: clues });
  warnings.push(publisher.report);

  // Entities: what the article's own text names (title, standfirst, body, captions).
  const bodyText = [standfirst, ...bodyLines].filter(Boolean).join("\n");
  const fullText = [title, bodyText, ...captions.texts].join("\n");
  const entities = detectEntities(fullText, registry);
  const people = findPeople(fullText, registry);
  if (people.length) {
    warnings.push(`personnes citées à vérifier (people laissé vide) : ${people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(" ; ")}`);
  }
  const named = [...(finalAuthor ? [finalAuthor] : []), ...people.map((p) => p.name)];
  // A firm's own letter states its legal form (« X – SAS au capital de … »): X is the article's firm though it publishes the page.
  const ownFirms = new Set(lines.map(legalLineName).filter((n): n is string => !!n));
  const publishers = [...publisher.candidates, ...(publisher.publisher ? [publisher.publisher.name] : []), ...(wire?.agency ? [wire.agency] : [])].filter((p) => !ownFirms.has(p));
  const known = articleEntities(fullText, registry, { gazetteer: options.gazetteer, publishers, people: named });
  // An adjective qualifying a proposed firm ("le fonds américain Roha") did name its country.
  const adjectiveOnly = entities.adjectiveOnly.filter((a) => !known.countries.some((c) => c.slug === a.slug));
  if (adjectiveOnly.length) {
    warnings.push(`pays évoqués seulement par un adjectif, non retenus : ${adjectiveOnly.map((a) => `${a.slug} (${a.forms.join(", ")})`).join(" ; ")}`);
  }
  warnings.push(...known.report);
  // Names now recognised ("Shangaï", a place's other spelling; "Datalantic" of "Datalantic SAS") are not unknown.
  const unknown = unknownNames(fullText, registry, named).filter(
    (name) => !known.written.some((w) => w === name || w.startsWith(`${name} `) || w.startsWith(`${name}-`) || w.split(/[\s-]+/).includes(name)),
  );
  if (unknown.length) warnings.push(`entités inconnues : ${unknown.join(", ")}`);

  const source = publisher.publisher;
  const sourceDate = source && sourceLine?.name === source.name && sourceLine.date ? isoOf(sourceLine.date) : undefined;
  // The chapeau is the page's standfirst, else its lead; a long lead's first sentence stands in, written for the archive.
  const summary = standfirst ?? (leadIsChapeau || paragraphs[0].length <= SUMMARY_MAX ? paragraphs[0] : firstSentence(paragraphs[0]));
  const summarySource = standfirst || leadIsChapeau ? "source" : "editorial";
  const body = blocks.join("\n\n");

  // Announcements: read from the article's own text (a page's chapeau is), with the firms and places just proposed.
  const said = articleAnnouncements(
    summarySource === "source" ? `${summary}\n\n${body}` : body,
    { companies: known.companies, countries: known.countries.map((c) => c.slug), places: known.places.map((p) => p.slug) },
    withProposals(registry, known.proposals),
  );
  warnings.push(...said.report);
  const announcedBy = [...new Set(said.announcements.flatMap((a) => a.by))];

  const frontMatter: FrontMatter = {
    title,
    titleSource,
    date: published.date,
    datePrecision: published.datePrecision,
    dateInferred: published.dateInferred,
    ...(published.dateNote ? { dateNote: published.dateNote } : {}),
    ...(source ? { source: { name: source.name, ...(sourceDate ? { date: sourceDate.value } : {}), ...(source.url ? { url: source.url } : {}), inferred: source.inferred, ...(source.note ? { note: source.note } : {}) } } : {}),
    ...(finalAuthor ? { author: finalAuthor } : {}),
    ...(finalAuthor && layout.author?.role ? { authorRole: layout.author.role } : {}),
    summary,
    summarySource,
    // What the text names, as articleEntities resolved it where it does (firms proposed, countries and places with their part).
    ...entityFieldsOf({ ...entities, ...known, announcedBy }),
    people: [],
    captions: captions.captions,
    ...(said.announcements.length ? { announcements: said.announcements } : {}),
    raw: rawName,
    // The moment the archive takes the text in; a later correction adds correctedAt.
    archivedAt: new Date().toISOString(),
  };
  const proposals = { ...known.proposals, sites: said.sites };
  return { ok: true, slug, frontMatter, body, warnings, proposals, ...(published.evidence ? { dateEvidence: published.evidence } : {}) };
}

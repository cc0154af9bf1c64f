import type { EntityRegistry } from "../entities/entity-registry";
import type { FrontMatter } from "../schema/article";
import { slugify } from "../text";
import { captionInformation } from "./captions";
import { isoOf } from "./dates";
import { type ArticleEntities, articleEntities } from "./article-entities";
import { detectEntities, unknownNames } from "./entities";
import type { Gazetteer } from "./gazetteer";
import { editorialTitle, isIntertitle } from "./headline";
import { readLayout } from "./layout";
import type { Role } from "./line-roles";
import { firstSentence } from "./line-shapes";
import { findPeople } from "./people";
import { resolvePublicationDate } from "./publication-date";
import { MAX_RAW_BYTES, megabytes } from "./read-raw";
import { removedLinesReport } from "./report";

/** Up to this length, the first paragraph is the summary; beyond, its first sentence is. */
export const SUMMARY_MAX = 300;

export type ImportedArticle = {
  slug: string;
  frontMatter: FrontMatter;
  /** Markdown: paragraphs separated by blank lines, intertitles as "## ". */
  body: string;
  /** Messages to the editor, in French: what was guessed, dropped or left to check. */
  warnings: string[];
  /** Firms and places the registry lacks, which the article already names (see lib/importer/article-entities.ts). */
  proposals: ArticleEntities["proposals"];
};

/** What the editor may give besides the text: the gazetteer (import time), the page's address, the publisher's name. */
export type ImportOptions = { gazetteer?: Gazetteer; url?: string; sourceName?: string };

export type ImportResult = ({ ok: true } & ImportedArticle) | { ok: false; message: string };

const quote = (text: string) => `« ${text.length > 90 ? `${text.slice(0, 87)}…` : text} »`;

/** Control characters other than tab and newline: invisible, and never wanted in a title or a name. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]+/g;

/** The page's lines, trimmed, control characters turned into spaces, blank lines dropped. */
function pageLines(text: string): { lines: string[]; controls: number } {
  let controls = 0;
  const lines = text
    .split("\n")
    .map((l) => l.replace(CONTROL, (m) => ((controls += m.length), " ")).replace(/\t/g, " ").replace(/ {2,}/g, " ").trim())
    .filter(Boolean);
  return { lines, controls };
}

/**
 * Turns the text of a French news page into an article: front matter that the
 * schema accepts, a Markdown body keeping every sentence as written, and the
 * warnings the editor must read. Nothing is invented: what the page does not
 * say is left empty and reported; every line removed is listed.
 * @param rawName the raw file's name, kept in `raw`
 */
export function importArticle(text: string, rawName: string, registry: EntityRegistry, options: ImportOptions = {}): ImportResult {
  if (text.length > MAX_RAW_BYTES) {
    return { ok: false, message: `texte brut trop volumineux (${megabytes(text.length)}, ${megabytes(MAX_RAW_BYTES)} au plus) : refusé avant toute analyse` };
  }
  const { lines, controls } = pageLines(text);
  const layout = readLayout(lines);
  const roles: Role[] = layout.roles;
  const textIndexes = () => roles.flatMap((r, i) => (r.kind === "text" ? [i] : []));
  const warnings: string[] = [];
  if (controls) warnings.push(`${controls} caractère${controls > 1 ? "s" : ""} de contrôle remplacé${controls > 1 ? "s" : ""} par des espaces`);
  if (layout.headlineReport) warnings.push(layout.headlineReport);
  const headline = layout.headline;
  const standfirstIndex = roles.findIndex((r) => r.kind === "standfirst");
  const standfirst = standfirstIndex >= 0 ? lines[standfirstIndex] : undefined;
  const author = layout.author?.author;
  const signature = roles.findIndex((r) => r.kind === "signature");
  if (signature >= 0 && author && author !== lines[signature]) {
    warnings.push(`signature ${quote(lines[signature])} différente de l'auteur de la ligne « Par » (${author}) : à vérifier`);
  }
  const finalAuthor = author ?? (signature >= 0 ? lines[signature] : undefined);
  if (layout.author?.role) warnings.push(`auteur : ${layout.author.author}, fonction indiquée par la page : ${quote(layout.author.role)}`);

  const bodyLines = textIndexes().map((i) => lines[i]);
  if (!bodyLines.length) return { ok: false, message: "aucun paragraphe d'article trouvé (tout le texte ressemble à du menu, des commentaires ou des métadonnées)" };
  const blocks = bodyLines.map((line, j) => (j > 0 && isIntertitle(line, bodyLines[j + 1]) ? `## ${line}` : line));
  const paragraphs = blocks.filter((b) => !b.startsWith("## "));

  let title = headline;
  let titleSource: FrontMatter["titleSource"] = "source";
  if (!title) {
    title = editorialTitle(paragraphs[0]);
    titleSource = "editorial";
    warnings.push(`pas de titre dans le texte : titre éditorial tiré de la proposition principale de la première phrase, à réécrire : ${quote(title)}`);
  }
  const slug = slugify(title);
  if (!slug) return { ok: false, message: `titre sans lettres ni chiffres, impossible d'en faire un slug : ${quote(title)}` };

  // Captions: the page's own are kept with their credit; a foreign one only when it says when, where or who.
  const captions: string[] = [];
  for (const role of roles) {
    if (role.kind !== "caption") continue;
    const credit = role.credit ? (role.credit.startsWith("(") ? ` ${role.credit}` : ` (${role.credit})`) : "";
    const reasons = captionInformation(role.caption, registry);
    if (role.foreign && !reasons.length) {
      warnings.push(`légende retirée (en langue étrangère), sans date, lieu ni personne : ${quote(role.caption)}`);
      continue;
    }
    captions.push(`${role.caption}${credit}`);
    warnings.push(`légende mise dans captions${role.foreign ? " (en langue étrangère)" : ""}${reasons.length ? `, elle donne ${reasons.join(", ")}` : ""} : ${quote(role.caption)}`);
  }
  const credits = roles.flatMap((r) => (r.kind === "credit" ? [r.credit] : []));
  if (credits.length) warnings.push(`crédits photo retirés du texte : ${credits.join(", ")}`);
  warnings.push(...removedLinesReport(lines, roles));

  const sourceLine = roles.find((r): r is Extract<Role, { kind: "source" }> => r.kind === "source")?.source;
  const bodyText = [standfirst, ...bodyLines].filter(Boolean).join("\n");
  // Entities come from what the captions say, not from whom they credit.
  const captionTexts = roles.flatMap((r) => (r.kind === "caption" && captions.some((c) => c.startsWith(r.caption)) ? [r.caption] : []));
  const fullText = [title, bodyText, ...captionTexts].join("\n");

  const published = resolvePublicationDate({
    datelines: roles.flatMap((r) => (r.kind === "dateline" ? [r.date] : r.kind === "byline" && r.byline.date ? [r.byline.date] : [])),
    source: sourceLine?.date ? { name: sourceLine.name, date: sourceLine.date } : undefined,
    body: bodyText,
    context: roles.flatMap((r, i) => (r.kind === "caption" ? [r.caption] : r.kind === "headline" ? [lines[i]] : [])).join("\n"),
    updateStamps: roles.flatMap((r, i) => (r.kind === "furniture" && r.why === "update-stamp" ? [lines[i]] : [])),
  });
  warnings.push(...published.warnings);

  const entities = detectEntities(fullText, registry);
  const people = findPeople(fullText, registry);
  if (people.length) {
    warnings.push(`personnes citées à vérifier (people laissé vide) : ${people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(" ; ")}`);
  }
  const named = [...(finalAuthor ? [finalAuthor] : []), ...people.map((p) => p.name)];
  const known = articleEntities(fullText, registry, { gazetteer: options.gazetteer, publisher: sourceLine?.name, people: named });
  // An adjective qualifying a proposed firm ("le fonds américain Roha") did name its country.
  const adjectiveOnly = entities.adjectiveOnly.filter((a) => !known.countries.some((c) => c.slug === a.slug));
  if (adjectiveOnly.length) {
    warnings.push(`pays évoqués seulement par un adjectif, non retenus : ${adjectiveOnly.map((a) => `${a.slug} (${a.forms.join(", ")})`).join(" ; ")}`);
  }
  warnings.push(...known.report);
  // Names now recognised ("Shangaï", a place's other spelling; "Datalantic" of "Datalantic SAS") are not unknown.
  const unknown = unknownNames(fullText, registry, named).filter((name) => !known.written.some((w) => w === name || w.startsWith(`${name} `)));
  if (unknown.length) warnings.push(`entités inconnues : ${unknown.join(", ")}`);

  const sourceDate = sourceLine?.date && isoOf(sourceLine.date);
  const summary = standfirst ?? (paragraphs[0].length <= SUMMARY_MAX ? paragraphs[0] : firstSentence(paragraphs[0]));

  const frontMatter: FrontMatter = {
    title,
    titleSource,
    date: published.date,
    datePrecision: published.datePrecision,
    dateInferred: published.dateInferred,
    ...(published.dateNote ? { dateNote: published.dateNote } : {}),
    ...(sourceLine ? { source: { name: sourceLine.name, ...(sourceDate ? { date: sourceDate.value } : {}), inferred: false } } : {}),
    ...(finalAuthor ? { author: finalAuthor } : {}),
    ...(finalAuthor && layout.author?.role ? { authorRole: layout.author.role } : {}),
    summary,
    summarySource: standfirst ? "source" : "editorial",
    companies: known.companies,
    announcedBy: [],
    countries: known.countries,
    places: known.places,
    themes: entities.themes,
    people: [],
    captions,
    raw: rawName,
    // The moment the archive takes the text in; a later correction adds correctedAt.
    archivedAt: new Date().toISOString(),
  };
  return { ok: true, slug, frontMatter, body: blocks.join("\n\n"), warnings, proposals: known.proposals };
}

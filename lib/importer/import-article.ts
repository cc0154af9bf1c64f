import type { EntityRegistry } from "../entities/entity-registry";
import type { FrontMatter } from "../schema/article";
import { slugify } from "../text";
import { captionInformation, hasAgencyCredit, looksForeign, markedCaption, splitAgencyCredit } from "./captions";
import { type ClutterKind, findClutter } from "./clutter";
import { type DateMention, isoOf, parseDateline } from "./dates";
import { detectEntities, unknownNames } from "./entities";
import { editorialTitle, isHeadlineShaped, isIntertitle, isStandfirst, sameText } from "./headline";
import { endsLikeProse, firstSentence, isPersonNameLine } from "./line-shapes";
import { findPeople } from "./people";
import { resolvePublicationDate } from "./publication-date";
import { parseByline, parseCredit, parseSourceLine, type SourceLine } from "./source";

/** Up to this length, the first paragraph is the summary; beyond, its first sentence is. */
export const SUMMARY_MAX = 300;

export type ImportedArticle = {
  slug: string;
  frontMatter: FrontMatter;
  /** Markdown: paragraphs separated by blank lines, intertitles as "## ". */
  body: string;
  /** Messages to the editor, in French: what was guessed, dropped or left to check. */
  warnings: string[];
};

export type ImportResult = ({ ok: true } & ImportedArticle) | { ok: false; message: string };

type Role =
  | { kind: "clutter"; clutter: ClutterKind }
  | { kind: "source"; source: SourceLine }
  | { kind: "credit"; credit: string }
  | { kind: "byline"; author: string }
  | { kind: "dateline"; date: DateMention }
  | { kind: "caption"; caption: string; credit?: string; foreign?: boolean }
  | { kind: "headline" | "repeat" | "standfirst" | "signature" | "text" };

const quote = (text: string) => `« ${text.length > 90 ? `${text.slice(0, 87)}…` : text} »`;

/**
 * Turns the text of a French news page into an article: front matter that the
 * schema accepts, a Markdown body keeping every sentence as written, and the
 * warnings the editor must read. Nothing is invented: what the page does not
 * say is left empty and reported.
 * @param rawName the raw file's base name, kept in `raw`
 */
export function importArticle(text: string, rawName: string, registry: EntityRegistry): ImportResult {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const clutter = findClutter(lines);
  const roles: Role[] = lines.map((line, i) => {
    const kind = clutter.get(i);
    if (kind) return { kind: "clutter", clutter: kind };
    const source = parseSourceLine(line);
    if (source) return { kind: "source", source };
    const credit = parseCredit(line);
    if (credit) return { kind: "credit", credit };
    const author = parseByline(line);
    if (author) return { kind: "byline", author };
    const date = parseDateline(line);
    if (date) return { kind: "dateline", date };
    const caption = markedCaption(line);
    if (caption) return { kind: "caption", caption };
    return { kind: "text" };
  });
  const textIndexes = () => roles.flatMap((r, i) => (r.kind === "text" ? [i] : []));

  // Headline: the first text line, when shaped like one; its repetitions go.
  let headline: string | undefined;
  const firstText = textIndexes()[0];
  if (firstText !== undefined && isHeadlineShaped(lines[firstText]) && textIndexes().length > 1) {
    headline = lines[firstText];
    roles[firstText] = { kind: "headline" };
    for (const i of textIndexes()) if (sameText(lines[i], headline)) roles[i] = { kind: "repeat" };
  }

  // A line with an agency credit right under the headline is the photo's caption.
  if (headline) {
    const next = textIndexes()[0];
    if (next !== undefined && hasAgencyCredit(lines[next]) && (looksForeign(lines[next]) || lines[next].length <= 160)) {
      const { caption, credit } = splitAgencyCredit(lines[next]);
      roles[next] = { kind: "caption", caption, credit, foreign: looksForeign(lines[next]) };
    }
  }

  let standfirst: string | undefined;
  if (headline) {
    const [candidate, after] = textIndexes();
    if (candidate !== undefined && after !== undefined) {
      const between = roles.slice(candidate + 1, after);
      if (isStandfirst(lines[candidate], headline, lines[after], between.some((r) => r.kind === "dateline" || r.kind === "byline"))) {
        standfirst = lines[candidate];
        roles[candidate] = { kind: "standfirst" };
      }
    }
  }

  // A person's name alone on the last text line signs the article.
  let author = roles.find((r): r is Extract<Role, { kind: "byline" }> => r.kind === "byline")?.author;
  const lastText = textIndexes().at(-1);
  const warnings: string[] = [];
  if (lastText !== undefined && textIndexes().length > 1 && isPersonNameLine(lines[lastText])) {
    roles[lastText] = { kind: "signature" };
    if (!author) author = lines[lastText];
    else if (author !== lines[lastText]) warnings.push(`signature ${quote(lines[lastText])} différente de l'auteur de la ligne « Par » (${author}) : à vérifier`);
  }

  const bodyLines = textIndexes().map((i) => lines[i]);
  if (!bodyLines.length) return { ok: false, message: "aucun paragraphe d'article trouvé (tout le texte ressemble à du menu, des commentaires ou des métadonnées)" };
  const blocks = bodyLines.map((line, j) => (j > 0 && isIntertitle(line, bodyLines[j + 1]) ? `## ${line}` : line));
  const paragraphs = blocks.filter((b) => !b.startsWith("## "));
  const lastBlock = bodyLines.at(-1)!;
  if (bodyLines.length > 1 && !endsLikeProse(lastBlock) && lastBlock.length <= 120) {
    warnings.push(`dernière ligne courte sans ponctuation, gardée dans le texte : ${quote(lastBlock)} (reste de page ?)`);
  }

  let title = headline;
  let titleSource: FrontMatter["titleSource"] = "source";
  if (!title) {
    title = editorialTitle(paragraphs[0]);
    titleSource = "editorial";
    warnings.push(`pas de titre dans le texte : titre éditorial tiré de la première phrase, à réécrire : ${quote(title)}`);
  }
  const slug = slugify(title);
  if (!slug) return { ok: false, message: `titre sans lettres ni chiffres, impossible d'en faire un slug : ${quote(title)}` };

  // Captions: kept when they say when, where or who; dropped otherwise, and said so.
  const captions: string[] = [];
  for (const role of roles) {
    if (role.kind !== "caption") continue;
    const reasons = captionInformation(role.caption, registry);
    const foreign = role.foreign ? " (en langue étrangère)" : "";
    if (reasons.length) {
      captions.push(role.caption);
      warnings.push(`légende conservée${foreign}, elle donne ${reasons.join(", ")} : ${quote(role.caption)}`);
    } else {
      warnings.push(`légende retirée${foreign}, sans date, lieu ni personne : ${quote(role.caption)}`);
    }
  }
  const credits = roles.flatMap((r) => (r.kind === "credit" ? [r.credit] : r.kind === "caption" && r.credit ? [r.credit] : []));
  if (credits.length) warnings.push(`crédits photo retirés du texte : ${credits.join(", ")}`);

  const removed = roles.flatMap((r, i) => (r.kind === "clutter" || r.kind === "repeat" ? [lines[i]] : []));
  if (removed.length) warnings.push(`lignes retirées (menus, commentaires, liens, répétitions du titre) : ${removed.map(quote).join(", ")}`);

  const sourceLine = roles.find((r): r is Extract<Role, { kind: "source" }> => r.kind === "source")?.source;
  const bodyText = [standfirst, ...bodyLines].filter(Boolean).join("\n");
  const fullText = [title, bodyText, ...captions].join("\n");

  const published = resolvePublicationDate({
    datelines: roles.flatMap((r) => (r.kind === "dateline" ? [r.date] : [])),
    source: sourceLine?.date ? { name: sourceLine.name, date: sourceLine.date } : undefined,
    body: bodyText,
    context: roles.flatMap((r, i) => (r.kind === "caption" ? [r.caption] : r.kind === "headline" ? [lines[i]] : [])).join("\n"),
    updateStamps: roles.flatMap((r, i) => (r.kind === "clutter" && r.clutter === "update-stamp" ? [lines[i]] : [])),
  });
  warnings.push(...published.warnings);

  const entities = detectEntities(fullText, registry);
  if (entities.adjectiveOnly.length) {
    warnings.push(
      `pays évoqués seulement par un adjectif, non retenus : ${entities.adjectiveOnly.map((a) => `${a.slug} (${a.forms.join(", ")})`).join(" ; ")}`,
    );
  }
  const people = findPeople(fullText, registry);
  if (people.length) {
    warnings.push(`personnes citées à vérifier (people laissé vide) : ${people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(" ; ")}`);
  }
  const unknown = unknownNames(fullText, registry, [...(author ? [author] : []), ...people.map((p) => p.name)]);
  if (unknown.length) warnings.push(`entités inconnues : ${unknown.join(", ")}`);
  if (entities.countries.length) warnings.push(`pays avec le rôle « site » par défaut, à préciser : ${entities.countries.join(", ")}`);

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
    ...(author ? { author } : {}),
    summary,
    summarySource: standfirst ? "source" : "editorial",
    companies: entities.companies,
    announcedBy: [],
    countries: entities.countries.map((slug) => ({ slug, role: "site" as const })),
    places: [],
    themes: entities.themes,
    people: [],
    captions,
    raw: rawName,
    // The moment the archive takes the text in; a later correction adds correctedAt.
    archivedAt: new Date().toISOString(),
  };
  return { ok: true, slug, frontMatter, body: blocks.join("\n\n"), warnings };
}

import fs from "node:fs";
import path from "node:path";
import { type EntityRegistry } from "../model/entity-registry";
import type { RegistryPart } from "../model/schema/entity";
import { entityFieldList, entityFields, frontMatterSchema, type FrontMatter } from "../model/schema/article";
import { slugPattern } from "../text/text";
import { announcementProblems } from "../model/announcements";
import { type Article, reshapeArticle } from "../model/article";
import { ContentError, type ContentProblem, problemsFromZod } from "../model/content-error";
import { maxArticleBytes, readFrontMatter } from "./front-matter";
import { bodyBoundsProblems } from "./markdown-bounds";
import { readLimited } from "./read-limited";
import { entryKind, realDir } from "./read-regular";
import { missingRaw, type RawTexts } from "./raw-texts";

/**
 * Entity slugs in the front matter that the registry does not know, as
 * problems. Read from the front matter as parsed, valid or not, so that a
 * file failing the schema has its unknown entities reported with the rest:
 * a value of another shape is the schema's problem, and skipped here.
 */
function unknownEntities(file: string, data: unknown, registry: EntityRegistry): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fields = (typeof data === "object" && data !== null ? data : {}) as Partial<Record<keyof FrontMatter, unknown>>;
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const check = (field: string, slug: unknown, known: Map<string, unknown>, what: string) => {
    if (typeof slug === "string" && !known.has(slug)) problems.push({ file, field, message: `${what} inconnu(e) du registre (content/entities)`, found: slug });
  };
  const slugOf = (item: unknown) => (item as { slug?: unknown } | null)?.slug;
  for (const field of entityFieldList) {
    const spec: { part: RegistryPart; noun: string; entry?: string; within?: string } = entityFields[field];
    // Its slugs must be in another field, which is checked: an unknown one is told once, there.
    if (spec.within) continue;
    const known = registry[spec.part] as Map<string, unknown>;
    list(fields[field]).forEach((item, i) => (spec.entry ? check(`${field}[${i}].slug`, slugOf(item), known, spec.noun) : check(`${field}[${i}]`, item, known, spec.noun)));
  }
  list(fields.people).forEach((p, i) => check(`people[${i}].company`, (p as { company?: unknown } | null)?.company, registry.companies, "entreprise"));
  return problems;
}

export type ParseResult = { ok: true; article: Article } | { ok: false; problems: ContentProblem[] };

/** An article as its file holds it once split: the front matter parsed (not yet validated) and the Markdown body. */
export type ArticleSource = { file: string; data: unknown; body: string };

/**
 * Validates one parsed article against the schema, the registry, the bounds
 * on its Markdown and, for content read from a directory, the files of its
 * `raw/` (`rawTexts`), and builds its Article: the one judgement of an
 * article, at build, at start and at a publication, whether it came from a
 * file or from memory (lib/synthetic/). Every problem found is reported, not
 * the first only.
 * @param source.file the path shown in messages; its name is the slug
 */
export function validateArticle({ file, data, body }: ArticleSource, registry: EntityRegistry, rawTexts?: RawTexts): ParseResult {
  const problems: ContentProblem[] = [];
  const slug = path.basename(file, ".md");
  if (!slugPattern.test(slug)) {
    problems.push({ file, message: "nom de fichier invalide : le slug doit être en minuscules sans accents, mots séparés par des tirets", found: slug });
  }
  const result = frontMatterSchema.safeParse(data, { reportInput: true });
  if (!result.success) problems.push(...problemsFromZod(file, result.error));
  problems.push(...unknownEntities(file, result.success ? result.data : data, registry));
  // A chapeau that is the page's own (summarySource: source) is the article's text too: an announcement may quote it.
  if (result.success) {
    const ownText = result.data.summarySource === "source" ? `${result.data.summary}

${body}` : body;
    problems.push(...announcementProblems(file, result.data.announcements, ownText, registry));
  }
  if (!body.trim()) problems.push({ file, field: "corps", message: "le texte de l'article est vide" });
  problems.push(...bodyBoundsProblems(file, body));
  // The raw text is named by the front matter, valid or not: its absence is one more problem to fix at once.
  const raw = result.success ? result.data.raw : (data as { raw?: unknown } | null)?.raw;
  const missing = rawTexts && typeof raw === "string" ? missingRaw(file, raw, rawTexts) : undefined;
  if (missing) problems.push(missing);
  if (!result.success || problems.length) return { ok: false, problems };
  return { ok: true, article: reshapeArticle(slug, file, result.data, body, registry) };
}

/**
 * Validates one article file's text and builds its Article.
 * @param file the path shown in messages (relative to the content directory)
 */
export function parseArticle(file: string, text: string, registry: EntityRegistry, rawTexts?: RawTexts): ParseResult {
  const parsed = readFrontMatter(file, text);
  if (!parsed.ok) return parsed;
  return validateArticle({ file, data: parsed.data, body: parsed.body }, registry, rawTexts);
}

/** How an article file is named in messages and in `Article.file`: relative to the content directory. */
export const articleFile = (name: string) => `articles/${name}`;

/**
 * One article file (`articles/<name>`) read within its size limit and split,
 * or why it cannot be: a symlink, a folder, a FIFO or a device named `*.md`
 * is refused by name, never followed, never waited on.
 * @param root the content directory resolved (`realDir`), that the file must be inside
 */
export function readArticleFile(dir: string, name: string, root = realDir(dir)): { ok: true; source: ArticleSource } | { ok: false; problems: ContentProblem[] } {
  const file = articleFile(name);
  const read = readLimited(path.join(dir, "articles", name), file, maxArticleBytes, root);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const parsed = readFrontMatter(file, read.text);
  return parsed.ok ? { ok: true, source: { file, data: parsed.data, body: parsed.body } } : parsed;
}

/**
 * One article of a content directory, read again (a publication) and judged
 * as at start: undefined when its file is gone (a symlink or a FIFO left in
 * its place is there, and refused).
 * @param relative the file's path in the content directory ("articles/x.md")
 */
export function loadArticle(dir: string, relative: string, registry: EntityRegistry, rawTexts: RawTexts, root = realDir(dir)): ParseResult | undefined {
  if (entryKind(path.join(dir, relative)) === "missing") return undefined;
  const read = readArticleFile(dir, path.basename(relative), root);
  return read.ok ? validateArticle(read.source, registry, rawTexts) : read;
}

/** The names of the article files (`articles/*.md`) of a content directory, sorted; throws when it has no `articles/`. */
export function articleFileNames(dir: string): string[] {
  const articlesDir = path.join(dir, "articles");
  if (!fs.existsSync(articlesDir)) {
    throw new ContentError([{ file: articlesDir, message: "dossier des articles introuvable (vérifier CONTENT_DIR)" }]);
  }
  return fs.readdirSync(articlesDir).filter((n) => n.endsWith(".md")).sort();
}

/** Every `articles/*.md` of a content directory, read and split; what cannot be is listed in `refused`. */
export function readArticleFiles(dir: string): { sources: ArticleSource[]; refused: ContentProblem[] } {
  const sources: ArticleSource[] = [];
  const refused: ContentProblem[] = [];
  const root = realDir(dir);
  for (const name of articleFileNames(dir)) {
    const read = readArticleFile(dir, name, root);
    if (read.ok) sources.push(read.source);
    else refused.push(...read.problems);
  }
  return { sources, refused };
}

/**
 * Every article judged against the registry (and `rawTexts`, content read
 * from a directory): the valid ones, and every problem of the others, those
 * of `refused` (files that could not be read) included.
 */
export function judgeArticles(
  sources: readonly ArticleSource[],
  registry: EntityRegistry,
  { rawTexts, refused = [] }: { rawTexts?: RawTexts; refused?: readonly ContentProblem[] } = {},
): { articles: Article[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [...refused];
  const articles: Article[] = [];
  for (const source of sources) {
    const result = validateArticle(source, registry, rawTexts);
    if (result.ok) articles.push(result.article);
    else problems.push(...result.problems);
  }
  return { articles, problems };
}

/** Every article validated, as `judgeArticles`; throws one ContentError listing all problems (the build's guard). */
export function validateArticles(sources: readonly ArticleSource[], registry: EntityRegistry, options: Parameters<typeof judgeArticles>[2] = {}): Article[] {
  const { articles, problems } = judgeArticles(sources, registry, options);
  if (problems.length) throw new ContentError(problems);
  return articles;
}

import fs from "node:fs";
import path from "node:path";
import { type EntityRegistry } from "../entities/entity-registry";
import { frontMatterSchema, type FrontMatter } from "../schema/article";
import { slugPattern } from "../text";
import { announcementProblems } from "./announcements";
import { type Article, reshapeArticle } from "./article";
import { ContentError, type ContentProblem, problemsFromZod } from "./content-error";
import { maxArticleBytes, readFrontMatter } from "./front-matter";
import { readLimited } from "./read-limited";
import { missingRaw } from "./raw-texts";

/** Entity slugs in the front matter that the registry does not know, as problems. */
function unknownEntities(file: string, data: FrontMatter, registry: EntityRegistry): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const check = (field: string, slug: string, known: Map<string, unknown>, what: string) => {
    if (!known.has(slug)) problems.push({ file, field, message: `${what} inconnu(e) du registre (content/entities)`, found: slug });
  };
  data.companies.forEach((s, i) => check(`companies[${i}]`, s, registry.companies, "entreprise"));
  data.countries.forEach((c, i) => check(`countries[${i}].slug`, c.slug, registry.countries, "pays"));
  data.places.forEach((p, i) => check(`places[${i}].slug`, p.slug, registry.places, "lieu"));
  data.themes.forEach((s, i) => check(`themes[${i}]`, s, registry.themes, "thème"));
  data.people.forEach((p, i) => p.company && check(`people[${i}].company`, p.company, registry.companies, "entreprise"));
  return problems;
}

export type ParseResult = { ok: true; article: Article } | { ok: false; problems: ContentProblem[] };

/** An article as its file holds it once split: the front matter parsed (not yet validated) and the Markdown body. */
export type ArticleSource = { file: string; data: unknown; body: string };

/**
 * Validates one parsed article against the schema and the registry, and
 * builds its Article: the same check whether the article came from a file or
 * from memory (lib/synthetic/).
 * @param source.file the path shown in messages; its name is the slug
 */
export function validateArticle({ file, data, body }: ArticleSource, registry: EntityRegistry): ParseResult {
  const slug = path.basename(file, ".md");
  if (!slugPattern.test(slug)) {
    return { ok: false, problems: [{ file, message: "nom de fichier invalide : le slug doit être en minuscules sans accents, mots séparés par des tirets", found: slug }] };
  }
  const result = frontMatterSchema.safeParse(data, { reportInput: true });
  if (!result.success) return { ok: false, problems: problemsFromZod(file, result.error) };
  // A chapeau that is the page's own (summarySource: source) is the article's text too: an announcement may quote it.
  const ownText = result.data.summarySource === "source" ? `${result.data.summary}\n\n${body}` : body;
  const problems = [...unknownEntities(file, result.data, registry), ...announcementProblems(file, result.data.announcements, ownText, registry)];
  if (!body.trim()) problems.push({ file, field: "(corps)", message: "le texte de l'article est vide" });
  if (problems.length) return { ok: false, problems };
  return { ok: true, article: reshapeArticle(slug, file, result.data, body, registry) };
}

/**
 * Validates one article file's text and builds its Article.
 * @param file the path shown in messages (relative to the project)
 */
export function parseArticle(file: string, text: string, registry: EntityRegistry): ParseResult {
  const parsed = readFrontMatter(file, text);
  if (!parsed.ok) return parsed;
  return validateArticle({ file, data: parsed.data, body: parsed.body }, registry);
}

/** One article file read within its size limit and split, or why it cannot be. */
export function readArticleFile(full: string): { ok: true; source: ArticleSource } | { ok: false; problems: ContentProblem[] } {
  const file = path.relative(process.cwd(), full) || full;
  const read = readLimited(full, file, maxArticleBytes);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const parsed = readFrontMatter(file, read.text);
  return parsed.ok ? { ok: true, source: { file, data: parsed.data, body: parsed.body } } : parsed;
}

/**
 * One article of a content directory, read again (a publication): undefined
 * when its file is gone.
 * @param relative the file's path in the content directory ("articles/x.md")
 */
export function loadArticle(dir: string, relative: string, registry: EntityRegistry): ParseResult | undefined {
  const full = path.join(dir, relative);
  if (!fs.existsSync(full)) return undefined;
  const read = readArticleFile(full);
  return read.ok ? validateArticle(read.source, registry) : read;
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
  const articlesDir = path.join(dir, "articles");
  const sources: ArticleSource[] = [];
  const refused: ContentProblem[] = [];
  for (const name of articleFileNames(dir)) {
    const read = readArticleFile(path.join(articlesDir, name));
    if (read.ok) sources.push(read.source);
    else refused.push(...read.problems);
  }
  return { sources, refused };
}

/**
 * Every article validated against the registry, each naming one of
 * `rawTexts` when given (content read from a directory); throws one
 * ContentError listing all problems, those of `refused` included.
 */
export function validateArticles(
  sources: readonly ArticleSource[],
  registry: EntityRegistry,
  { rawTexts, refused = [] }: { rawTexts?: ReadonlySet<string>; refused?: readonly ContentProblem[] } = {},
): Article[] {
  const problems: ContentProblem[] = [...refused];
  const articles: Article[] = [];
  for (const source of sources) {
    const result = validateArticle(source, registry);
    const missing = result.ok && rawTexts ? missingRaw(source.file, result.article.raw, rawTexts) : undefined;
    if (!result.ok) problems.push(...result.problems);
    else if (missing) problems.push(missing);
    else articles.push(result.article);
  }
  if (problems.length) throw new ContentError(problems);
  return articles;
}

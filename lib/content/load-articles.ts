import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { type EntityRegistry } from "../entities/entity-registry";
import { frontMatterSchema, type FrontMatter } from "../schema/article";
import { slugPattern } from "../text";
import { type Article, reshapeArticle } from "./article";
import { ContentError, type ContentProblem, problemsFromZod } from "./content-error";
import { parseYaml } from "./yaml";

// gray-matter's bundled js-yaml 3 would turn "2023-10-11" into a Date in UTC.
const matterOptions = { engines: { yaml: (text: string) => parseYaml(text) as object } };

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

/**
 * Validates one article file's text and builds its Article.
 * @param file the path shown in messages (relative to the project)
 */
export function parseArticle(file: string, text: string, registry: EntityRegistry): ParseResult {
  const slug = path.basename(file, ".md");
  if (!slugPattern.test(slug)) {
    return { ok: false, problems: [{ file, message: "nom de fichier invalide : le slug doit être en minuscules sans accents, mots séparés par des tirets", found: slug }] };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, matterOptions);
  } catch (error) {
    return { ok: false, problems: [{ file, message: `front matter YAML illisible : ${(error as Error).message}` }] };
  }
  if (!text.trimStart().startsWith("---")) {
    return { ok: false, problems: [{ file, message: "front matter absent : le fichier doit commencer par ---" }] };
  }
  const result = frontMatterSchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) return { ok: false, problems: problemsFromZod(file, result.error) };
  const problems = unknownEntities(file, result.data, registry);
  if (!parsed.content.trim()) problems.push({ file, field: "(corps)", message: "le texte de l'article est vide" });
  if (problems.length) return { ok: false, problems };
  return { ok: true, article: reshapeArticle(slug, file, result.data, parsed.content, registry) };
}

/** Reads and validates every `articles/*.md`; throws one ContentError listing all problems. */
export function loadArticles(dir: string, registry: EntityRegistry): Article[] {
  const articlesDir = path.join(dir, "articles");
  if (!fs.existsSync(articlesDir)) {
    throw new ContentError([{ file: articlesDir, message: "dossier des articles introuvable (vérifier CONTENT_DIR)" }]);
  }
  const problems: ContentProblem[] = [];
  const articles: Article[] = [];
  for (const name of fs.readdirSync(articlesDir).filter((n) => n.endsWith(".md")).sort()) {
    const full = path.join(articlesDir, name);
    const result = parseArticle(path.relative(process.cwd(), full) || full, fs.readFileSync(full, "utf8"), registry);
    if (result.ok) articles.push(result.article);
    else problems.push(...result.problems);
  }
  if (problems.length) throw new ContentError(problems);
  return articles;
}

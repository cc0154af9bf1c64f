import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseYaml, stringifyYaml } from "../content/yaml";
import { type Archive, archiveOf } from "../archive";
import { reshapeArticle } from "../content/article";
import { loadRegistry } from "../entities/entity-registry";
import { frontMatterSchema } from "../schema/article";
import { companiesFileSchema, countriesFileSchema, themesFileSchema } from "../schema/entity";
import type { EntityFiles, SyntheticCorpus } from "./generate-corpus";

/** The registry files of a content directory (e.g. content/), validated. */
export function readEntityFiles(contentDir: string): EntityFiles {
  const read = (name: string) => parseYaml(fs.readFileSync(path.join(contentDir, "entities", name), "utf8"));
  return {
    companies: companiesFileSchema.parse(read("companies.yaml")),
    countries: countriesFileSchema.parse(read("countries.yaml")),
    themes: themesFileSchema.parse(read("themes.yaml")),
  };
}

function writeEntities(entities: EntityFiles, dir: string): void {
  const entitiesDir = path.join(dir, "entities");
  fs.mkdirSync(entitiesDir, { recursive: true });
  const header = "# Synthetic registry (npm run generate): the real entities plus invented ones.\n";
  fs.writeFileSync(path.join(entitiesDir, "companies.yaml"), header + stringifyYaml(entities.companies));
  fs.writeFileSync(path.join(entitiesDir, "countries.yaml"), header + stringifyYaml(entities.countries));
  fs.writeFileSync(path.join(entitiesDir, "themes.yaml"), header + stringifyYaml(entities.themes));
}

/** Writes a corpus as a content directory (`entities/*.yaml`, `articles/*.md`) that `buildArchive` loads. */
export function writeCorpus(corpus: SyntheticCorpus, dir: string): void {
  writeEntities(corpus.entities, dir);
  const articlesDir = path.join(dir, "articles");
  fs.mkdirSync(articlesDir, { recursive: true });
  for (const article of corpus.articles) {
    const text = `---\n${stringifyYaml(article.frontMatter)}---\n\n${article.body}\n`;
    fs.writeFileSync(path.join(articlesDir, `${article.slug}.md`), text);
  }
}

/**
 * The corpus as an Archive without writing its articles: each front matter is
 * still validated by the real schema and reshaped as the loader does. Only
 * the registry goes through (temporary) files, to reuse `loadRegistry`.
 */
export function corpusToArchive(corpus: SyntheticCorpus): Archive {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "archives-synthetiques-"));
  try {
    writeEntities(corpus.entities, dir);
    const registry = loadRegistry(dir);
    const articles = corpus.articles.map((a) =>
      reshapeArticle(a.slug, `articles/${a.slug}.md`, frontMatterSchema.parse(a.frontMatter), a.body, registry),
    );
    return archiveOf(dir, registry, articles);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

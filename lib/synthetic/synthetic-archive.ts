import fs from "node:fs";
import path from "node:path";
import { type Archive, assembleArchive } from "../archive/archive";
import { stringifyYaml } from "../content/yaml";
import { registryFiles, registryParts } from "../model/schema/entity";
import type { SyntheticCorpus } from "./generate-corpus";

/** Writes a corpus as a content directory (`entities/*.yaml`, `articles/*.md`, `raw/*.txt`) that `buildArchive` loads. */
export function writeCorpus(corpus: SyntheticCorpus, dir: string): void {
  const entitiesDir = path.join(dir, "entities");
  fs.mkdirSync(entitiesDir, { recursive: true });
  const header = "# Synthetic registry (npm run generate): the real entities plus invented ones.\n";
  for (const part of registryParts) {
    fs.writeFileSync(path.join(entitiesDir, registryFiles[part].name), header + stringifyYaml(corpus.entities[part]));
  }
  const articlesDir = path.join(dir, "articles");
  fs.mkdirSync(articlesDir, { recursive: true });
  const rawDir = path.join(dir, "raw");
  fs.mkdirSync(rawDir, { recursive: true });
  for (const article of corpus.articles) {
    const text = `---\n${stringifyYaml(article.frontMatter)}---\n\n${article.body}\n`;
    fs.writeFileSync(path.join(articlesDir, `${article.slug}.md`), text);
    // The loader requires each article's raw text; a synthetic one is its own text.
    const { title, summary, raw } = article.frontMatter;
    fs.writeFileSync(path.join(rawDir, raw), `${title}\n\n${summary}\n\n${article.body}\n`);
  }
}

/**
 * The corpus as an Archive, without writing a file: its registry and front
 * matter go through the same validation and assembly as a content directory's
 * (`assembleArchive`); only the raw texts, which it has none of, are not checked.
 */
export function corpusToArchive(corpus: SyntheticCorpus): Archive {
  return assembleArchive({
    dir: "(archive synthétique en mémoire)",
    registry: corpus.entities,
    articles: corpus.articles.map((a) => ({ file: `articles/${a.slug}.md`, data: a.frontMatter, body: a.body })),
  });
}

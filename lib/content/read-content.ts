import type { RegistryData } from "../schema/entity";
import type { ContentProblem } from "./content-error";
import { type ArticleSource, readArticleFiles } from "./load-articles";
import { readRegistryFiles } from "./load-registry";
import { listRawTexts, type RawTexts } from "./raw-texts";

/**
 * What an archive version is assembled from (lib/archive.ts): parsed content,
 * read from a content directory here or made in memory (lib/synthetic/).
 */
export type ArchiveContent = {
  dir: string;
  registry: RegistryData;
  articles: ArticleSource[];
  /** The files of `raw/` the articles must name; absent for content that has no files. */
  rawTexts?: RawTexts;
  /** What reading the files already refused, reported with the rest. */
  refused?: ContentProblem[];
};

/** Everything a content directory holds, read and parsed, not yet checked against itself; a registry file refused throws. */
export function readContent(dir: string): ArchiveContent {
  const registry = readRegistryFiles(dir);
  const { sources, refused } = readArticleFiles(dir);
  return { dir, registry, articles: sources, rawTexts: listRawTexts(dir), refused };
}

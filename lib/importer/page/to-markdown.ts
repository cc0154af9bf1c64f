import { stringifyYaml } from "../../content/yaml";
import { type FrontMatter, frontMatterSchema } from "../../model/schema/article";

/**
 * The article file: YAML front matter in the schema's field order, then the body.
 * Every string is double-quoted so that "2023-10-11" or "2015" stays text for
 * any YAML reader, not only for the archive's YAML 1.2 loader.
 */
export function toMarkdown(frontMatter: FrontMatter, body: string): string {
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(frontMatterSchema.shape) as (keyof FrontMatter)[]) {
    if (frontMatter[key] !== undefined) ordered[key] = frontMatter[key];
  }
  const yaml = stringifyYaml(ordered, { quoteStrings: true });
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}

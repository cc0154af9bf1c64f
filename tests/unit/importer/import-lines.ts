import path from "node:path";
import { loadRegistry } from "@/lib/content/load-registry";
import { importArticle } from "@/lib/importer/import-article";

/** The archive's registry, as `npm run import` reads it. */
export const registry = loadRegistry(path.resolve(process.cwd(), "content"));

/**
 * A made-up page of a few lines, imported as `npm run import` does; a refusal
 * fails the test with the importer's message. `text` is what a reader gets
 * (the chapeau, then the body), `report` the import report's warnings.
 */
export function importLines(...lines: string[]) {
  const result = importArticle(lines.join("\n"), "page.txt", registry);
  if (!result.ok) throw new Error(result.message);
  return { ...result, text: [result.frontMatter.summary, result.body].join("\n\n"), report: result.warnings.join("\n") };
}

import matter from "gray-matter";
import type { ContentProblem } from "./content-error";
import { tooLarge } from "./read-limited";
import { parseYaml, yamlError } from "./yaml";

/** Largest article file accepted: the longest real one is under 10 kB. */
export const maxArticleBytes = 1024 * 1024;

export type FrontMatterResult = { ok: true; data: unknown; body: string } | { ok: false; problems: ContentProblem[] };

function refuse(): never {
  throw new Error("seul le YAML est accepté en front matter");
}

/*
 * gray-matter evaluates a front matter opened by `---js` or `---javascript`
 * with eval, and `---coffee` with CoffeeScript: whoever can add a content file
 * would run code at build and start. The first line is checked before
 * gray-matter sees the text, and its other engines are replaced by ones that
 * throw, so that even a missed path evaluates nothing.
 */
const matterOptions = {
  language: "yaml",
  engines: {
    // gray-matter's bundled js-yaml 3 would turn "2023-10-11" into a Date in UTC.
    yaml: (text: string) => parseYaml(text) as object,
    js: refuse,
    javascript: refuse,
    coffee: refuse,
    coffeescript: refuse,
    cson: refuse,
    json: refuse,
    toml: refuse,
  },
};

/**
 * Splits an article file into its YAML front matter (parsed, not yet
 * validated) and its Markdown body. Refuses, before any parsing, a file over
 * `maxArticleBytes` and any first line other than exactly `---`.
 * @param file the path shown in messages
 */
export function readFrontMatter(file: string, text: string): FrontMatterResult {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > maxArticleBytes) return { ok: false, problems: [tooLarge(file, bytes, maxArticleBytes)] };
  const firstLine = /^\uFEFF?([^\r\n]*)/.exec(text)![1];
  if (firstLine !== "---") {
    if (!firstLine.startsWith("---")) {
      return { ok: false, problems: [{ file, message: "front matter absent : le fichier doit commencer par une ligne ---" }] };
    }
    return { ok: false, problems: [{ file, field: "front matter", message: "YAML attendu : la première ligne doit être exactement ---", found: firstLine }] };
  }
  try {
    const parsed = matter(text, matterOptions);
    return { ok: true, data: parsed.data, body: parsed.content };
  } catch (error) {
    return { ok: false, problems: [{ file, message: `front matter YAML illisible : ${yamlError(error)}` }] };
  }
}

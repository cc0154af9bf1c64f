import { dump, load } from "js-yaml";

/*
 * One YAML library for reading and writing content. js-yaml 5 loads with the
 * YAML 1.2 core schema, so "2023-10-11" stays a string (no Date, no time zone),
 * and it parses front matter about five times faster than the `yaml` package,
 * which counts when 10,000 files are read at every build and server start.
 */

/*
 * No content file needs YAML anchors, and a few nested aliases (a "billion
 * laughs") expand into a value that took 40 s and 1.4 GB to fail on, without
 * naming the file: aliases are refused outright.
 */
const loadOptions = { maxAliases: 0, maxDepth: 20 };

/**
 * What a YAML error says, without the excerpt of the text js-yaml adds to its
 * message: an error may be shown over HTTP (/api/publish) and is logged, and a
 * file's content is not to be.
 * @example yamlError(error) // "deficient indentation (ligne 2, colonne 1)"
 */
export function yamlError(error: unknown): string {
  const { reason, mark } = error as { reason?: string; mark?: { line: number; column: number } };
  if (typeof reason !== "string") return error instanceof Error ? error.message.split("\n")[0] : String(error);
  return mark ? `${reason} (ligne ${mark.line + 1}, colonne ${mark.column + 1})` : reason;
}

export function parseYaml(text: string): unknown {
  // js-yaml rejects an empty document; an empty front matter is simply no data.
  return text.trim() ? load(text, loadOptions) : {};
}

/**
 * YAML text for content files: one line per value however long, and every
 * string double-quoted when `quoteStrings` is set, so that "2015" stays text for
 * any YAML reader, not only a YAML 1.2 one.
 */
export function stringifyYaml(value: unknown, { quoteStrings = false } = {}): string {
  // noRefs: the loader refuses YAML aliases, so an object used twice is written out twice.
  return dump(value, { lineWidth: -1, noRefs: true, ...(quoteStrings ? { quoteStyle: "double", forceQuotes: true } : {}) });
}

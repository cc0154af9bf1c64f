import type { z } from "zod";

/** One problem in one content file, worded for the editor who must fix it. */
export type ContentProblem = {
  file: string;
  field?: string;
  message: string;
  found?: unknown;
};

/** A found value is quoted to locate the problem, not reproduced: a whole front matter can be one. */
const shorten = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

/** Characters that would let a name forge a log line or hide part of it. */
const unsafe = /[\u0000-\u001f\u007f-\u009f"\\\u2028\u2029]/;

/**
 * A file name as messages and logs show it: as it is when plain, quoted
 * JSON-style when it holds a line break, a control character or a quote, so
 * that a file named "x.md\nArchives du Cloud : …" cannot write a line of its own.
 * @example quotedName("a.md") // "a.md"
 * @example quotedName("a\nb.md") // "\"a\\nb.md\""
 */
export function quotedName(name: string): string {
  return unsafe.test(name) ? JSON.stringify(name) : name;
}

/** Control characters of a message made visible (`\n`), so that a problem is always one log line. */
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => JSON.stringify(c).slice(1, -1));

export function describeProblem({ file, field, message, found }: ContentProblem): string {
  const where = field ? `${quotedName(file)} › ${oneLine(field)}` : quotedName(file);
  const what = found === undefined ? "" : ` (trouvé : ${shorten(JSON.stringify(found) ?? String(found))})`;
  return `${where} : ${oneLine(message)}${what}`;
}

/** Thrown when the archive cannot be built; its message lists every problem found. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Contenu invalide, ${problems.length} problème${problems.length > 1 ? "s" : ""} :\n` +
        problems.map((p) => `  - ${describeProblem(p)}`).join("\n"),
    );
    this.name = "ContentError";
  }
}

/** Turns "companies.2" style zod paths into "companies[2]". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    "",
  );
}

/** What a problem says it found: the value itself, but only the type of a whole document (a file that is not the expected list or map). */
function foundOf(path: readonly PropertyKey[], input: unknown): unknown {
  if (path.length || input === null || typeof input !== "object" && typeof input !== "string") return input;
  return typeof input === "string" ? `un texte de ${input.length} caractères` : Array.isArray(input) ? "une liste" : "un objet";
}

export function problemsFromZod(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: fieldPath(issue.path) || undefined,
    message: issue.message,
    found: "input" in issue ? foundOf(issue.path, issue.input) : undefined,
  }));
}

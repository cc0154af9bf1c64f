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

export function describeProblem({ file, field, message, found }: ContentProblem): string {
  const where = field ? `${file} › ${field}` : file;
  const what = found === undefined ? "" : ` (trouvé : ${shorten(JSON.stringify(found) ?? String(found))})`;
  return `${where} : ${message}${what}`;
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

export function problemsFromZod(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: fieldPath(issue.path) || undefined,
    message: issue.message,
    found: "input" in issue ? issue.input : undefined,
  }));
}

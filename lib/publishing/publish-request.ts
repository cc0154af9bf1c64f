/** At most this many files per publication; more is a full comparison (send no list). */
const maxFiles = 10_000;

/**
 * The body of POST /api/publish: empty, `{}`, or `{"files": [...]}` with paths
 * relative to the content directory. Anything else is a 400, worded.
 */
export function parsePublishRequest(body: string): { files?: string[] } | { error: string } {
  if (!body.trim()) return {};
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { error: "corps JSON illisible" };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { error: "objet JSON attendu" };
  const files = (data as { files?: unknown }).files;
  if (files === undefined) return {};
  if (!Array.isArray(files) || files.length > maxFiles || !files.every((f) => typeof f === "string")) {
    return { error: `files : liste d'au plus ${maxFiles} chemins attendue` };
  }
  if (files.some((f) => f.startsWith("/") || f.split("/").includes(".."))) return { error: "files : chemins relatifs au dossier du contenu attendus" };
  return { files };
}

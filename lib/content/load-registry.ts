import path from "node:path";
import { buildRegistry, type EntityRegistry } from "../entities/entity-registry";
import { type RegistryData, registryFiles, registryParts } from "../schema/entity";
import { ContentError, type ContentProblem, problemsFromZod } from "./content-error";
import { maxRegistryBytes, readLimited } from "./read-limited";
import { entryKind, realDir } from "./read-regular";
import { parseYaml, yamlError } from "./yaml";

/** One registry file, read within its size limit, parsed as YAML and validated: undefined (and a problem) when it is not. */
function readRegistryFile<P extends keyof RegistryData>(dir: string, part: P, problems: ContentProblem[], root: string): RegistryData[P] | undefined {
  const { name, schema, optional } = registryFiles[part];
  const file = path.join(dir, "entities", name);
  // Named relative to the content directory, as every content file is in messages.
  const label = `entities/${name}`;
  if (entryKind(file) === "missing") {
    if (optional) return [];
    problems.push({ file: label, message: "fichier du registre introuvable" });
    return undefined;
  }
  const read = readLimited(file, label, maxRegistryBytes, root);
  if (!read.ok) {
    problems.push(read.problem);
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(read.text);
  } catch (error) {
    problems.push({ file: label, message: `YAML illisible : ${yamlError(error)}` });
    return undefined;
  }
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    problems.push(...problemsFromZod(label, result.error));
    return undefined;
  }
  return result.data as RegistryData[P];
}

/**
 * The registry files (`entities/*.yaml`) of a content directory, each read and
 * validated alone; throws one ContentError naming every file and entry refused.
 */
export function readRegistryFiles(dir: string): RegistryData {
  // Said first and alone: every registry file would be "missing" otherwise.
  if (entryKind(dir) === "missing") throw new ContentError([{ file: dir, message: "dossier du contenu introuvable (vérifier CONTENT_DIR)" }]);
  const problems: ContentProblem[] = [];
  const root = realDir(dir);
  const parts = registryParts.map((part) => [part, readRegistryFile(dir, part, problems, root)] as const);
  if (parts.some(([, entries]) => !entries)) throw new ContentError(problems);
  return Object.fromEntries(parts) as RegistryData;
}

/** The entity registry of a content directory: its files read, then built (names resolved, references checked). */
export function loadRegistry(dir: string): EntityRegistry {
  return buildRegistry(readRegistryFiles(dir));
}

import fs from "node:fs";
import path from "node:path";
import { buildRegistry, type EntityRegistry } from "../entities/entity-registry";
import { type RegistryData, registryFiles, registryParts } from "../schema/entity";
import { ContentError, type ContentProblem, problemsFromZod } from "./content-error";
import { maxRegistryBytes, readLimited } from "./read-limited";
import { parseYaml } from "./yaml";

/** One registry file, read within its size limit, parsed as YAML and validated: undefined (and a problem) when it is not. */
function readRegistryFile<P extends keyof RegistryData>(dir: string, part: P, problems: ContentProblem[]): RegistryData[P] | undefined {
  const { name, schema, optional } = registryFiles[part];
  const file = path.join(dir, "entities", name);
  const label = path.relative(process.cwd(), file) || file;
  if (!fs.existsSync(file)) {
    if (optional) return [];
    problems.push({ file: label, message: "fichier du registre introuvable" });
    return undefined;
  }
  const read = readLimited(file, label, maxRegistryBytes);
  if (!read.ok) {
    problems.push(read.problem);
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(read.text);
  } catch (error) {
    problems.push({ file: label, message: `YAML illisible : ${(error as Error).message}` });
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
  const problems: ContentProblem[] = [];
  const parts = registryParts.map((part) => [part, readRegistryFile(dir, part, problems)] as const);
  if (parts.some(([, entries]) => !entries)) throw new ContentError(problems);
  return Object.fromEntries(parts) as RegistryData;
}

/** The entity registry of a content directory: its files read, then built (names resolved, references checked). */
export function loadRegistry(dir: string): EntityRegistry {
  return buildRegistry(readRegistryFiles(dir));
}

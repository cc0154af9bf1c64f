/**
 * Importer: turns raw French news pages into validated article files.
 * Usage: npm run import -- <raw.txt> [more.txt…] [--out <dir>] [--force] [--url <page address>] [--source "Publisher"]
 * Writes each article to <CONTENT_DIR>/articles (or --out) and copies its raw
 * text to <CONTENT_DIR>/raw (or <--out>/raw) under the name `raw:` records.
 * Prints each written path on stdout; the import report (warnings) and errors go to stderr.
 * Exit status 1 when any file failed (or was not overwritten), 2 on bad usage.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { contentDir } from "../lib/content/content-dir";
import { describeProblem } from "../lib/model/content-error";
import { parseArticle } from "../lib/content/load-articles";
import { loadRegistry } from "../lib/content/load-registry";
import type { EntityRegistry } from "../lib/model/entity-registry";
import { withProposals } from "../lib/importer/entities/article-entities";
import { type Gazetteer, loadGazetteer } from "../lib/importer/entities/gazetteer";
import { importArticle } from "../lib/importer/import-article";
import { appendCompanies, appendPlaces, appendSites } from "../lib/importer/entities/proposals";
import { stringifyYaml } from "../lib/content/yaml";
import { MAX_RAW_BYTES, readRaw } from "../lib/importer/page/read-raw";
import { entryKind, readRegularFile } from "../lib/content/read-regular";
import { toMarkdown } from "../lib/importer/page/to-markdown";
import { IMPORT_USAGE, type ImportArgs, parseImportArgs } from "./lib/import-args";
import { plural } from "../lib/text/plural";

/** Relative to the project when inside it, absolute otherwise: a path the editor can paste. */
const shown = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") ? relative : path.resolve(file);
};

/** The name `raw:` records and the copy carries: the file's base name, kept to letters, digits, ".", "_" and "-", ending in .txt. */
function rawName(file: string): string {
  const stem = path.basename(file).replace(/\.txt$/i, "").replace(/[^\w.-]+/g, "-").replace(/^[-.]+|-+$/g, "");
  return `${stem || "brut"}.txt`;
}

type Context = { registry: EntityRegistry; gazetteer?: Gazetteer; content: string };

/** Imports one raw file; true when its article was written and its raw text copied. */
function importOne(file: string, options: ImportArgs, context: Context): boolean {
  const { registry } = context;
  const error = (message: string) => {
    console.error(`✗ ${file} : ${message}`);
    return false;
  };
  const raw = readRaw(file);
  if (!raw.ok) return error(`${raw.problem.message} ; rien n'a été écrit.`);
  const name = rawName(file);
  const result = importArticle(raw.text, name, registry, { gazetteer: context.gazetteer, url: options.url, sourceName: options.sourceName });
  if (!result.ok) return error(`${result.message} ; rien n'a été écrit.`);
  for (const warning of result.warnings) console.error(`⚠ ${file} : ${warning}`);

  const target = path.join(options.out, `${result.slug}.md`);
  const rawCopy = path.join(options.rawDir, name);
  // The bytes read once, through the checks of readRaw: the file is not opened again.
  const bytes = Buffer.from(raw.bytes!);
  // The copy already there is read as a content file is: a FIFO or a symlink left in raw/ is refused, never waited on or written through.
  const existing = entryKind(rawCopy);
  if (existing !== "missing" && existing !== "file") return error(`${shown(rawCopy)} n'est pas un fichier ordinaire : rien n'a été écrit.`);
  if (entryKind(target) !== "missing" && entryKind(target) !== "file") return error(`${shown(target)} n'est pas un fichier ordinaire : rien n'a été écrit.`);
  const copied = existing === "file" ? readRegularFile(rawCopy, { limit: MAX_RAW_BYTES }) : undefined;
  const rawDiffers = copied !== undefined && (!copied.ok || !copied.bytes.equals(bytes));
  if (rawDiffers && !options.force) {
    return error(`${shown(rawCopy)} existe déjà avec un autre contenu : rien n'a été écrit (renommer le fichier brut, ou relancer avec --force).`);
  }
  if (fs.existsSync(target) && !options.force) {
    return error(`${shown(target)} existe déjà : fichier laissé tel quel (relancer avec --force pour l'écraser).`);
  }
  // The raw text goes first: the article's `raw:` must name a file that exists when it is checked.
  const createdRaw = !fs.existsSync(rawCopy);
  fs.mkdirSync(options.rawDir, { recursive: true });
  fs.writeFileSync(rawCopy, bytes);
  const markdown = toMarkdown(result.frontMatter, result.body);
  const check = parseArticle(shown(target), markdown, withProposals(registry, result.proposals));
  if (!check.ok) {
    if (createdRaw) fs.rmSync(rawCopy);
    return error(`l'article produit ne passe pas la validation, rien n'a été écrit :\n${check.problems.map((p) => `    - ${describeProblem(p)}`).join("\n")}`);
  }
  fs.mkdirSync(options.out, { recursive: true });
  fs.writeFileSync(target, markdown, "utf8");
  console.log(shown(target));
  console.log(shown(rawCopy));
  const { companies, places, sites } = result.proposals;
  if (companies.length || places.length || sites.length) {
    // Into the archive: the registry gains the entries, marked for review. Elsewhere: a file beside the article.
    // Sites last: they name the firms and places added before them.
    if (path.resolve(options.out) === path.resolve(context.content, "articles")) {
      appendCompanies(path.join(context.content, "entities", "companies.yaml"), companies);
      appendPlaces(path.join(context.content, "entities", "places.yaml"), places);
      appendSites(path.join(context.content, "entities", "sites.yaml"), sites);
      context.registry = loadRegistry(context.content);
      console.error(`⚠ ${file} : registre complété, à relire (review: true) : ${[...companies, ...places, ...sites].map((e) => e.name).join(", ")}`);
    } else {
      const beside = path.join(options.out, `${result.slug}.entities.yaml`);
      fs.writeFileSync(beside, stringifyYaml({ companies, places, sites }), "utf8");
      console.error(`⚠ ${file} : entités proposées écrites dans ${shown(beside)}, à ajouter au registre après relecture`);
    }
  }
  return true;
}

/** The command, given its arguments: its exit status. Exported for the tests, which call it in process. */
export function main(args = process.argv.slice(2)): number {
  const options = parseImportArgs(args, contentDir());
  if (typeof options === "string") {
    console.error(options === IMPORT_USAGE ? IMPORT_USAGE : `${options}\n${IMPORT_USAGE}`);
    return 2;
  }
  let registry: EntityRegistry;
  try {
    registry = loadRegistry(contentDir());
  } catch (error) {
    console.error(`registre des entités illisible :\n${(error as Error).message}`);
    return 2;
  }
  // The gazetteer is a dev dependency: without it, only the registry's places are found.
  let gazetteer: Gazetteer | undefined;
  try {
    gazetteer = loadGazetteer();
  } catch (error) {
    console.error(`gazetteer indisponible (${(error as Error).message}) : seuls les lieux du registre seront reconnus`);
  }
  const context: Context = { registry, gazetteer, content: contentDir() };
  let failed = 0;
  for (const file of options.files) if (!importOne(file, options, context)) failed++;
  if (failed) console.error(`${failed} ${plural(failed, "fichier")} sur ${options.files.length} non ${plural(failed, "importé")}.`);
  return failed ? 1 : 0;
}

// Run as the command only: a test imports `main` without running it.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();

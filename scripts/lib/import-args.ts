import path from "node:path";

/** `npm run import`'s command line, in French as the editor reads it. */
export const IMPORT_USAGE =
  "usage : npm run import -- <brut.txt> [autres.txt…] [--out <dossier>] [--force] [--url <adresse de la page>] [--source \"Nom de l'éditeur\"]";

export type ImportArgs = {
  files: string[];
  out: string;
  rawDir: string;
  force: boolean;
  /** The page's address: the publisher's name and `source.url` come from it (one file only). */
  url?: string;
  /** The publisher's name, given by the editor: it overrides what the page or the address says (one file only). */
  sourceName?: string;
};

/**
 * The import's options, or the message that says what is wrong with them
 * (`IMPORT_USAGE` itself for --help).
 * @param contentDir where the archive is: articles go to its `articles/`, raw texts to its `raw/`
 * @example parseImportArgs(["page.txt", "--url", "https://www.exemple.fr/a"], "content").url // "https://www.exemple.fr/a"
 */
export function parseImportArgs(args: readonly string[], contentDir: string): ImportArgs | string {
  const files: string[] = [];
  let out = path.join(contentDir, "articles");
  let rawDir = path.join(contentDir, "raw");
  let force = false;
  let url: string | undefined;
  let sourceName: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => inline ?? (args[i + 1] !== undefined && !args[i + 1].startsWith("--") ? args[++i] : undefined);
    if (flag === "--force") force = true;
    else if (flag === "--out") {
      const dir = value();
      if (!dir) return "--out attend un dossier";
      out = path.resolve(dir);
      rawDir = path.join(out, "raw");
    } else if (flag === "--url") {
      const address = value();
      if (!address || !isWebAddress(address)) return `--url attend l'adresse http(s) de la page${address ? ` (reçu : ${address})` : ""}`;
      url = address;
    } else if (flag === "--source") {
      const name = value()?.trim();
      if (!name) return "--source attend le nom de l'éditeur";
      sourceName = name;
    } else if (flag === "--help" || flag === "-h") return IMPORT_USAGE;
    else if (flag.startsWith("--")) return `option inconnue : ${arg}`;
    else files.push(arg);
  }
  if (!files.length) return "aucun fichier brut indiqué";
  if ((url || sourceName) && files.length > 1) return "--url et --source valent pour une seule page : importer les fichiers un par un";
  return { files, out, rawDir, force, ...(url ? { url } : {}), ...(sourceName ? { sourceName } : {}) };
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

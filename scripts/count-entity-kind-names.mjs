// Counts the files of lib/, app/ and components/ that name every kind of entity by hand
// (issue #30, item 6): a file names a kind when it writes the kind's id, its registry
// part or its URL segment as a string, an object key (optional or not) or a path
// ("company", companies:, country?:, /entreprises), comments left out: a comment names
// nothing the code switches on, a variable before a ternary's `?` is no key, nor is a
// variable declared with its type (`const companies: Company[] = []`).
// `node scripts/count-entity-kind-names.mjs [--list] [--at <commit>]`
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const kinds = {
  company: ["company", "companies", "entreprises"],
  country: ["country", "countries", "pays"],
  theme: ["theme", "themes"],
};
const named = (text, forms) => {
  const alt = forms.join("|");
  return new RegExp(`["'\`/](${alt})["'\`/[]|(?<!\\b(?:const|let|var)\\s+)\\b(${alt})\\s*\\??\\s*:(?!:)`).test(text);
};
/** The code without its comments (a `//` inside a string or a URL stays). */
const code = (text) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
const git = (...args) => execFileSync("git", args, { encoding: "utf8", maxBuffer: 1 << 28 });
// --at <commit>: the count at a past commit, to compare (the working tree otherwise).
const at = process.argv.includes("--at") ? process.argv[process.argv.indexOf("--at") + 1] : undefined;
const files = (at ? git("ls-tree", "-r", "--name-only", at, "lib", "app", "components") : git("ls-files", "--cached", "--others", "--exclude-standard", "lib", "app", "components"))
  .split("\n")
  .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && (at || fs.existsSync(f)));
const naming = files.filter((f) => {
  const text = code(at ? git("show", `${at}:${f}`) : fs.readFileSync(f, "utf8"));
  return Object.values(kinds).every((forms) => named(text, forms));
});
if (process.argv.includes("--list")) console.log(naming.join("\n"));
console.log(`${naming.length} fichiers nomment à la main chaque sorte de fiche (company, country, theme)`);

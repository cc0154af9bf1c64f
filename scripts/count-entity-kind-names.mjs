// Counts the files of lib/, app/ and components/ that name every kind of entity by hand
// (issue #30, item 6): a file names a kind when it writes the kind's id, its registry
// part or its URL segment as a string, an object key or a path ("company", companies:,
// /entreprises). `node scripts/count-entity-kind-names.mjs [--list]`
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const kinds = {
  company: ["company", "companies", "entreprises"],
  country: ["country", "countries", "pays"],
  theme: ["theme", "themes"],
};
const named = (text, forms) => {
  const alt = forms.join("|");
  return new RegExp(`["'\`/](${alt})["'\`/]|\\b(${alt})\\s*[:?]\\s*[^:]|case "(${alt})"`).test(text);
};
const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "lib", "app", "components"], { encoding: "utf8" })
  .split("\n")
  .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && fs.existsSync(f));
const naming = files.filter((f) => {
  const text = fs.readFileSync(f, "utf8");
  return Object.values(kinds).every((forms) => named(text, forms));
});
if (process.argv.includes("--list")) console.log(naming.join("\n"));
console.log(`${naming.length} files name every kind (company, country, theme) by hand`);

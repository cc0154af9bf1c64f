import { foldText } from "../text/text";

const compact = (text: string) => foldText(text).replace(/[^a-z0-9]/g, "");

/**
 * The aliases worth showing a reader as other names: the registry also keeps
 * forms written only for detection and search, which are left out: a
 * descriptive phrase that starts in lower case ("groupe chinois Alibaba"),
 * or the name itself spelt without its punctuation or accents ("JDcom").
 * @example displayAliases({ name: "Alibaba", aliases: ["Alibaba Group", "groupe chinois Alibaba"] }) // ["Alibaba Group"]
 */
export function displayAliases(entity: { name: string; aliases: readonly string[] }): string[] {
  const name = compact(entity.name);
  const seen = new Set<string>();
  return entity.aliases.filter((alias) => {
    const key = compact(alias);
    if (!key || key === name || seen.has(key) || /^\p{Ll}/u.test(alias)) return false;
    seen.add(key);
    return true;
  });
}

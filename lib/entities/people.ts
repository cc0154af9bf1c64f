import type { Article } from "../model/article";
import { foldText } from "../text/text";
import { mostCited } from "./most-cited";

/** A person as a fact sheet lists them: one line, every role the texts give, each with the articles that say it. */
export type PersonLine = {
  name: string;
  /** In the order the archive first gives them (oldest article first). */
  roles: { role?: string; articles: Article[] }[];
};

/**
 * Merges the people of an entity's articles into one line per person: the
 * same name (whatever its accents or case) is one person, and the same role
 * worded the same way is one role, dated by all its articles.
 * @param people name, role and article of each mention, oldest article first
 * @example mergePeople([{ name: "Jeff Zhang", role: "CTO", article: a2016 }, { name: "Jeff Zhang", role: "président", article: a2020 }])
 * // [{ name: "Jeff Zhang", roles: [{ role: "CTO", articles: [a2016] }, { role: "président", articles: [a2020] }] }]
 */
export function mergePeople(people: readonly { name: string; role?: string; article: Article }[]): PersonLine[] {
  const byName = new Map<string, PersonLine>();
  for (const { name, role, article } of people) {
    const key = foldText(name).replace(/\s+/g, " ").trim();
    let line = byName.get(key);
    if (!line) byName.set(key, (line = { name, roles: [] }));
    const roleKey = role ? foldText(role).replace(/[’']/g, "'").trim() : "";
    let entry = line.roles.find((r) => (r.role ? foldText(r.role).replace(/[’']/g, "'").trim() : "") === roleKey);
    if (!entry) line.roles.push((entry = { role, articles: [] }));
    if (!entry.articles.includes(article)) entry.articles.push(article);
  }
  // A role-less mention adds nothing when the person has a worded role.
  for (const line of byName.values()) {
    if (line.roles.length > 1) line.roles = line.roles.filter((r) => r.role);
  }
  return [...byName.values()];
}

/**
 * The mentions of people in articles, oldest first, for mergePeople: each
 * (person, role, article) once. `keep` drops people of other companies.
 */
export function mentionsOf(chronological: readonly Article[], keep: (person: Article["people"][number]) => boolean = () => true) {
  return chronological.flatMap((article) => article.people.filter(keep).map((p) => ({ name: p.name, role: p.role, article })));
}

/**
 * The people a fact sheet names: the most cited (by the articles that name
 * them, whatever the role), still in the order the archive first gives them,
 * and how many are left out. A country's page at 100,000 articles would
 * otherwise list every executive of every company that built there.
 */
export function mainPeople(lines: readonly PersonLine[]): { shown: PersonLine[]; others: number } {
  const ranked = lines
    .map((line, order) => ({ line, order, cited: new Set(line.roles.flatMap((r) => r.articles)).size }))
    .sort((a, b) => b.cited - a.cited || a.order - b.order);
  const { shown, others } = mostCited(ranked);
  return { shown: shown.sort((a, b) => a.order - b.order).map((r) => r.line), others };
}

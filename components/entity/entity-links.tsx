import type { Article } from "@/lib/articles";
import { describe, kinds } from "@/lib/entities/entity-kinds";
import { entityPath } from "@/lib/routes";
import { EntityChips } from "../ui/entity-chips";

const subjects = kinds.filter((kind) => describe(kind).subject);
/** "Entreprises et pays". */
const label = subjects.map((kind, i) => (i ? describe(kind).labels.many.toLowerCase() : describe(kind).labels.many)).join(" et ");

/** What an article is about (its companies and countries, lib/entities/kinds/) as chips, for lists and cards; each entity once. */
export function EntityLinks({ article }: { article: Article }) {
  const links = subjects.flatMap((kind) => describe(kind).of(article).map((e) => ({ href: entityPath(kind, e.slug), name: e.name })));
  return <EntityChips label={label} links={links} className="mt-3" />;
}

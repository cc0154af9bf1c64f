import type { Article } from "@/lib/articles";
import { entityPath } from "@/lib/routes";
import { byCountry } from "@/lib/entities/labels";
import { EntityChips } from "../ui/entity-chips";

/** The companies and countries of an article as chips, for lists and cards. */
export function EntityLinks({ article, themes = false }: { article: Article; themes?: boolean }) {
  const links = [
    ...article.companies.map((c) => ({ href: entityPath("company", c.slug), name: c.name })),
    ...byCountry(article.countries).map(({ country }) => ({ href: entityPath("country", country.slug), name: country.name })),
    ...(themes ? article.themes.map((t) => ({ href: entityPath("theme", t.slug), name: t.name })) : []),
  ];
  // byCountry makes a country named twice (two roles) one chip.
  return <EntityChips label="Entreprises et pays" links={links} className="mt-3" />;
}

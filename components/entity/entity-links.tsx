import Link from "next/link";
import type { Article } from "@/lib/articles";
import { entityPath } from "@/lib/entities/entity-paths";
import { byCountry } from "@/lib/entities/labels";

/** The companies and countries of an article as links, for lists and cards. */
export function EntityLinks({ article, themes = false }: { article: Article; themes?: boolean }) {
  const groups = [
    { label: "Entreprises", items: article.companies.map((c) => ({ href: entityPath("company", c.slug), name: c.name })) },
    { label: "Pays", items: byCountry(article.countries).map(({ country }) => ({ href: entityPath("country", country.slug), name: country.name })) },
    ...(themes ? [{ label: "Thèmes", items: article.themes.map((t) => ({ href: entityPath("theme", t.slug), name: t.name })) }] : []),
  ].filter((g) => g.items.length);
  return (
    <dl className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm">
      {groups.map((group) => (
        <div key={group.label} className="flex flex-wrap items-baseline gap-x-2">
          <dt className="text-stone-600 dark:text-stone-400">{group.label} :</dt>
          {group.items.map((item, i) => (
            <dd key={item.href}>
              <Link href={item.href} className="text-red-800 hover:underline dark:text-red-300">
                {item.name}
              </Link>
              {i < group.items.length - 1 && <span aria-hidden="true">,</span>}
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}

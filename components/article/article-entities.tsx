import Link from "next/link";
import type { Article } from "@/lib/articles";
import { entityPath } from "@/lib/entities/entity-paths";
import { byCountry, countryRoleLabels } from "@/lib/entities/labels";

const link = "text-red-800 hover:underline dark:text-red-300";

/** One term of the list: its entities as links, each with an optional note; nothing when empty. */
function LinkGroup({ title, links }: { title: string; links: { href: string; name: string; note?: string }[] }) {
  if (!links.length) return null;
  return (
    <div>
      <dt className="font-semibold">{title}</dt>
      <dd>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {links.map(({ href, name, note }) => (
            <li key={href}>
              <Link href={href} className={link}>{name}</Link>
              {note && <span className="text-stone-600 dark:text-stone-400"> ({note})</span>}
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

/** What the article is about: companies, countries (with their part), places, themes and people quoted. */
export function ArticleEntities({ article }: { article: Article }) {
  return (
    <section aria-labelledby="concerne" className="mt-12 border-t border-stone-300 pt-6 dark:border-stone-700">
      <h2 id="concerne" className="font-serif text-lg font-bold">
        Cet article concerne
      </h2>
      <dl className="mt-3 space-y-3 text-sm">
        <LinkGroup title="Entreprises" links={article.companies.map((c) => ({ href: entityPath("company", c.slug), name: c.name }))} />
        <LinkGroup
          title="Pays"
          links={byCountry(article.countries).map(({ country, roles }) => ({
            href: entityPath("country", country.slug),
            name: country.name,
            note: roles.map((r) => countryRoleLabels[r]).join(", "),
          }))}
        />
        {article.places.length > 0 && (
          <div>
            <dt className="font-semibold">Lieux</dt>
            <dd>{article.places.map((p) => (p.role === "planned" ? `${p.place.name} (prévu)` : p.place.name)).join(", ")}</dd>
          </div>
        )}
        <LinkGroup title="Thèmes" links={article.themes.map((t) => ({ href: entityPath("theme", t.slug), name: t.name }))} />
        {article.people.length > 0 && (
          <div>
            <dt className="font-semibold">Personnes citées</dt>
            <dd>
              <ul className="space-y-1">
                {article.people.map((p) => (
                  <li key={p.name}>
                    {p.name}
                    {p.role && <span className="text-stone-600 dark:text-stone-400">, {p.role}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

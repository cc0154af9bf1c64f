import Link from "next/link";
import type { Article } from "@/lib/articles";
import { entityPath } from "@/lib/entities/entity-paths";
import { countryRoleLabels } from "@/lib/entities/labels";

/** What the article is about: companies, countries (with their part), places, themes and people quoted. */
export function ArticleEntities({ article }: { article: Article }) {
  const link = "text-red-800 hover:underline dark:text-red-300";
  return (
    <section aria-labelledby="concerne" className="mt-12 border-t border-stone-300 pt-6 dark:border-stone-700">
      <h2 id="concerne" className="font-serif text-lg font-bold">
        Cet article concerne
      </h2>
      <dl className="mt-3 space-y-3 text-sm">
        {article.companies.length > 0 && (
          <div>
            <dt className="font-semibold">Entreprises</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {article.companies.map((c) => (
                  <li key={c.slug}>
                    <Link href={entityPath("company", c.slug)} className={link}>{c.name}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {article.countries.length > 0 && (
          <div>
            <dt className="font-semibold">Pays</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {article.countries.map(({ country, role }) => (
                  <li key={country.slug}>
                    <Link href={entityPath("country", country.slug)} className={link}>{country.name}</Link>{" "}
                    <span className="text-stone-600 dark:text-stone-400">({countryRoleLabels[role]})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {article.places.length > 0 && (
          <div>
            <dt className="font-semibold">Lieux</dt>
            <dd>{article.places.map((p) => (p.role === "planned" ? `${p.name} (prévu)` : p.name)).join(", ")}</dd>
          </div>
        )}
        {article.themes.length > 0 && (
          <div>
            <dt className="font-semibold">Thèmes</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {article.themes.map((t) => (
                  <li key={t.slug}>
                    <Link href={entityPath("theme", t.slug)} className={link}>{t.name}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
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

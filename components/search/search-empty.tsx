import Link from "next/link";
import { entityRoutes } from "@/lib/entities/entity-paths";
import { type SearchParams, searchUrl } from "@/lib/search/search-params";
import type { EntityHit } from "@/lib/search/search-response";

const indexes = [
  { href: entityRoutes.company, label: "Toutes les entreprises" },
  { href: entityRoutes.country, label: "Tous les pays" },
  { href: entityRoutes.theme, label: "Tous les thèmes" },
];

/** Nothing found (or nothing asked): a normal page with ways to go on. */
export function SearchEmpty({ params, popular }: { params: SearchParams; popular: EntityHit[] }) {
  const filtered = Boolean(params.company || params.country || params.theme || params.year);
  return (
    <section className="space-y-6">
      {params.q || filtered ? (
        <p className="text-lg" role="status">
          {params.q ? <>Aucun résultat pour « {params.q} »</> : <>Aucun résultat</>}
          {filtered && " avec ces filtres"}.
        </p>
      ) : (
        <p className="text-lg">Cherchez une entreprise, un pays ou un sujet : « Huawei », « allemand », « centres de données »…</p>
      )}
      {filtered && (
        <p>
          <Link href={searchUrl({ q: params.q })} className="underline underline-offset-2 hover:text-red-800 dark:hover:text-red-300">
            Retirer les filtres
          </Link>
        </p>
      )}
      <div>
        <h2 className="mb-2 font-serif text-xl font-bold">Parcourir les archives</h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          {indexes.map((index) => (
            <li key={index.href}>
              <Link href={index.href} className="underline underline-offset-2 hover:text-red-800 dark:hover:text-red-300">
                {index.label}
              </Link>
            </li>
          ))}
        </ul>
      </div>
      {popular.length > 0 && (
        <div>
          <h2 className="mb-2 font-serif text-xl font-bold">Les plus présents dans les archives</h2>
          <ul className="flex flex-wrap gap-2">
            {popular.map((hit) => (
              <li key={`${hit.kind}:${hit.slug}`}>
                <Link
                  href={hit.href}
                  className="inline-block rounded-full border border-stone-300 px-3 py-1 text-sm hover:border-red-800 hover:text-red-800 dark:border-stone-700 dark:hover:text-red-300"
                >
                  {hit.name} <span className="text-stone-600 dark:text-stone-400">({hit.articleCount})</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

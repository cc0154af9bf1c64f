import Link from "next/link";
import { searchKinds } from "@/lib/entities/entity-kinds";
import { entityRoutes } from "@/lib/site/routes";
import { type SearchParams, searchUrl } from "@/lib/search/search-params";
import type { EntityHit } from "@/lib/search/search-response";

const indexes = searchKinds.map(({ kind, descriptor }) => ({ href: entityRoutes[kind], label: descriptor.labels.all }));

/** Nothing found (or nothing asked): a normal page with ways to go on. */
export function SearchEmpty({ params, popular }: { params: SearchParams; popular: EntityHit[] }) {
  const filtered = Boolean(searchKinds.some(({ kind }) => params[kind]) || params.year);
  return (
    <section className="space-y-6">
      {params.q || filtered ? (
        <p className="text-lg" role="status">
          {params.q ? <>Aucun résultat pour «{"\u00a0"}{params.q}{"\u00a0"}»</> : <>Aucun résultat</>}
          {filtered && " avec ces filtres"}.
        </p>
      ) : (
        <p className="text-lg">Cherchez une entreprise, un pays ou un sujet{"\u00a0"}: «{"\u00a0"}Huawei{"\u00a0"}», «{"\u00a0"}allemand{"\u00a0"}», «{"\u00a0"}centres de données{"\u00a0"}»…</p>
      )}
      {filtered && (
        <p>
          <Link href={searchUrl({ q: params.q, exact: params.exact })} className="link">
            Retirer les filtres
          </Link>
        </p>
      )}
      <div>
        <h2 className="mb-2 font-serif text-xl font-bold">Parcourir les archives</h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          {indexes.map((index) => (
            <li key={index.href}>
              <Link href={index.href} className="link-nav inline-flex min-h-8 items-center">
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
                  className="chip"
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

import Link from "next/link";
import type { EntityHit } from "@/lib/search/search-response";
import { counted } from "@/lib/text/plural";

/** The card of an entity the query names, above the results. */
function EntityHitCard({ hit }: { hit: EntityHit }) {
  return (
    <article className="rounded border border-stone-300 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
      <p className="text-xs font-semibold tracking-widest text-red-800 uppercase dark:text-red-300">{hit.kindLabel}</p>
      <h2 className="font-serif text-xl font-bold">
        <Link href={hit.href} className="link-headline">
          {hit.name}
        </Link>
      </h2>
      {hit.description && <p className="text-sm text-stone-700 dark:text-stone-300">{hit.description}</p>}
      <p className="mt-1 text-sm">
        <Link href={hit.href} className="link-nav inline-flex min-h-8 items-center">
          {counted(hit.articleCount, "article")}
        </Link>
      </p>
      {hit.parent && (
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
          Filiale de <Link href={hit.parent.href} className="link">{hit.parent.name}</Link>
        </p>
      )}
      {hit.subsidiaries.length > 0 && (
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
          Filiales (leurs articles sont comptés à part){"\u00a0"}:{" "}
          {hit.subsidiaries.map((s, i) => (
            <span key={s.slug}>
              {i > 0 && ", "}
              <Link href={s.href} className="link">
                {s.name}
              </Link>
            </span>
          ))}
        </p>
      )}
    </article>
  );
}

export function EntityHitList({ hits }: { hits: EntityHit[] }) {
  if (!hits.length) return null;
  return (
    <section aria-label="Entreprises, pays et thèmes correspondants" className="grid gap-4">
      {hits.map((hit) => (
        <EntityHitCard key={`${hit.kind}:${hit.slug}`} hit={hit} />
      ))}
    </section>
  );
}

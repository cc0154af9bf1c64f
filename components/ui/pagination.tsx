import Link from "next/link";

type Props = {
  page: number;
  totalPages: number;
  /** URL of a given page; page 1 should be the list's canonical URL. */
  hrefFor: (page: number) => string;
  /** Next's viewport prefetch; off where every page is a render of its own (search results). */
  prefetch?: boolean;
};

/** Previous / next links with the current position; renders nothing for a single page. */
export function Pagination({ page, totalPages, hrefFor, prefetch }: Props) {
  if (totalPages <= 1) return null;
  const linkClass = "rounded border border-stone-300 px-3 py-1.5 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";
  return (
    <nav aria-label="Pagination" className="mt-10 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" prefetch={prefetch} className={linkClass}>
          ← Page précédente
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">
        Page {page} sur {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={hrefFor(page + 1)} rel="next" prefetch={prefetch} className={linkClass}>
          Page suivante →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

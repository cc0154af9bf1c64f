import Link from "next/link";
import { nav } from "@/lib/pages/nav";
import { site } from "@/lib/site/site";
import { SearchBox } from "../search/search-box";
import { routes } from "@/lib/site/routes";

/**
 * Two rows on a phone (about 90 px): the site's name with a link to the
 * search page, then one row of navigation that scrolls sideways. From `md`
 * up the search box sits beside the name. The theme choice is in the footer.
 */
export function SiteHeader() {
  return (
    <header className="border-b print:hidden border-stone-300 bg-white dark:border-stone-800 dark:bg-stone-900">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-2 sm:px-6 md:py-4">
        <div className="min-w-0">
          <Link href="/" className="font-serif text-2xl font-bold tracking-tight hover:text-red-800 md:text-3xl dark:hover:text-red-300">
            {site.name}
          </Link>
          <p className="mt-0.5 hidden text-sm text-stone-600 md:block dark:text-stone-400">{site.tagline}</p>
        </div>
        <Link
          href={routes.search}
          className="inline-flex min-h-11 shrink-0 items-center gap-1.5 rounded border border-stone-400 px-3 text-sm font-semibold hover:border-red-800 hover:text-red-800 md:hidden dark:border-stone-600 dark:hover:border-red-300 dark:hover:text-red-300"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2">
            <circle cx="8.5" cy="8.5" r="5.5" />
            <path d="m13 13 5 5" />
          </svg>
          Rechercher
        </Link>
        <div className="hidden w-80 md:block">
          <SearchBox />
        </div>
      </div>
      <div className="border-t border-stone-200 dark:border-stone-800">
        <nav aria-label="Navigation principale" className="mx-auto max-w-5xl overflow-x-auto px-4 sm:px-6">
          <ul className="flex gap-x-5 text-sm font-medium whitespace-nowrap">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="nav-item min-h-10">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}

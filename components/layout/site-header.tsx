import Link from "next/link";
import { nav, site } from "@/lib/site";
import { SearchBox } from "../search/search-box";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader() {
  return (
    <header className="border-b print:hidden border-stone-300 bg-white dark:border-stone-800 dark:bg-stone-900">
      <div className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-5 sm:px-6 md:flex-row md:items-end md:justify-between">
        <div>
          <Link href="/" className="font-serif text-3xl font-bold tracking-tight hover:text-red-800 dark:hover:text-red-300">
            {site.name}
          </Link>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{site.tagline}</p>
        </div>
        <div className="w-full md:w-80">
          <SearchBox />
        </div>
      </div>
      <div className="border-t border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 px-4 sm:px-6">
        <nav aria-label="Navigation principale">
          <ul className="flex flex-wrap gap-x-6 gap-y-1 py-2 text-sm font-medium">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-block py-1 hover:text-red-800 hover:underline dark:hover:text-red-300">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <ThemeToggle />
      </div>
      </div>
    </header>
  );
}

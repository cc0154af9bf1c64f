import Link from "next/link";
import { nav, site } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t print:hidden border-stone-300 bg-white text-sm text-stone-600 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-400">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 sm:grid-cols-2 sm:px-6">
        <div>
          <p className="font-serif text-lg font-bold text-stone-900 dark:text-stone-100">{site.name}</p>
          <p className="mt-2 max-w-prose">
            Les articles sont repris de leurs sources d&apos;origine ; chaque page indique le texte brut dont elle provient et ce que la
            rédaction a déduit (titre, date, source).
          </p>
        </div>
        <nav aria-label="Pied de page">
          <ul className="grid grid-cols-2 gap-2">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/recherche" className="hover:underline">
                Recherche
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

import Link from "next/link";
import { nav } from "@/lib/pages/nav";
import { site } from "@/lib/site/site";
import { ThemeToggle } from "./theme-toggle";
import { routes } from "@/lib/site/routes";

export function SiteFooter() {
  return (
    <footer className="below-fold mt-16 border-t print:hidden border-stone-300 bg-white text-sm text-stone-700 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-300">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 sm:grid-cols-2 sm:px-6">
        <div>
          <p className="font-serif text-lg font-bold text-stone-900 dark:text-stone-100">{site.name}</p>
          <p className="mt-2 max-w-prose">
            Les articles sont repris de leurs sources d’origine{"\u202f"}; chaque page indique le texte brut dont elle provient et ce que la
            rédaction a déduit (titre, date, source).
          </p>
          {/* GeoNames (CC BY 4.0) and the divisions' database (ODbL) ask for their credit wherever their coordinates are shown: the maps. */}
          <p className="mt-2 max-w-prose">
            Cartes{"\u202f"}: fonds Natural Earth (domaine public)
            {"\u202f"}; positions des villes GeoNames (CC BY 4.0) et des régions countries-states-cities (ODbL), approximatives.
          </p>
          <div className="mt-3">
            <ThemeToggle />
          </div>
        </div>
        <nav aria-label="Pied de page">
          <ul className="grid grid-cols-2 gap-x-4">
            {[...nav, { href: routes.search, label: "Recherche" }, { href: routes.siteFeed, label: "Suivre (RSS)" }].map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="nav-item min-h-8">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}

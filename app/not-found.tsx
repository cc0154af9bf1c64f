import Link from "next/link";
import { SearchForm } from "@/components/search/search-form";
import { nav } from "@/lib/pages/nav";

export const metadata = { title: "Page introuvable" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl py-8">
      <p className="text-sm font-semibold tracking-widest text-red-800 uppercase dark:text-red-300">Erreur 404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Cette page n’existe pas</h1>
      <p className="mt-4 text-lg text-stone-700 dark:text-stone-300">
        L’adresse est peut-être mal saisie, ou l’article a changé d’adresse. Vous pouvez chercher dans l’archive ou
        repartir d’une de ses rubriques.
      </p>
      <div className="mt-6 max-w-md">
        <SearchForm id="recherche-404" landmarkLabel="Chercher la page dans les archives" />
      </div>
      <ul className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/" className="link-nav inline-flex min-h-8 items-center">Accueil</Link>
        </li>
        {nav.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="link-nav inline-flex min-h-8 items-center">{item.label}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

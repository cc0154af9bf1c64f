import type { InputHTMLAttributes } from "react";
import { routes } from "@/lib/routes";

type Props = {
  defaultValue?: string;
  id?: string;
  /** Name of the search landmark: each search form on a page needs its own (the header has one). */
  landmarkLabel: string;
  /** Extra input attributes: the header box makes the input a controlled combobox. */
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
};

const searchInputClass =
  "w-full min-w-0 rounded-l border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 placeholder:text-stone-500 focus:border-red-800 focus:outline-2 focus:outline-offset-1 focus:outline-red-800 dark:border-stone-600 dark:bg-stone-950 dark:text-stone-100 dark:placeholder:text-stone-400 dark:focus:outline-red-300";
const searchButtonClass =
  "shrink-0 rounded-r border border-l-0 border-stone-400 bg-stone-900 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 dark:border-stone-600 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-red-300";

/**
 * The search as a plain GET form to /recherche: works with no JavaScript at
 * all, and can render on the server anywhere.
 */
export function SearchForm({ defaultValue = "", id = "recherche", landmarkLabel, inputProps }: Props) {
  return (
    <form action={routes.search} method="get" role="search" aria-label={landmarkLabel}>
      <label htmlFor={id} className="sr-only">
        Rechercher dans les archives
      </label>
      <div className="flex">
        <input
          id={id}
          name="q"
          type="search"
          {...(inputProps?.value === undefined ? { defaultValue } : {})}
          maxLength={500}
          placeholder="Entreprise, pays, sujet…"
          autoComplete="off"
          className={searchInputClass}
          {...inputProps}
        />
        <button type="submit" className={searchButtonClass}>
          Rechercher
        </button>
      </div>
    </form>
  );
}

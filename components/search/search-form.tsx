import type { InputHTMLAttributes } from "react";
import { routes } from "@/lib/site/routes";

type Props = {
  defaultValue?: string;
  id?: string;
  /** Name of the search landmark: each search form on a page needs its own (the header has one). */
  landmarkLabel: string;
  /** Extra input attributes: the header box makes the input a controlled combobox. */
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
};


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
          className="search-input"
          {...inputProps}
        />
        <button type="submit" className="search-button">
          Rechercher
        </button>
      </div>
    </form>
  );
}

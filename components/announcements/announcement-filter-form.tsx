import Link from "next/link";
import { filterParams } from "@/lib/announcements/announcement-filters";
import type { AnnouncementsPage } from "@/lib/announcements/announcements-page";
import { routes } from "@/lib/routes";

type Field = { name: string; label: string; any: string; value?: string; options: { value: string; label: string; count: number }[] };

/** /annonces's filters as a GET form: it works without JavaScript, and every filtered view has its address. */
export function AnnouncementFilterForm({ page }: { page: AnnouncementsPage }) {
  const { filters, options } = page;
  const fields: Field[] = [
    { name: filterParams.company, label: "Entreprise", any: "Toutes", value: filters.company, options: options.companies },
    { name: filterParams.country, label: "Pays", any: "Tous", value: filters.country, options: options.countries },
    { name: filterParams.kind, label: "Type", any: "Tous", value: filters.kind, options: options.kinds },
    { name: filterParams.status, label: "État", any: "Tous", value: filters.status, options: options.statuses },
    { name: filterParams.year, label: "Année", any: "Toutes", value: filters.year?.toString(), options: options.years },
  ];
  return (
    <form method="get" action={routes.announcements} className="mb-6 flex flex-wrap items-end gap-3 rounded border border-stone-300 p-4 dark:border-stone-700" aria-label="Filtrer les annonces">
      {fields.map((field) => (
        <div key={field.name} className="flex flex-col text-sm">
          <label htmlFor={`filtre-${field.name}`} className="font-semibold">
            {field.label}
          </label>
          <select
            id={`filtre-${field.name}`}
            name={field.name}
            defaultValue={field.value ?? ""}
            className="mt-1 min-h-10 rounded border border-stone-400 bg-white px-2 dark:border-stone-600 dark:bg-stone-900"
          >
            <option value="">{field.any}</option>
            {field.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label} ({o.count})
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className="min-h-10 rounded bg-red-800 px-4 text-sm font-semibold text-white hover:bg-red-900 dark:bg-red-300 dark:text-stone-950">
        Filtrer
      </button>
      <Link href={routes.announcements} className="link-nav inline-flex min-h-10 items-center text-sm">
        Tout afficher
      </Link>
    </form>
  );
}

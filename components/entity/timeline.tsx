import Link from "next/link";
import { ArchiveDateText } from "@/components/ui/archive-date";
import { groupByYear } from "@/lib/dates";
import type { TimelineEntry } from "@/lib/entities/entity-pages";
import { articlePath, entityPath } from "@/lib/entities/entity-paths";
import { byCountry, countryRoleLabels } from "@/lib/entities/labels";

type Props = {
  entries: TimelineEntry[];
  /** The page's own entity, left out of each entry's "with" list. */
  self: { kind: "company" | "country" | "theme"; slug: string };
};

/** An entity's articles in chronological order, as ordered lists under a heading per year. */
export function Timeline({ entries, self }: Props) {
  return (
    <div className="space-y-8">
      {groupByYear(entries, (e) => e.article.date).map(({ year, items }) => (
        <section key={year ?? "inconnue"} aria-labelledby={`frise-${year ?? "inconnue"}`}>
          <h3 id={`frise-${year ?? "inconnue"}`} className="font-serif text-2xl font-bold">
            {year ?? "Date inconnue"}
          </h3>
          <ol className="mt-3 space-y-6 border-l-2 border-stone-300 pl-5 dark:border-stone-700">
            {items.map(({ article, via, roles }) => {
              const others = [
                ...article.companies.filter((c) => !(self.kind === "company" && c.slug === self.slug)).map((c) => ({ href: entityPath("company", c.slug), name: c.name })),
                ...byCountry(article.countries).filter(({ country }) => !(self.kind === "country" && country.slug === self.slug)).map(({ country }) => ({ href: entityPath("country", country.slug), name: country.name })),
              ];
              return (
                <li key={article.slug} className="relative">
                  <span aria-hidden="true" className="absolute top-2 -left-[1.72rem] h-3 w-3 rounded-full border-2 border-stone-50 bg-red-800 dark:border-stone-950 dark:bg-red-300" />
                  <p className="text-sm text-stone-600 dark:text-stone-400">
                    <ArchiveDateText date={article.date} />
                    {via && <span className="ml-2 rounded bg-stone-200 px-1.5 py-0.5 text-xs text-stone-800 dark:bg-stone-800 dark:text-stone-200">via la filiale {via.name}</span>}
                    {roles?.map((role) => (
                      <span key={role} className="ml-2 rounded bg-stone-200 px-1.5 py-0.5 text-xs text-stone-800 dark:bg-stone-800 dark:text-stone-200">
                        {countryRoleLabels[role]}
                      </span>
                    ))}
                  </p>
                  <h4 className="mt-1 font-serif text-lg leading-snug font-semibold">
                    <Link href={articlePath(article.slug)} className="hover:text-red-800 hover:underline dark:hover:text-red-300">
                      {article.title}
                    </Link>
                  </h4>
                  <p className="mt-1 max-w-prose text-stone-700 dark:text-stone-300">{article.summary}</p>
                  {others.length > 0 && (
                    <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                      Avec :{" "}
                      {others.map((o, i) => (
                        <span key={o.href}>
                          <Link href={o.href} className="text-red-800 hover:underline dark:text-red-300">{o.name}</Link>
                          {i < others.length - 1 && ", "}
                        </span>
                      ))}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}

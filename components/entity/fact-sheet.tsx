import Link from "next/link";
import { ArchiveDateText } from "@/components/ui/archive-date";
import type { FactSheet as Facts } from "@/lib/entities/entity-pages";
import { articlePath, entityPath } from "@/lib/entities/entity-paths";
import type { ReactNode } from "react";

type Props = { facts: Facts; extra?: { label: string; value: ReactNode }[]; showPlaces?: boolean };

const link = "text-red-800 hover:underline dark:text-red-300";

/** What the archive alone says about an entity: counts, dates, partners, places, people. */
export function FactSheet({ facts, extra = [], showPlaces = true }: Props) {
  const rows: { label: string; value: ReactNode }[] = [
    { label: "Articles", value: facts.articleCount },
    ...extra,
  ];
  if (facts.dates) {
    rows.push({
      label: "Période couverte",
      value: (
        <>
          du <ArchiveDateText date={facts.dates.first.date} /> au <ArchiveDateText date={facts.dates.last.date} />
        </>
      ),
    });
  }
  if (facts.countries.length) {
    rows.push({
      label: "Pays concernés",
      value: facts.countries.map(({ value, count }, i) => (
        <span key={value.slug}>
          <Link href={entityPath("country", value.slug)} className={link}>{value.name}</Link> ({count}){i < facts.countries.length - 1 && ", "}
        </span>
      )),
    });
  }
  if (facts.companies.length) {
    rows.push({
      label: "Entreprises associées",
      value: facts.companies.map(({ value, count }, i) => (
        <span key={value.slug}>
          <Link href={entityPath("company", value.slug)} className={link}>{value.name}</Link> ({count}){i < facts.companies.length - 1 && ", "}
        </span>
      )),
    });
  }
  if (showPlaces && facts.places.length) {
    rows.push({ label: "Villes et lieux", value: facts.places.map((p) => (p.count > 1 ? `${p.name} (${p.count})` : p.name)).join(", ") });
  }
  return (
    <section aria-labelledby="fiche" className="mb-10 rounded border border-stone-300 bg-white p-5 dark:border-stone-700 dark:bg-stone-900">
      <h2 id="fiche" className="font-serif text-lg font-bold">
        Fiche, d&apos;après l&apos;archive
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-semibold">{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      {facts.people.length > 0 && (
        <>
          <h3 className="mt-4 text-sm font-semibold">Personnes citées</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {facts.people.map((p) => (
              <li key={`${p.name}-${p.role}`}>
                {p.name}
                {p.role && <span className="text-stone-600 dark:text-stone-400">, {p.role}</span>}{" "}
                (<Link href={articlePath(p.article.slug)} className={link}><ArchiveDateText date={p.article.date} /></Link>)
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

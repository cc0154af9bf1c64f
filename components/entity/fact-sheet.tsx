import Link from "next/link";
import type { ReactNode } from "react";
import type { FactSheet as Facts } from "@/lib/entities/entity-pages";
import { articlePath, entityPath } from "@/lib/routes";
import { mainPeople, type PersonLine } from "@/lib/entities/people";
import { formatPeriod } from "@/lib/entities/period";
import { mostCited } from "@/lib/entities/most-cited";
import { EntityChips } from "../ui/entity-chips";

type Props = {
  facts: Facts;
  extra?: { label: string; value: ReactNode }[];
  showPlaces?: boolean;
  /** The countries and companies cited beside the entity. */
  showCoCited?: boolean;
  /** One line per person; none on a theme's page. */
  people?: PersonLine[];
  /** The page's RSS feed. */
  feedHref: string;
};

/** A role's articles named by year, the oldest first: a handful, then a count. */
const roleArticlesMax = 6;

function PersonItem({ person }: { person: PersonLine }) {
  return (
    <li>
      <span className="font-semibold">{person.name}</span>
      {person.roles.length > 0 && " — "}
      {person.roles.map((r, i) => {
        const dated = mostCited(r.articles, roleArticlesMax);
        return (
          <span key={r.role ?? i}>
            {i > 0 && ", "}
            {r.role && <span className="text-stone-700 dark:text-stone-300">{r.role} </span>}(
            {dated.shown.map((a, j) => (
              <span key={a.slug}>
                {j > 0 && ", "}
                <Link href={articlePath(a.slug)} className="link" title={a.title}>
                  {a.date.year ?? "date inconnue"}
                </Link>
              </span>
            ))}
            {dated.others > 0 && ` et ${dated.others}\u00a0autres`})
          </span>
        );
      })}
    </li>
  );
}

/** The most cited come first; the rest is counted, not listed. */
function Others({ count, one, many }: { count: number; one: string; many: string }) {
  if (!count) return null;
  return (
    <p className="muted mt-1">
      et {count}
      {"\u00a0"}
      {count > 1 ? many : one}
    </p>
  );
}

/** What the archive alone says about an entity: counts, period, partners, places, people, and a way to follow it. */
export function FactSheet({ facts, extra = [], showPlaces = true, showCoCited = true, people = [], feedHref }: Props) {
  const rows: { label: string; value: ReactNode }[] = [{ label: "Articles", value: facts.articleCount }, ...extra];
  if (facts.dates) rows.push({ label: "Période couverte", value: formatPeriod(facts.dates.first.date, facts.dates.last.date) });
  const chips = (label: string, kind: "country" | "company", list: Facts["countries"] | Facts["companies"], others: { one: string; many: string }) => {
    const cited = mostCited<(typeof list)[number]>(list);
    if (!cited.shown.length) return;
    rows.push({
      label,
      value: (
        <>
          <EntityChips label={label} links={cited.shown.map(({ value, count }) => ({ href: entityPath(kind, value.slug), name: value.name, note: String(count) }))} />
          <Others count={cited.others} {...others} />
        </>
      ),
    });
  };
  if (showCoCited) {
    chips("Pays concernés", "country", facts.countries, { one: "autre pays, cité moins souvent", many: "autres pays, cités moins souvent" });
    chips("Entreprises associées", "company", facts.companies, { one: "autre entreprise, citée moins souvent", many: "autres entreprises, citées moins souvent" });
  }
  const places = mostCited(facts.places);
  if (showPlaces && places.shown.length) {
    rows.push({
      label: "Villes et lieux",
      value: (
        <>
          {places.shown.map((p) => (p.count > 1 ? `${p.name} (${p.count})` : p.name)).join(", ")}
          <Others count={places.others} one="autre lieu, cité moins souvent" many="autres lieux, cités moins souvent" />
        </>
      ),
    });
  }
  const named = mainPeople(people);
  return (
    <section aria-labelledby="fiche" className="mb-10 rounded border border-stone-300 bg-white p-5 dark:border-stone-700 dark:bg-stone-900">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="fiche" className="font-serif text-lg font-bold">
          Fiche, d’après l’archive
        </h2>
        <a href={feedHref} className="link-nav inline-flex min-h-8 items-center text-sm">
          Suivre (RSS)
        </a>
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-semibold">{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      {named.shown.length > 0 && (
        <>
          <h3 className="mt-4 text-sm font-semibold">Personnes citées</h3>
          <ul aria-label="Personnes citées" className="mt-1 space-y-1 text-sm">
            {named.shown.map((p) => (
              <PersonItem key={p.name} person={p} />
            ))}
          </ul>
          <Others count={named.others} one="autre personne, citée moins souvent" many="autres personnes, citées moins souvent" />
        </>
      )}
    </section>
  );
}

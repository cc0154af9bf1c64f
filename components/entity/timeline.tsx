import Link from "next/link";
import { groupByYear } from "@/lib/dates";
import type { TimelineEntry } from "@/lib/entities/entity-pages";
import { articlePath, entityPath } from "@/lib/routes";
import { countryRoleLabels } from "@/lib/entities/labels";
import { describe, kinds } from "@/lib/entities/entity-kinds";
import { frenchTypography } from "@/lib/french-typography";
import type { EntityKind } from "@/lib/schema/entity";
import { EntityChips } from "../ui/entity-chips";
import { DateCell } from "../ui/date-cell";

type Props = {
  entries: TimelineEntry[];
  /** The page's own entity, left out of each entry's "with" list. */
  self: { kind: EntityKind; slug: string };
  /** Headlines only: no standfirst, no entities. */
  compact?: boolean;
};

/** What each entry is about, beside the page's own entity (lib/entities/kinds/). */
const subjects = kinds.filter((kind) => describe(kind).subject);

const tag = "ml-1 inline-block rounded bg-stone-200 px-1.5 py-0.5 text-xs text-stone-800 dark:bg-stone-800 dark:text-stone-200";

/** An entity's articles under a heading per year, each a row with its date in a column on the left. */
export function Timeline({ entries, self, compact = false }: Props) {
  return (
    <div className="space-y-8">
      {groupByYear(entries, (e) => e.article.date).map(({ year, items }) => (
        <section key={year ?? "inconnue"} aria-labelledby={`frise-${year ?? "inconnue"}`}>
          <h3 id={`frise-${year ?? "inconnue"}`} className="font-serif text-2xl font-bold">
            {year ?? "Date inconnue"}
          </h3>
          <ol className={`mt-3 ${compact ? "space-y-2" : "space-y-6"}`}>
            {items.map(({ article, via, roles }) => {
              const others = subjects.flatMap((kind) =>
                describe(kind)
                  .of(article)
                  .filter((e) => !(self.kind === kind && e.slug === self.slug))
                  .map((e) => ({ href: entityPath(kind, e.slug), name: e.name })),
              );
              return (
                <li key={article.slug} className="grid grid-cols-[5.25rem_minmax(0,1fr)] gap-x-3 sm:gap-x-4 border-l-2 border-stone-300 pl-3 sm:grid-cols-[9rem_minmax(0,1fr)] dark:border-stone-700">
                  <DateCell date={article.date} />
                  <div>
                    <h4 className={`font-serif leading-snug font-semibold ${compact ? "text-base" : "text-lg"}`}>
                      <Link href={articlePath(article.slug)} className="link-headline">
                        {frenchTypography(article.title)}
                      </Link>
                    </h4>
                    {(via || roles?.length) && (
                      <p className="mt-0.5 -ml-1">
                        {via && <span className={tag}>via la filiale {via.name}</span>}
                        {roles?.map((role) => (
                          <span key={role} className={tag}>
                            {countryRoleLabels[role]}
                          </span>
                        ))}
                      </p>
                    )}
                    {!compact && (
                      <>
                        <p className="mt-1 max-w-prose text-stone-700 dark:text-stone-300">{frenchTypography(article.summary)}</p>
                        <EntityChips label="Avec" links={others} className="mt-2" />
                      </>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}

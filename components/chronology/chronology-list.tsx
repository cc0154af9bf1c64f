import Link from "next/link";
import { DateCell } from "@/components/ui/date-cell";
import { frenchTypography } from "@/lib/french-typography";
import type { ChronologyPage } from "@/lib/chronology";
import { monthName } from "@/lib/dates";
import { articlePath, entityPath } from "@/lib/routes";
import { byCountry } from "@/lib/entities/labels";
import { StatusBadge } from "@/components/announcements/status-badge";
import type { AnnouncementRow } from "@/lib/announcements/announcement-rows";
import { formatAmount, formatMw, placeText } from "@/lib/announcements/format";
import { announcementKindLabels } from "@/lib/announcements/labels";

const link = "link";

/**
 * An article's events, one line each: who does what, where, in what state
 * (one article announcing five regions is five events).
 */
function EventList({ rows }: { rows: AnnouncementRow[] }) {
  return (
    <ul aria-label="Annonces de l’article" className="mt-1 space-y-0.5 text-sm text-stone-700 dark:text-stone-300">
      {rows.map((row) => {
        const { announcement: a } = row;
        const where = placeText(row);
        return (
          <li key={row.id}>
            {a.by.length > 0 && <>{a.by.map((c) => c.name).join(" et ")} — </>}
            {announcementKindLabels[a.kind]}
            {a.site && (
              <>
                {" "}
                <Link href={entityPath("site", a.site.slug)} className={link}>
                  {a.site.name}
                </Link>
              </>
            )}
            {where && <>, {where}</>}
            {a.mw !== undefined && <>, {formatMw(a.mw)}</>}
            {a.amount && <>, {formatAmount(a.amount)}</>} · <StatusBadge status={a.status} />
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The archive's announcements as nested ordered lists: year, then month, then
 * entries, each with its date in a column on the left. `compact`: headlines
 * only, without who announced and where.
 */
export function ChronologyList({ groups, events, compact = false }: { groups: ChronologyPage["groups"]; events: ChronologyPage["events"]; compact?: boolean }) {
  return (
    <ol className="space-y-10">
      {groups.map(({ year, months, count }) => (
        <li key={year ?? "inconnue"} aria-labelledby={`chrono-${year ?? "inconnue"}`}>
          <h2 id={`chrono-${year ?? "inconnue"}`} className="section-heading">
            {year ?? "Date inconnue"} <span className="text-base font-normal text-stone-600 dark:text-stone-400">({count})</span>
          </h2>
          <ol className="mt-4 space-y-6">
            {months.map(({ month, items }) => (
              <li key={month ?? "annee"}>
                <h3 className="text-sm font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">
                  {month ? monthName(month) : "Mois non établi"}
                </h3>
                <ol className={`mt-2 ${compact ? "space-y-2" : "space-y-4"}`}>
                  {items.map((article) => {
                    const announcers = compact ? [] : article.announcedBy.length ? article.announcedBy : article.companies.slice(0, 1);
                    return (
                      <li key={article.slug} className="grid grid-cols-[5.25rem_minmax(0,1fr)] gap-x-3 sm:gap-x-4 border-l-2 border-stone-300 pl-3 sm:grid-cols-[9rem_minmax(0,1fr)] dark:border-stone-700">
                        <DateCell date={article.date} />
                        <div>
                        <p>
                          {announcers.map((c, i) => (
                            <span key={c.slug}>
                              <Link href={entityPath("company", c.slug)} className={`font-semibold ${link}`}>{c.name}</Link>
                              {i < announcers.length - 1 && " et "}
                            </span>
                          ))}
                          {announcers.length > 0 && " — "}
                          <Link href={articlePath(article.slug)} className="link-headline font-serif">
                            {frenchTypography(article.title)}
                          </Link>
                        </p>
                        {!compact && events.has(article.slug) && <EventList rows={events.get(article.slug)!} />}
                        {!compact && !events.has(article.slug) && (article.places.length > 0 || article.countries.length > 0) && (
                          <p className="text-sm text-stone-700 dark:text-stone-300">
                            Où{"\u00a0"}:{" "}
                            {article.places.length > 0 && <>{article.places.map((p) => (p.role === "planned" ? `${p.place.name} (prévu)` : p.place.name)).join(", ")} — </>}
                            {byCountry(article.countries).map(({ country, roles }, i, all) => (
                              <span key={country.slug}>
                                <Link href={entityPath("country", country.slug)} className={link}>{country.name}</Link>
                                {roles.length === 1 && roles[0] === "planned" && " (région prévue)"}
                                {i < all.length - 1 && ", "}
                              </span>
                            ))}
                          </p>
                        )}
                        </div>
                      </li>
                    );
                  })}
                </ol>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

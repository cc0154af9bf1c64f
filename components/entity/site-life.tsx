import Link from "next/link";
import { AnnouncementTable } from "@/components/announcements/announcement-table";
import { StatusBadge } from "@/components/announcements/status-badge";
import { ArchiveDateText } from "@/components/ui/archive-date";
import type { AnnouncementRow } from "@/lib/announcements/announcement-rows";
import { formatAmount, formatMw } from "@/lib/announcements/format";
import type { SiteLife } from "@/lib/announcements/site-life";
import { frenchTypography } from "@/lib/french-typography";
import { articlePath } from "@/lib/routes";

/**
 * A site's life: each state the texts give, in the order it was first
 * reached, with its date and the article that says it (announced, under
 * construction, in service); its capacities and amounts as each article
 * gave them, never added up; then every announcement about it.
 */
export function SiteLifeSection({ life, rows, name }: { life: SiteLife; rows: AnnouncementRow[]; name: string }) {
  return (
    <section aria-labelledby="vie" className="mb-10">
      <h2 id="vie" className="mb-3 font-serif text-lg font-bold">
        La vie du site
      </h2>
      {life.steps.length > 0 ? (
        <ol aria-label={`États successifs de ${name}`} className="mb-4 space-y-2 border-l-2 border-stone-300 pl-4 dark:border-stone-700">
          {life.steps.map(({ status, first }) => (
            <li key={status}>
              <span className="font-semibold">
                <StatusBadge status={status} />
              </span>{" "}
              — <ArchiveDateText date={first.article.date} />
              {first.announcement.year !== undefined && <> (échéance{"\u00a0"}: {first.announcement.year})</>}, d’après{" "}
              <Link href={articlePath(first.article.slug)} className="link">
                {frenchTypography(first.article.title)}
              </Link>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mb-4">Aucun article ne dit encore où en est ce site.</p>
      )}
      {life.figures.length > 0 && (
        <>
          <h3 className="text-sm font-semibold">Capacité et montants au fil des articles</h3>
          <ul aria-label={`Capacité et montants de ${name}`} className="mt-1 mb-4 space-y-1 text-sm tabular-nums">
            {life.figures.map(({ event, mw, amount }) => (
              <li key={`${event.article.slug}-${event.announcement.evidence}`}>
                <ArchiveDateText date={event.article.date} />{"\u00a0"}: {[mw !== undefined && formatMw(mw), amount && formatAmount(amount)].filter(Boolean).join(", ")}
              </li>
            ))}
          </ul>
        </>
      )}
      <AnnouncementTable rows={rows} caption={`Annonces sur ${name}`} />
    </section>
  );
}

import Link from "next/link";
import { Fragment } from "react";
import { ArchiveDateText } from "@/components/ui/archive-date";
import type { AnnouncementRow } from "@/lib/announcements/announcement-rows";
import { formatAmount, formatMw, placeText } from "@/lib/announcements/format";
import { announcementKindLabels } from "@/lib/announcements/labels";
import { frenchTypography } from "@/lib/french-typography";
import { articlePath, entityPath } from "@/lib/routes";
import { StatusBadge } from "./status-badge";

type Props = {
  rows: readonly AnnouncementRow[];
  /** What the table lists, read first by a screen reader. */
  caption: string;
  /** Leave out the source article (on the article's own page). */
  withoutArticle?: boolean;
};

const cell = "px-2 py-2 align-top";

/**
 * Announcements as a table, each with the sentence that states it and its
 * article: who, what, where, in what state, how many megawatts, how much
 * (in its own currency). Scrolls sideways on a narrow screen, by keyboard too.
 */
export function AnnouncementTable({ rows, caption, withoutArticle = false }: Props) {
  if (!rows.length) return null;
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded border border-stone-300 dark:border-stone-700">
      <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-100 dark:bg-stone-900">
          <tr>
            {["Date", "Qui", "Quoi", "Où", "État", "Capacité", "Montant", "Ce que dit le texte"].map((h) => (
              <th key={h} scope="col" className={`${cell} font-semibold`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
          {rows.map((row) => {
            const { article, announcement: a } = row;
            return (
              <tr key={row.id} id={`annonce-${row.id.replace("#", "-")}`}>
                <td className={`${cell} whitespace-nowrap tabular-nums`}>
                  <ArchiveDateText date={article.date} />
                </td>
                <td className={cell}>
                  {a.by.length
                    ? a.by.map((c, i) => (
                        <Fragment key={c.slug}>
                          {i > 0 && ", "}
                          <Link href={entityPath("company", c.slug)} className="link">
                            {c.name}
                          </Link>
                        </Fragment>
                      ))
                    : <span className="text-stone-600 dark:text-stone-400">non dit</span>}
                </td>
                <td className={cell}>
                  {announcementKindLabels[a.kind]}
                  {a.site && (
                    <>
                      {" : "}
                      <Link href={entityPath("site", a.site.slug)} className="link">
                        {a.site.name}
                      </Link>
                    </>
                  )}
                  {a.year !== undefined && <span className="block text-xs text-stone-600 dark:text-stone-400">échéance{"\u00a0"}: {a.year}</span>}
                </td>
                <td className={cell}>{placeText(row) || <span className="text-stone-600 dark:text-stone-400">non dit</span>}</td>
                <td className={cell}>
                  <StatusBadge status={a.status} />
                </td>
                <td className={`${cell} whitespace-nowrap tabular-nums`}>{a.mw !== undefined ? formatMw(a.mw) : ""}</td>
                <td className={`${cell} whitespace-nowrap tabular-nums`}>{a.amount ? formatAmount(a.amount) : ""}</td>
                <td className={`${cell} min-w-[16rem]`}>
                  <q className="italic">{frenchTypography(a.evidence)}</q>
                  {!withoutArticle && (
                    <span className="mt-1 block text-xs">
                      <Link href={articlePath(article.slug)} className="link">
                        {frenchTypography(article.title)}
                      </Link>
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

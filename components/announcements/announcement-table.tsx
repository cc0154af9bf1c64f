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

const cell = "px-2 pt-2 pb-1 align-top";
const columns = ["Date", "Qui", "Quoi", "Où", "État", "Capacité", "Montant"];

/**
 * Announcements as a table, each with the sentence that states it and its
 * article: who, what, where, in what state, how many megawatts, how much
 * (in its own currency), the sentence under each row. Scrolls sideways on a
 * narrow screen, by keyboard too.
 */
export function AnnouncementTable({ rows, caption, withoutArticle = false }: Props) {
  if (!rows.length) return null;
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded border border-stone-300 dark:border-stone-700">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-100 dark:bg-stone-900">
          <tr>
            {columns.map((h) => (
              <th key={h} scope="col" className={`${cell} font-semibold`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        {rows.map((row) => {
          const { article, announcement: a } = row;
          return (
            <tbody key={row.id} id={`annonce-${row.id.replace("#", "-")}`} className="border-t border-stone-300 dark:border-stone-700">
              <tr>
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
                      {"\u00a0: "}
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
              </tr>
              <tr>
                {/* The sentence that states it, under its row: the evidence of every field above. */}
                <td colSpan={columns.length} className="px-2 pb-3 text-stone-700 dark:text-stone-300">
                  <span className="sr-only">Ce que dit le texte{"\u00a0"}: </span>
                  <q className="italic">{frenchTypography(a.evidence)}</q>
                  {!withoutArticle && (
                    <>
                      {" — "}
                      <Link href={articlePath(article.slug)} className="link text-xs">
                        {frenchTypography(article.title)}
                      </Link>
                    </>
                  )}
                </td>
              </tr>
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

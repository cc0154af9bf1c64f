import { formatAmount, formatMw } from "@/lib/announcements/format";
import type { Totals } from "@/lib/announcements/totals";
import type { AnnouncementStatus } from "@/lib/schema/announcement";
import { StatusBadge } from "./status-badge";

/** Amounts, one per currency: never added together. */
export function amountsText(totals: Totals): string {
  return totals.amounts.length ? totals.amounts.map((a) => formatAmount({ value: a.value, currency: a.currency })).join(" · ") : "aucun montant";
}

const announcementCount = (n: number) => `${n} annonce${n > 1 ? "s" : ""}`;
const mwText = (totals: Totals) => (totals.withMw ? formatMw(totals.mw) : "aucune capacité");

/**
 * What some announcements add up to, overall and by status: how many, how
 * many megawatts (a site counted once, its newest figure), how much in each
 * currency.
 */
export function AnnouncementTotals({ totals, byStatus, label }: { totals: Totals; byStatus: { status?: AnnouncementStatus; totals: Totals }[]; label: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{label}</caption>
        <thead>
          <tr className="border-b border-stone-300 dark:border-stone-700">
            <th scope="col" className="py-1 pr-4 font-semibold">État</th>
            <th scope="col" className="py-1 pr-4 font-semibold">Annonces</th>
            <th scope="col" className="py-1 pr-4 font-semibold">Capacité</th>
            <th scope="col" className="py-1 font-semibold">Montants, par devise</th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {byStatus.map(({ status, totals: t }) => (
            <tr key={status ?? "aucun"} className="border-b border-stone-200 dark:border-stone-800">
              <th scope="row" className="py-1 pr-4 font-normal">
                <StatusBadge status={status} />
              </th>
              <td className="py-1 pr-4">{announcementCount(t.count)}</td>
              <td className="py-1 pr-4">{mwText(t)}</td>
              <td className="py-1">{amountsText(t)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className="py-1 pr-4 font-semibold">Total</th>
            <td className="py-1 pr-4 font-semibold">{announcementCount(totals.count)}</td>
            <td className="py-1 pr-4 font-semibold">{mwText(totals)}</td>
            <td className="py-1 font-semibold">{amountsText(totals)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

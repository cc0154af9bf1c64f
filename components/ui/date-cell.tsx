import type { ArchiveDate } from "@/lib/text/dates";
import { precisionNote } from "@/lib/pages/timeline-view";
import { ArchiveDateText } from "./archive-date";

/** A timeline's date column: the date at its precision, and "année seule" or "mois seul" under a date that is only that. */
export function DateCell({ date }: { date: ArchiveDate }) {
  const note = precisionNote(date.precision);
  return (
    <p className="pt-1 text-xs leading-snug sm:text-sm text-stone-700 tabular-nums dark:text-stone-300">
      <ArchiveDateText date={date} className="font-semibold" />
      {note && <span className="block text-xs text-stone-600 dark:text-stone-400">· {note}</span>}
    </p>
  );
}

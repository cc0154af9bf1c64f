import { type ArchiveDate, formatArchiveDate } from "@/lib/text/dates";

/** A date shown at its precision, machine-readable in `dateTime`. */
export function ArchiveDateText({ date, className }: { date: ArchiveDate; className?: string }) {
  if (!date.value) return <span className={className}>Date inconnue</span>;
  return (
    <time dateTime={date.value} className={className}>
      {formatArchiveDate(date)}
    </time>
  );
}

import { statusLabels, statusMarks, unknownStatusLabel } from "@/lib/announcements/labels";
import type { AnnouncementStatus } from "@/lib/schema/announcement";

/** Colours follow the marks: nothing is told by colour alone. */
const tone: Record<AnnouncementStatus, string> = {
  announced: "text-amber-800 dark:text-amber-300",
  "under-construction": "text-sky-800 dark:text-sky-300",
  operational: "text-emerald-800 dark:text-emerald-300",
  cancelled: "text-stone-600 dark:text-stone-400",
  completed: "text-violet-800 dark:text-violet-300",
};

/** A status as its mark and its word: "● en service". */
export function StatusBadge({ status }: { status?: AnnouncementStatus }) {
  if (!status) return <span className="text-stone-600 dark:text-stone-400">{unknownStatusLabel}</span>;
  return (
    <span className={`whitespace-nowrap ${tone[status]}`}>
      <span aria-hidden="true">{statusMarks[status]} </span>
      {statusLabels[status]}
    </span>
  );
}

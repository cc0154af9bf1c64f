import { statusLabels, unknownStatusLabel } from "@/lib/announcements/labels";
import { announcementStatuses, type AnnouncementStatus } from "@/lib/schema/announcement";

const ink = "fill-stone-900 stroke-stone-900 dark:fill-white dark:stroke-white";
const paper = "fill-white dark:fill-stone-950";

/**
 * A project's mark on a map, by the shape of its status (as its table's marks:
 * ○ announced, ◐ under construction, ● in service, ✕ cancelled, ■ concluded),
 * so that no colour is needed to tell them apart.
 */
export function StatusMarker({ x, y, status }: { x: number; y: number; status?: AnnouncementStatus }) {
  const r = 5;
  switch (status) {
    case "operational":
      return <circle cx={x} cy={y} r={r} className={`${ink} stroke-white dark:stroke-stone-950`} strokeWidth="1.5" />;
    case "under-construction":
      return (
        <g>
          <circle cx={x} cy={y} r={r} className={`${paper} stroke-stone-900 dark:stroke-white`} strokeWidth="1.5" />
          <path d={`M${x} ${y - r}A${r} ${r} 0 0 0 ${x} ${y + r}Z`} className={ink} />
        </g>
      );
    case "cancelled":
      return <path d={`M${x - r} ${y - r}L${x + r} ${y + r}M${x + r} ${y - r}L${x - r} ${y + r}`} className="stroke-stone-900 dark:stroke-white" strokeWidth="2" />;
    case "completed":
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} className={`${ink} stroke-white dark:stroke-stone-950`} strokeWidth="1" />;
    case "announced":
      return <circle cx={x} cy={y} r={r} className={`${paper} stroke-stone-900 dark:stroke-white`} strokeWidth="2" />;
    default:
      return <circle cx={x} cy={y} r={r - 2} className="fill-stone-500 stroke-white dark:stroke-stone-950" strokeWidth="1" />;
  }
}

/** The marks a map shows, each with its word. */
export function StatusLegend({ statuses }: { statuses: (AnnouncementStatus | undefined)[] }) {
  const shown = [...announcementStatuses, undefined].filter((s) => statuses.includes(s));
  return (
    <ul aria-label="Légende de la carte" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700 dark:text-stone-300">
      {shown.map((status) => (
        <li key={status ?? "aucun"} className="inline-flex items-center gap-1.5">
          <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14">
            <StatusMarker x={7} y={7} status={status} />
          </svg>
          {status ? statusLabels[status] : unknownStatusLabel}
        </li>
      ))}
    </ul>
  );
}

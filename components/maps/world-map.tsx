import type { ReactNode } from "react";
import { groupShapes, type MapLayout, type MapRole, mapRoles } from "@/lib/maps/layout";
import { mapRoleLabels } from "@/lib/maps/role-labels";

/** Fill of a country by role (Tailwind classes, so dark mode follows the site's). */
const countryFill: Record<MapRole, string> = {
  headquarters: "fill-stone-700 dark:fill-stone-300",
  site: "fill-red-800 dark:fill-red-400",
  planned: "fill-amber-500 dark:fill-amber-400",
  market: "fill-sky-700 dark:fill-sky-400",
  mentioned: "fill-stone-400 dark:fill-stone-500",
};
/** Points stand out from the country under them: dark, or amber for a planned site. */
const pointFill: Record<MapRole, string> = {
  headquarters: "fill-stone-900 stroke-white dark:fill-white dark:stroke-stone-950",
  site: "fill-stone-900 stroke-white dark:fill-white dark:stroke-stone-950",
  planned: "fill-amber-400 stroke-stone-900 dark:stroke-stone-950",
  market: "fill-stone-900 stroke-white dark:fill-white dark:stroke-stone-950",
  mentioned: "fill-stone-500 stroke-white dark:stroke-stone-950",
};

type Props = {
  layout: MapLayout;
  /** The text alternative: "Carte : …", the same facts the text beside says. */
  label: string;
  /** The same facts as text, beside the map: for screen readers, print and anyone who wants them. */
  children?: ReactNode;
  /** HTML links over the points (the /carte page); inside the SVG they would be hidden by role="img". */
  overlay?: ReactNode;
  /** Draws a point another way than by its role (the /carte page: by its status's shape), and says so in its own legend. */
  marker?: (point: MapLayout["points"][number]) => ReactNode;
  legend?: ReactNode;
};

/**
 * A map drawn on the server as inline SVG: countries coloured by role, places
 * as points, a legend of the roles shown. No script, no tiles, no request.
 */
export function WorldMap({ layout, label, children, overlay, marker, legend }: Props) {
  const shown = mapRoles.filter((role) => layout.shapes.some((s) => s.role === role) || layout.points.some((p) => p.role === role));
  return (
    <figure className="m-0">
      <div className="relative">
        <svg
          role="img"
          aria-label={label}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          className="h-auto w-full rounded border border-stone-300 bg-sky-50 dark:border-stone-700 dark:bg-stone-900"
        >
          <g className="stroke-white dark:stroke-stone-900" strokeLinejoin="round">
            {groupShapes(layout.shapes).map((group) => (
              <path key={group.key} d={group.d} className={group.role ? countryFill[group.role] : "fill-stone-200 dark:fill-stone-700"} strokeWidth={group.focus ? 1.2 : 0.5} />
            ))}
          </g>
          {layout.points.map((point) =>
            marker ? <g key={point.id}>{marker(point)}</g> : <circle key={point.id} cx={point.x} cy={point.y} r="4.5" className={pointFill[point.role]} strokeWidth="1.5" />,
          )}
        </svg>
        {overlay}
      </div>
      {legend}
      {!legend && shown.length > 0 && (
        <ul aria-label="Légende de la carte" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700 dark:text-stone-300">
          {shown.map((role) => (
            <li key={role} className="inline-flex items-center gap-1.5">
              <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12">
                <rect width="12" height="12" rx="2" className={countryFill[role]} />
              </svg>
              {mapRoleLabels[role]}
            </li>
          ))}
        </ul>
      )}
      {children && <figcaption className="mt-3 text-sm">{children}</figcaption>}
    </figure>
  );
}

import { articleCount } from "@/lib/format";
import { barLayout, type PerYear } from "@/lib/charts/per-year";

const width = 320;
const height = 96;
const labelBand = 18;

type Props = {
  data: PerYear;
  subject: string;
  /** What is counted; articles by default. */
  title?: string;
  /** How one year's count reads ("3 articles", "1 200 MW"). */
  format?: (count: number) => string;
  /** The section's id, unique on the page. */
  id?: string;
};

/**
 * Articles (or any count) per year as an inline SVG bar chart, drawn on the
 * server. The picture has a text alternative and the same numbers sit beside
 * it as a list, for screen readers, for print and for anyone who wants the figures.
 */
export function YearChart({ data, subject, title = "Articles par année", format, id = "par-annee" }: Props) {
  const says = format ?? articleCount;
  if (!data.years.length) return null;
  const bars = barLayout(data.years, data.max, width, height - labelBand - 12);
  const summary = data.years.map((y) => `${y.year}${"\u00a0"}: ${format ? format(y.count) : y.count}`).join(", ");
  const showEvery = Math.ceil(data.years.length / 8);
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="font-serif text-lg font-bold">
        {title}
      </h2>
      <div className="mt-3 grid items-end gap-4 sm:grid-cols-[minmax(0,20rem)_1fr]">
        <svg
          role="img"
          aria-label={`${title} sur ${subject}${"\u00a0"}: ${summary}`}
          viewBox={`0 0 ${width} ${height}`}
          className="h-auto w-full max-w-xs text-red-800 dark:text-red-300"
        >
          {bars.map((bar, i) => (
            <g key={bar.year}>
              <rect x={bar.x} y={bar.y + 12} width={bar.width} height={bar.height} fill="currentColor" rx="1" />
              {bar.count > 0 && (
                <text x={bar.x + bar.width / 2} y={bar.y + 9} textAnchor="middle" fontSize="10" className="fill-stone-700 dark:fill-stone-300">
                  {bar.count}
                </text>
              )}
              {(i % showEvery === 0 || i === bars.length - 1) && (
                <text x={bar.x + bar.width / 2} y={height - 4} textAnchor="middle" fontSize="10" className="fill-stone-600 dark:fill-stone-400">
                  {bar.year}
                </text>
              )}
            </g>
          ))}
          <line x1="0" x2={width} y1={height - labelBand} y2={height - labelBand} className="stroke-stone-400" strokeWidth="1" />
        </svg>
        <ul aria-label={format ? `${title}, en chiffres` : "Nombre d’articles par année"} className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700 tabular-nums dark:text-stone-300">
          {data.years
            .filter((y) => y.count > 0)
            .map((y) => (
              <li key={y.year}>
                {y.year}{"\u00a0"}: {says(y.count)}
              </li>
            ))}
          {data.undated > 0 && <li>date inconnue{"\u00a0"}: {says(data.undated)}</li>}
        </ul>
      </div>
    </section>
  );
}

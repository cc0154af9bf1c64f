import Link from "next/link";
import { hasEntityPage } from "@/lib/entities/entity-pages";
import { entityPath } from "@/lib/routes";
import type { EntityMap } from "@/lib/maps/entity-maps";
import { layoutMap } from "@/lib/maps/layout";
import { mapRoleLabels } from "@/lib/maps/role-labels";
import { WorldMap } from "./world-map";

/** "Chine (siège), Afrique du Sud (site)": the facts of a map in one line of text. */
export function mapSummary(map: EntityMap): string {
  const countries = map.countries.map((c) => `${c.country.name} (${mapRoleLabels[c.role]})`).join(", ");
  const places = map.places.map((p) => `${p.place.name} (${mapRoleLabels[p.role]})`).join(", ");
  return [countries && `pays${"\u00a0"}: ${countries}`, places && `villes et lieux${"\u00a0"}: ${places}`].filter(Boolean).join("\u202f; ");
}

/** A company's or a country's map, with the same facts as text beside it; nothing when there is nothing to place. */
export function EntityMapSection({ map, subject }: { map: EntityMap; subject: string }) {
  if (!map.spec.countries.length && !map.spec.points.length) return null;
  const layout = layoutMap(map.spec);
  const countryLink = (slug: string, name: string) =>
    hasEntityPage("country", slug) ? (
      <Link href={entityPath("country", slug)} className="link">
        {name}
      </Link>
    ) : (
      name
    );
  return (
    <section aria-labelledby="carte" className="mb-10">
      <h2 id="carte" className="mb-3 font-serif text-lg font-bold">
        Où
      </h2>
      <div className="grid gap-6 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <WorldMap layout={layout} label={`Carte${"\u00a0"}: ${subject} — ${mapSummary(map)}`} />
        <div className="space-y-3 text-sm">
          {map.countries.length > 0 && (
            <div>
              <h3 className="font-semibold">Pays</h3>
              <ul className="mt-1 space-y-0.5">
                {map.countries.map((c) => (
                  <li key={c.country.slug}>
                    {countryLink(c.country.slug, c.country.name)} <span className="text-stone-600 dark:text-stone-400">· {mapRoleLabels[c.role]}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {map.places.length > 0 && (
            <div>
              <h3 className="font-semibold">Villes et lieux</h3>
              <ul className="mt-1 space-y-0.5">
                {map.places.map((p) => (
                  <li key={p.place.slug}>
                    {p.place.name} <span className="text-stone-600 dark:text-stone-400">· {mapRoleLabels[p.role]}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}

import { Fragment, type ReactNode } from "react";
import Link from "next/link";
import { hasEntityPage } from "@/lib/entities/entity-pages";
import { entityPath } from "@/lib/site/routes";
import type { EntityMap } from "@/lib/maps/entity-maps";
import { layoutMap, type MapRole, mapRoles } from "@/lib/maps/layout";
import { mapSummary } from "@/lib/maps/map-summary";
import { mapRoleLabels, mapRolePlurals } from "@/lib/maps/role-labels";
import { WorldMap } from "./world-map";
import { plural } from "@/lib/text/plural";

/**
 * Names grouped by their role, strongest first, each role written once
 * ("Sites prévus : Botswana, Namibie"): how a person lists them, and a
 * company present in 240 countries gets five lines, not 240.
 */
function ByRole({ title, items }: { title: string; items: { key: string; role: MapRole; name: ReactNode }[] }) {
  if (!items.length) return null;
  const groups = mapRoles.map((role) => ({ role, items: items.filter((i) => i.role === role) })).filter((g) => g.items.length);
  return (
    <div>
      <h3 className="font-semibold">{title}</h3>
      <dl className="mt-1 space-y-0.5">
        {groups.map(({ role, items: named }) => (
          <div key={role}>
            <dt className="inline-block text-stone-600 first-letter:uppercase dark:text-stone-400">
              {plural(named.length, mapRoleLabels[role], mapRolePlurals[role])}
              {"\u00a0"}:
            </dt>{" "}
            <dd className="inline">
              {named.map((item, i) => (
                <Fragment key={item.key}>
                  {i > 0 && ", "}
                  {item.name}
                </Fragment>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
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
          <ByRole title="Pays" items={map.countries.map((c) => ({ key: c.country.slug, role: c.role, name: countryLink(c.country.slug, c.country.name) }))} />
          <ByRole title="Villes et lieux" items={map.places.map((p) => ({ key: p.place.slug, role: p.role, name: p.place.name }))} />
        </div>
      </div>
    </section>
  );
}

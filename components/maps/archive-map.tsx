import Link from "next/link";
import { entityPath } from "@/lib/routes";
import { hasEntityPage } from "@/lib/entities/entity-pages";
import type { EntityMap } from "@/lib/maps/entity-maps";
import { clusterPoints, layoutMap } from "@/lib/maps/layout";
import { mapRoleLabels } from "@/lib/maps/role-labels";
import { articleCount } from "@/lib/format";
import { PageHeading } from "../ui/page-heading";
import { HeadlineWithDate } from "../article/headline-with-date";
import { WorldMap } from "./world-map";

/** Markers closer than this (in map units: 640 across, so 24 px on a 358 px wide phone map) share one link, so no two tap targets overlap. */
const clusterRadius = 44;

/**
 * The archive's map: every site and planned site. Each point is an HTML link
 * laid over the SVG (inside a role="img" it would be hidden) to the place's
 * entry below, which lists its articles; the list is the same facts as text.
 */
export function ArchiveMap({ map }: { map: EntityMap }) {
  const layout = layoutMap(map.spec);
  const groups = clusterPoints(layout.points, clusterRadius);
  const byCountry = new Map<string, EntityMap["places"]>();
  for (const p of map.places) byCountry.set(p.place.country, [...(byCountry.get(p.place.country) ?? []), p]);
  const countryName = (slug: string) => map.countries.find((c) => c.country.slug === slug)?.country.name ?? slug;
  const sites = map.places.filter((p) => p.role === "site").length;
  const planned = map.places.length - sites;
  const summary = `${sites} site${sites > 1 ? "s" : ""} et ${planned} site${planned > 1 ? "s" : ""} prévu${planned > 1 ? "s" : ""}, dans ${byCountry.size} pays${"\u00a0"}: ${map.places.map((p) => p.place.name).join(", ")}`;
  const overlay = groups.map((group) => {
    const [first] = group;
    const names = group.map((p) => p.label).join(", ");
    // A shared point shows its count: its name starts with it, so a reader who says what they see (voice control) reaches it.
    const name = group.length > 1 ? `${group.length} lieux${"\u00a0"}: ${names}, voir les articles` : `${names}${"\u00a0"}: voir les articles`;
    return (
      <a
        key={first.id}
        href={`#lieu-${first.id}`}
        aria-label={name}
        title={names}
        className="absolute flex h-6 w-6 -translate-x-1/2 -translate-y-1/2 items-center justify-center rounded-full hover:bg-stone-900/15 dark:hover:bg-white/20"
        style={{ left: `${(first.x / layout.width) * 100}%`, top: `${(first.y / layout.height) * 100}%` }}
      >
        {group.length > 1 && <span className="rounded-full bg-white px-1 text-[10px] leading-tight font-bold text-stone-900 tabular-nums shadow">{group.length}</span>}
      </a>
    );
  });
  return (
    <>
      <PageHeading kicker="Carte" title="Où se construit le cloud">
        Les sites et les sites prévus que nomment les articles de l’archive, ville par ville.
      </PageHeading>
      <WorldMap layout={layout} label={`Carte${"\u00a0"}: ${summary}`} overlay={overlay} />
      <section aria-labelledby="lieux" className="below-fold mt-10">
        <h2 id="lieux" className="section-heading">
          Les lieux, pays par pays
        </h2>
        {[...byCountry].map(([country, places]) => (
          <section key={country} aria-labelledby={`pays-${country}`} className="mt-6">
            <h3 id={`pays-${country}`} className="font-serif text-xl font-bold">
              {hasEntityPage("country", country) ? (
                <Link href={entityPath("country", country)} className="link-headline">
                  {countryName(country)}
                </Link>
              ) : (
                countryName(country)
              )}
            </h3>
            <ul className="mt-2 space-y-4">
              {places.map(({ place, role, articles }) => (
                <li key={place.slug} id={`lieu-${place.slug}`} className="scroll-mt-4">
                  <p className="font-semibold">
                    {place.name} <span className="font-normal text-stone-600 dark:text-stone-400">· {mapRoleLabels[role]} · {articleCount(articles.length)}</span>
                  </p>
                  <ul className="mt-1 space-y-1 text-sm">
                    {articles.map((a) => (
                      <li key={a.slug}>
                        <HeadlineWithDate article={a} date="after" />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </>
  );
}

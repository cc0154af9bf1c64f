import Link from "next/link";
import { Fragment } from "react";
import { hasEntityPage } from "@/lib/entities/entity-pages";
import { formatAmount, formatMw } from "@/lib/announcements/format";
import { announcementKindLabels, statusLabels, unknownStatusLabel } from "@/lib/announcements/labels";
import { clusterPoints, layoutMap } from "@/lib/maps/layout";
import type { ProjectMap, ProjectPoint } from "@/lib/maps/project-map";
import { articlePath, entityPath, routes } from "@/lib/routes";
import { PageHeading } from "../ui/page-heading";
import { StatusBadge } from "../announcements/status-badge";
import { StatusLegend, StatusMarker } from "./status-marker";
import { WorldMap } from "./world-map";

/** Markers closer than this (in map units: 640 across, so 24 px on a 358 px wide phone map) share one link, so no two tap targets overlap. */
const clusterRadius = 44;

/** "Centres de données d’Alibaba à Zhangbei (Alibaba), en service": the name, who, the state. */
const pointName = (p: ProjectPoint) =>
  `${p.name}${p.at === "country" ? " (pays)" : ""}${p.operators.length ? ` (${p.operators.map((c) => c.name).join(", ")})` : ""}, ${p.status ? statusLabels[p.status] : unknownStatusLabel}`;

/**
 * The archive's map: every site and every announcement placed by its text,
 * as a point shaped by its state, named with who is behind it. Each point is
 * an HTML link laid over the SVG (inside a role="img" it would be hidden) to
 * its entry below, which lists its announcements and their articles; the
 * list is the same facts as text. A country is never coloured for being named.
 */
export function ArchiveMap({ map }: { map: ProjectMap }) {
  const layout = layoutMap(map.spec);
  const byId = new Map(map.points.map((p) => [p.id, p]));
  const groups = clusterPoints(layout.points, clusterRadius);
  const byCountry = new Map<string, ProjectPoint[]>();
  for (const p of map.points) byCountry.set(p.country?.slug ?? "", [...(byCountry.get(p.country?.slug ?? "") ?? []), p]);
  const sites = map.points.filter((p) => p.at === "site").length;
  const summary = `${map.points.length} point${map.points.length > 1 ? "s" : ""} dont ${sites} site${sites > 1 ? "s" : ""}${"\u00a0"}: ${map.points.map(pointName).join("\u202f; ")}`;
  const overlay = groups.map((group) => {
    const [first] = group;
    const names = group.map((p) => pointName(byId.get(p.id)!)).join("\u202f; ");
    // A shared point shows its count: its name starts with it, so a reader who says what they see (voice control) reaches it.
    const name = group.length > 1 ? `${group.length} lieux${"\u00a0"}: ${names}, voir les annonces` : `${names}${"\u00a0"}: voir les annonces`;
    return (
      <a
        key={first.id}
        href={`#${first.id}`}
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
        Les sites et les projets que les articles de l’archive annoncent, chacun avec son état et ceux qui le portent{"\u202f"}; la liste complète est dans les{" "}
        <Link href={routes.announcements} className="link">annonces</Link>.
      </PageHeading>
      <WorldMap
        layout={layout}
        label={`Carte${"\u00a0"}: ${summary}`}
        overlay={overlay}
        marker={(point) => <StatusMarker x={point.x} y={point.y} status={byId.get(point.id)?.status} />}
        legend={<StatusLegend statuses={map.points.map((p) => p.status)} />}
      />
      <section aria-labelledby="lieux" className="below-fold mt-10">
        <h2 id="lieux" className="section-heading">
          Les sites et projets, pays par pays
        </h2>
        {[...byCountry].map(([country, points]) => (
          <section key={country} aria-labelledby={`pays-${country || "inconnu"}`} className="mt-6">
            <h3 id={`pays-${country || "inconnu"}`} className="font-serif text-xl font-bold">
              {country && hasEntityPage("country", country) ? (
                <Link href={entityPath("country", country)} className="link-headline">
                  {points[0].country!.name}
                </Link>
              ) : (
                (points[0].country?.name ?? "Pays non dit")
              )}
            </h3>
            <ul className="mt-2 space-y-4">
              {points.map((p) => (
                <li key={p.id} id={p.id} className="scroll-mt-4">
                  <p className="font-semibold">
                    {p.site ? (
                      <Link href={entityPath("site", p.site)} className="link-headline">
                        {p.name}
                      </Link>
                    ) : (
                      <>{p.at === "country" ? "Dans le pays, sans lieu précis" : p.name}</>
                    )}{" "}
                    <span className="font-normal">
                      · <StatusBadge status={p.status} />
                      {p.operators.length > 0 && <> · {p.operators.map((c) => c.name).join(", ")}</>}
                    </span>
                  </p>
                  <ul className="mt-1 space-y-1 text-sm">
                    {p.rows.map((row) => (
                      <li key={row.id}>
                        {announcementKindLabels[row.announcement.kind]}
                        {row.announcement.status && <>, {statusLabels[row.announcement.status]}</>}
                        {row.announcement.mw !== undefined && <>, {formatMw(row.announcement.mw)}</>}
                        {row.announcement.amount && <>, {formatAmount(row.announcement.amount)}</>}
                        {" — "}
                        <Link href={articlePath(row.article.slug)} className="link">
                          {row.article.title}
                        </Link>
                        {row.article.date.year !== null && <Fragment> ({row.article.date.year})</Fragment>}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {map.unplaced.length > 0 && (
          <p className="mt-6">
            Et {map.unplaced.length}{"\u00a0"}annonce{map.unplaced.length > 1 ? "s" : ""} dont le texte ne dit pas où{"\u00a0"}: voir les{" "}
            <Link href={routes.announcements} className="link">annonces</Link>.
          </p>
        )}
      </section>
    </>
  );
}

import { notFound } from "next/navigation";
import { YearChart } from "@/components/charts/year-chart";
import { EntityHeading, EntityMap, EntitySections, entityDescription, entityExtraFacts, entityPeople } from "@/components/entity/entity-kind-parts";
import { articlesPerYear } from "@/lib/charts/per-year";
import { FactSheet } from "@/components/entity/fact-sheet";
import { TimelineSection } from "@/components/entity/timeline-section";
import { JsonLd } from "@/components/seo/json-ld";
import { getArchive } from "@/lib/archive";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { entityTag } from "@/lib/cache/tags";
import { getEntityProfile, getEntitySlugs } from "@/lib/entities/entity-pages";
import { entityPath } from "@/lib/routes";
import { entityFeed, pageImage, pageMetadata } from "@/lib/metadata";
import { extraPageSegments, pageHref } from "@/lib/pagination";
import { parseTimelineSegments } from "@/lib/timeline-view";
import { entityKinds } from "@/lib/entities/entity-kinds";
import type { EntityKind } from "@/lib/schema/entity";
import { entityBreadcrumbJsonLd, entityJsonLd } from "@/lib/seo/json-ld";
import { site } from "@/lib/site";

type Params = Promise<{ slug: string; page?: string[] }>;

/** The profile, timeline view and page number a URL asks for, or undefined for the 404. */
function resolve(kind: EntityKind, slug: string, segments: string[] | undefined) {
  const profile = getEntityProfile(kind, slug);
  const parsed = parseTimelineSegments(segments);
  return profile && parsed ? { profile, page: parsed.page, view: parsed.view } : undefined;
}

/**
 * Slugs to build ahead, or, for a kind with no page yet (an archive whose
 * articles name no site), one that names nothing: Cache Components refuses an
 * empty list, and the page renders it as a 404 (the proxy never lets a
 * reader reach it).
 */
export function slugsOrPlaceholder(slugs: string[]): string[] {
  return slugs.length ? slugs : ["aucun"];
}

/** Every entity of a kind, with the timeline pages built ahead. */
export function entityStaticParams(kind: EntityKind) {
  return slugsOrPlaceholder(getEntitySlugs(kind)).flatMap((slug) => [
    { slug, page: [] as string[] },
    ...extraPageSegments(getEntityProfile(kind, slug)?.timeline.length ?? 0).map((page) => ({ slug, page })),
  ]);
}

/*
 * The entity routes (`/<segment>/<slug>[/page/N]`, one folder per kind of
 * lib/entities/kinds/) are thin files whose exports hold the `"use cache"` directive and call these:
 * each call tags the cached render with its entity, so a publication touching
 * the entity invalidates it.
 */

export function entityMetadata(kind: EntityKind, slug: string, page: string[] | undefined) {
  cacheArchiveRender(entityTag(kind, slug));
  const found = resolve(kind, slug, page);
  if (!found) return {};
  const { profile } = found;
  const path = entityPath(kind, slug);
  return pageMetadata({
    title: found.page > 1 ? `${profile.name}, page ${found.page}` : profile.name,
    description: entityDescription(profile),
    path: pageHref(path, found.page),
    // Other orders and the headlines-only view show the same articles: only the default view is indexed.
    noIndex: found.view.order !== "asc" || found.view.compact ? true : undefined,
    feed: entityFeed(path, profile.name),
    image: pageImage(path, profile.name),
  });
}

export function EntityPageView({ kind, slug, page }: { kind: EntityKind; slug: string; page: string[] | undefined }) {
  cacheArchiveRender(entityTag(kind, slug));
  const found = resolve(kind, slug, page);
  if (!found) notFound();
  const { profile, view } = found;
  const path = entityPath(kind, slug);
  const articles = profile.timeline.map((e) => e.article);
  return (
    <>
      <JsonLd data={[entityJsonLd(kind, profile.entity, site.url, getArchive().registry), entityBreadcrumbJsonLd(kind, profile, site.url)]} />
      <EntityHeading profile={profile} />
      <FactSheet
        facts={profile.facts}
        extra={entityExtraFacts(profile)}
        showPlaces={entityKinds[kind].factPlaces}
        showCoCited={entityKinds[kind].factCoCited}
        people={entityPeople(profile)}
        feedHref={entityFeed(path, profile.name)!.path}
      />
      <EntitySections profile={profile} />
      <EntityMap profile={profile} />
      <YearChart data={articlesPerYear(articles, (a) => a.date)} subject={profile.name} />
      <TimelineSection entries={profile.timeline} page={found.page} view={view} basePath={path} self={{ kind, slug }} />
    </>
  );
}

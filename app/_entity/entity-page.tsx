import { notFound } from "next/navigation";
import { EntityHeading, entityDescription, entityExtraFacts } from "@/components/entity/entity-kind-parts";
import { FactSheet } from "@/components/entity/fact-sheet";
import { TimelineSection } from "@/components/entity/timeline-section";
import { JsonLd } from "@/components/seo/json-ld";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { entityTag } from "@/lib/cache/tags";
import { getEntityProfile, getEntitySlugs } from "@/lib/entities/entity-pages";
import { entityPath } from "@/lib/entities/entity-paths";
import { entityFeed, pageImage, pageMetadata } from "@/lib/metadata";
import { extraPageSegments, pageHref, parsePageSegments } from "@/lib/pagination";
import type { EntityKind } from "@/lib/schema/entity";
import { entityBreadcrumbJsonLd, entityJsonLd } from "@/lib/seo/json-ld";
import { site } from "@/lib/site";

type Params = Promise<{ slug: string; page?: string[] }>;

/** The profile and page number a URL asks for, or undefined for the 404. */
function resolve(kind: EntityKind, slug: string, page: string[] | undefined) {
  const profile = getEntityProfile(kind, slug);
  const pageNumber = parsePageSegments(page);
  return profile && pageNumber ? { profile, page: pageNumber } : undefined;
}

/** Every entity of a kind, with the timeline pages built ahead. */
export function entityStaticParams(kind: EntityKind) {
  return getEntitySlugs(kind).flatMap((slug) => [
    { slug, page: [] as string[] },
    ...extraPageSegments(getEntityProfile(kind, slug)!.timeline.length).map((page) => ({ slug, page })),
  ]);
}

/*
 * The three entity routes (`/entreprises`, `/pays`, `/themes` + `/<slug>[/page/N]`)
 * are thin files whose exports hold the `"use cache"` directive and call these:
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
    feed: entityFeed(path, profile.name),
    image: pageImage(path, profile.name),
  });
}

export function EntityPageView({ kind, slug, page }: { kind: EntityKind; slug: string; page: string[] | undefined }) {
  cacheArchiveRender(entityTag(kind, slug));
  const found = resolve(kind, slug, page);
  if (!found) notFound();
  const { profile } = found;
  return (
    <>
      <JsonLd data={[entityJsonLd(kind, profile.entity, site.url), entityBreadcrumbJsonLd(kind, profile, site.url)]} />
      <EntityHeading profile={profile} />
      <FactSheet facts={profile.facts} extra={entityExtraFacts(profile)} showPlaces={kind !== "theme"} />
      <TimelineSection entries={profile.timeline} page={found.page} basePath={entityPath(kind, slug)} self={{ kind, slug }} />
    </>
  );
}

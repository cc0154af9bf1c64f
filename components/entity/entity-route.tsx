import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import type { FactSheet as Facts, TimelineEntry } from "@/lib/entities/entity-pages";
import { entityPath } from "@/lib/entities/entity-paths";
import { entityFeed, pageImage, pageMetadata } from "@/lib/metadata";
import { articlesPerYear } from "@/lib/charts/per-year";
import type { Article } from "@/lib/content/article";
import { mentionsOf, mergePeople } from "@/lib/entities/people";
import { extraPageSegments, pageHref } from "@/lib/pagination";
import { parseTimelineSegments } from "@/lib/timeline-view";
import type { EntityKind } from "@/lib/schema/entity";
import { entityBreadcrumbJsonLd, type JsonLd as JsonLdData } from "@/lib/seo/json-ld";
import { site } from "@/lib/site";
import { YearChart } from "../charts/year-chart";
import { JsonLd } from "../seo/json-ld";
import { FactSheet } from "./fact-sheet";
import { TimelineSection } from "./timeline-section";

type Profile = { timeline: TimelineEntry[]; facts: Facts };
type Params = Promise<{ slug: string; page?: string[] }>;

type EntityRouteConfig<P extends Profile> = {
  kind: EntityKind;
  /** Slugs of every page of this kind, for prerendering. */
  slugs: () => string[];
  profile: (slug: string) => P | undefined;
  name: (profile: P) => string;
  description: (profile: P) => string;
  /** The page's heading (an <h1>) and what the fact sheet adds for this kind. */
  heading: (profile: P) => ReactNode;
  extraFacts?: (profile: P) => { label: string; value: ReactNode }[];
  showPlaces?: boolean;
  /**
   * Which people of the entity's articles its fact sheet lists; false for
   * none (a theme's articles quote people about other things).
   */
  keepPerson?: ((profile: P) => (person: Article["people"][number]) => boolean) | false;
  /** A map of the entity's places, when it has one. */
  map?: (profile: P) => ReactNode;
  /** What the page is about, for search engines (lib/seo/json-ld.ts); the breadcrumb is added here. */
  jsonLd: (profile: P) => JsonLdData;
};

/**
 * The three entity routes (`/entreprises`, `/pays`, `/themes` + `/<slug>[/page/N]`)
 * differ only in their getters and heading: this builds each one's exports.
 */
export function entityRoute<P extends Profile>(config: EntityRouteConfig<P>) {
  async function resolve(params: Params) {
    const { slug, page } = await params;
    const profile = config.profile(slug);
    const parsed = parseTimelineSegments(page);
    return profile && parsed ? { slug, profile, page: parsed.page, view: parsed.view } : undefined;
  }

  function generateStaticParams() {
    return config.slugs().flatMap((slug) => [
      { slug, page: [] as string[] },
      ...extraPageSegments(config.profile(slug)!.timeline.length).map((page) => ({ slug, page })),
    ]);
  }

  async function generateMetadata({ params }: { params: Params }) {
    const found = await resolve(params);
    if (!found) return {};
    const name = config.name(found.profile);
    const path = entityPath(config.kind, found.slug);
    return pageMetadata({
      title: found.page > 1 ? `${name}, page ${found.page}` : name,
      description: config.description(found.profile),
      path: pageHref(path, found.page),
      // Other orders and the headlines-only view show the same articles: only the default view is indexed.
      noIndex: found.view.order !== "asc" || found.view.compact ? true : undefined,
      feed: entityFeed(path, name),
      image: pageImage(path, name),
    });
  }

  async function EntityPage({ params }: { params: Params }) {
    const found = await resolve(params);
    if (!found) notFound();
    const { profile, slug, page, view } = found;
    const name = config.name(profile);
    const crumb = { slug, name };
    const path = entityPath(config.kind, slug);
    const articles = profile.timeline.map((e) => e.article);
    const people = config.keepPerson === false ? [] : mergePeople(mentionsOf(articles, config.keepPerson?.(profile)));
    return (
      <>
        <JsonLd data={[config.jsonLd(profile), entityBreadcrumbJsonLd(config.kind, crumb, site.url)]} />
        {config.heading(profile)}
        <FactSheet facts={profile.facts} extra={config.extraFacts?.(profile)} showPlaces={config.showPlaces ?? true} people={people} feedHref={entityFeed(path, name)!.path} />
        {config.map?.(profile)}
        <YearChart data={articlesPerYear(articles, (a) => a.date)} subject={name} />
        <TimelineSection entries={profile.timeline} page={page} view={view} basePath={path} self={{ kind: config.kind, slug }} />
      </>
    );
  }

  return { generateStaticParams, generateMetadata, EntityPage };
}
